import { errorCodeOf, errorMessageOf, fieldErrorsOf, mapFieldErrors } from '@rapport/web-data-access';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';

/**
 * Puts a failed mutation's messages where the person will look: field errors on their fields,
 * everything else in one sentence for the form's alert. Returns that sentence (or undefined).
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  formFields: readonly string[],
  t: TFunction,
  rename?: Record<string, string>,
): string | undefined {
  // Custom fields live under `customFields.<key>` in every sales form (see custom-field-items), and
  // a name's translations under `names.<locale>` in forms that have them (TranslationFields).
  const mapped = mapFieldErrors(fieldErrorsOf(error), [...formFields, 'customFields'], { rename, nested: ['customFields', 'names'] });
  if (mapped.fields.length > 0) form.setFields(mapped.fields);
  if (mapped.unmatched.length > 0) return mapped.unmatched.join(' ');
  if (mapped.fields.length > 0) return undefined;
  // No GraphQL error at all means the request never got an answer.
  return errorCodeOf(error) ? (errorMessageOf(error) ?? t('errors.generic')) : t('errors.network');
}
