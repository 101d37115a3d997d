import type { WebFormFieldsFragment } from '@rapport/web-data-access';
import type { SaveWebFormInput } from '../shared/intake-types';

/** Lead fields a web form may ask for (the API's FORM_FIELD_KEYS), in a sensible form order. */
export const FORM_FIELD_KEYS = ['firstName', 'lastName', 'email', 'phone', 'company', 'title', 'country', 'region', 'productInterest', 'employees', 'language', 'message'] as const;
export type FormFieldKey = (typeof FORM_FIELD_KEYS)[number];

export interface FormFieldValue {
  key: string;
  label: string;
  required: boolean;
}

export interface WebFormValues {
  name: string;
  source: string;
  campaign?: string | null;
  redirectUrl?: string | null;
  consentText?: string | null;
  consentRequired: boolean;
  active: boolean;
  fields: FormFieldValue[];
}

/** Editor values for an existing form, or a starting point for a new one (labels in the admin's language). */
export function formValues(form: WebFormFieldsFragment | undefined, label: (key: string) => string): WebFormValues {
  if (!form) {
    return {
      name: '',
      source: 'web',
      campaign: '',
      redirectUrl: '',
      consentText: '',
      consentRequired: false,
      active: true,
      fields: (['lastName', 'company', 'email', 'phone', 'message'] as const).map((key) => ({ key, label: label(key), required: key === 'lastName' || key === 'email' })),
    };
  }
  return {
    name: form.name,
    source: form.source,
    campaign: form.campaign ?? '',
    redirectUrl: form.redirectUrl ?? '',
    consentText: form.consentText ?? '',
    consentRequired: form.consentRequired,
    active: form.active,
    fields: form.fields.map((f) => ({ key: f.key, label: f.label, required: f.required })),
  };
}

const blank = (v: string | null | undefined) => {
  const s = v?.trim() ?? '';
  return s === '' ? null : s;
};

/** The mutation input: blanks become null; consent can only be required when there is a text. */
export function toSaveInput(values: WebFormValues, id?: string): SaveWebFormInput {
  const consentText = blank(values.consentText);
  return {
    ...(id ? { id } : {}),
    name: values.name.trim(),
    source: values.source,
    campaign: blank(values.campaign),
    redirectUrl: blank(values.redirectUrl),
    consentText,
    consentRequired: Boolean(consentText) && values.consentRequired,
    active: values.active,
    fields: values.fields.map((f) => ({ key: f.key, label: f.label.trim(), required: f.required })),
  };
}

/** Field keys not on the form yet, in the standard order. */
export const unusedKeys = (fields: readonly { key: string }[]): FormFieldKey[] => FORM_FIELD_KEYS.filter((k) => !fields.some((f) => f.key === k));

/** The API refuses a form nobody could answer: it needs an email or a phone field. */
export const canBeAnswered = (fields: readonly { key: string }[]) => fields.some((f) => f.key === 'email' || f.key === 'phone');
