import type { CustomFieldDefinitionFieldsFragment } from '@rapport/web-data-access';
import dayjs, { type Dayjs } from 'dayjs';

/** What screens need of a definition (the admin page has the whole fragment). */
export type CustomFieldDef = Pick<CustomFieldDefinitionFieldsFragment, 'key' | 'label' | 'labels' | 'type' | 'options' | 'required'> &
  Partial<Pick<CustomFieldDefinitionFieldsFragment, 'optionLabels'>>;

export type CustomValues = Record<string, unknown>;

export interface Money {
  amount: number;
  currency: string;
}

/** Money fields start in the organisation's currency (as annual revenue on accounts does). */
export const DEFAULT_CURRENCY = 'CNY';

const DATE_FORMAT = 'YYYY-MM-DD';

/** The API's `customFields` (typed `unknown` by codegen) as a plain object; anything else is empty. */
export function customValuesOf(raw: unknown): CustomValues {
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as CustomValues) : {};
}

/** Definition labels per language (`labels: { "zh-CN": … }`), falling back to the main label. */
export function customFieldLabel(def: Pick<CustomFieldDef, 'label' | 'labels'>, language: string): string {
  const labels = customValuesOf(def.labels);
  const own = labels[language];
  return typeof own === 'string' && own.trim() ? own : def.label;
}

/**
 * A picklist option as a reader of `language` sees it: its translation (`optionLabels: { <option>:
 * { "zh-CN": … } }`), else the option itself, which is also what records store and filters compare.
 * Like labels, zh-TW never falls back to zh-CN (docs/adr/0010).
 */
export function customOptionLabel(def: Partial<Pick<CustomFieldDef, 'optionLabels'>>, option: string, language: string): string {
  const labels = customValuesOf(customValuesOf(def.optionLabels)[option]);
  const own = labels[language];
  return typeof own === 'string' && own.trim() ? own : option;
}

export function isMoney(value: unknown): value is Money {
  const v = value as Partial<Money> | null;
  return typeof v === 'object' && v !== null && typeof v.amount === 'number' && typeof v.currency === 'string';
}

/** Nothing stored: absent, null, blank text or an empty selection. */
export function isEmptyCustomValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Form state of one field: dates as dayjs for the DatePicker, money split into its two inputs. */
export type CustomFormValue = string | number | boolean | string[] | Dayjs | { amount?: number | null; currency?: string } | null | undefined;

/** Stored values → initial form values (a new record gets the default currency only). */
export function customFieldsToForm(defs: readonly CustomFieldDef[], values: CustomValues): Record<string, CustomFormValue> {
  const form: Record<string, CustomFormValue> = {};
  for (const def of defs) {
    const value = values[def.key];
    switch (def.type) {
      case 'DATE': {
        // Stored as YYYY-MM-DD, which dayjs parses as that day in local time.
        const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs(value) : undefined;
        form[def.key] = d?.isValid() ? d : undefined;
        break;
      }
      case 'CURRENCY':
        form[def.key] = isMoney(value) ? { ...value } : { amount: null, currency: DEFAULT_CURRENCY };
        break;
      case 'MULTI_SELECT':
        form[def.key] = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
        break;
      case 'BOOLEAN':
        form[def.key] = typeof value === 'boolean' ? value : undefined;
        break;
      default:
        form[def.key] = isEmptyCustomValue(value) ? undefined : (value as CustomFormValue);
    }
  }
  return form;
}

/** One form value as the API stores it; null means "no value". */
export function customValueFromForm(def: CustomFieldDef, value: CustomFormValue): unknown {
  switch (def.type) {
    case 'TEXT':
      return typeof value === 'string' && value.trim() ? value.trim() : null;
    case 'NUMBER':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'DATE':
      return dayjs.isDayjs(value) && value.isValid() ? value.format(DATE_FORMAT) : null;
    case 'BOOLEAN':
      // A switch that was never touched shows "off"; saving it means "no".
      return Boolean(value);
    case 'SELECT':
      return typeof value === 'string' && value ? value : null;
    case 'MULTI_SELECT':
      return Array.isArray(value) && value.length > 0 ? [...value] : null;
    case 'CURRENCY': {
      const money = value as { amount?: number | null; currency?: string } | null | undefined;
      return typeof money?.amount === 'number' && Number.isFinite(money.amount)
        ? { amount: money.amount, currency: (money.currency || DEFAULT_CURRENCY).toUpperCase() }
        : null;
    }
  }
}

/**
 * Form values → the `customFields` input. On create, empty fields are left out (undefined when
 * nothing is filled in), and optional switches that were never touched are not stored as "no".
 * On update every field in `defs` is sent; null clears it.
 */
export function customFieldsFromForm(
  defs: readonly CustomFieldDef[],
  form: Record<string, CustomFormValue> | undefined,
  mode: 'create' | 'update',
): CustomValues | undefined {
  const out: CustomValues = {};
  for (const def of defs) {
    const raw = form?.[def.key];
    if (mode === 'create' && def.type === 'BOOLEAN' && raw === undefined && !def.required) continue;
    const value = customValueFromForm(def, raw);
    if (mode === 'create' && value === null) continue;
    out[def.key] = value;
  }
  return mode === 'create' && Object.keys(out).length === 0 ? undefined : out;
}

/**
 * A stored value as text for tables, details and the merge dialog; undefined when empty.
 * `yesNo` supplies the translated words so this stays free of i18n.
 */
export function formatCustomValue(
  def: Pick<CustomFieldDef, 'type' | 'optionLabels'>,
  value: unknown,
  options: { yes: string; no: string; language: string; formatMoney: (amount: number, currency: string) => string | undefined; formatDate: (iso: string) => string | undefined },
): string | undefined {
  if (isEmptyCustomValue(value)) return undefined;
  switch (def.type) {
    case 'BOOLEAN':
      return value === true ? options.yes : value === false ? options.no : undefined;
    case 'NUMBER':
      return typeof value === 'number' ? new Intl.NumberFormat(options.language).format(value) : String(value);
    case 'CURRENCY':
      return isMoney(value) ? options.formatMoney(value.amount, value.currency) : undefined;
    case 'DATE':
      return typeof value === 'string' ? (options.formatDate(value) ?? value) : undefined;
    case 'MULTI_SELECT':
      return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? customOptionLabel(def, v, options.language) : String(v))).join(', ') : String(value);
    case 'SELECT':
      return typeof value === 'string' ? customOptionLabel(def, value, options.language) : JSON.stringify(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
