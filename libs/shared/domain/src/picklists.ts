import { checkNameChange, localizedName, type NameProblem, type NameTranslations } from './localized-names';

/**
 * Configured value lists for built-in fields (docs/adr/0018-picklists.md): an account's industry and
 * territory, a product's line. Records store the value (the canonical name, as before); an admin
 * keeps the list, with translations of each value in the three languages, like pipeline and
 * stage names (ADR 0010). Translating never changes data, filters or exports.
 */
export const PICKLISTS = ['industry', 'territory', 'productLine'] as const;
export type PicklistName = (typeof PICKLISTS)[number];

/** Each list's English name (API descriptions, validation messages) and its label key in the web app. */
export const PICKLIST_INFO: Readonly<Record<PicklistName, { title: string; label: string }>> = {
  industry: { title: 'Industry', label: 'fields.industry' },
  territory: { title: 'Territory', label: 'fields.territory' },
  productLine: { title: 'Product line', label: 'revenue.catalog.productLine' },
};

export function isPicklistName(value: unknown): value is PicklistName {
  return typeof value === 'string' && (PICKLISTS as readonly string[]).includes(value);
}

/** A configured value as stored: its canonical text, translations, order and whether new records may take it. */
export interface PicklistEntry {
  value: string;
  names: NameTranslations;
  position: number;
  active: boolean;
}

/** The label of a stored value for a reader: its translation, else the value itself (also for values no longer configured). */
export function picklistLabel(entries: readonly PicklistEntry[], value: string, locale: string | null | undefined): string {
  const entry = entries.find((e) => e.value === value);
  return entry ? localizedName(entry.value, entry.names, locale) : value;
}

/**
 * Whether a record may take `value` for a field kept by a list: empty clears it, else it must be an
 * active configured value, or the value the record already has (a value an admin retired stays on
 * the records that have it, and editing other fields of such a record does not fail). Returns the
 * value to store (trimmed; null for empty) or the problem to tell.
 */
export function checkPicklistValue(
  list: PicklistName,
  entries: readonly PicklistEntry[],
  input: string | null | undefined,
  current: string | null | undefined,
  path: string,
): { value: string | null; problem: NameProblem | null } {
  const value = typeof input === 'string' ? input.trim() : '';
  if (!value) return { value: null, problem: null };
  if (value === current || entries.some((e) => e.active && e.value === value)) return { value, problem: null };
  const offered = entries.filter((e) => e.active).map((e) => e.value);
  const values = offered.slice(0, 12).join(', ') + (offered.length > 12 ? ', …' : '');
  const message = offered.length ? `Choose one of the configured values (${values}).` : 'No values are configured for this field yet; an administrator adds them under Admin → Picklists.';
  return { value: null, problem: { path, message } };
}

/** An admin's new or changed value: the canonical text (1–80 characters, like every configured name) and its translations. */
export function checkPicklistEntryInput(input: { value?: unknown; names?: unknown; position?: unknown }, path = 'input'): { value: string | null; names: NameTranslations | undefined; problems: NameProblem[] } {
  const { change, problems } = checkNameChange({ name: typeof input.value === 'string' ? input.value : '', names: input.names }, path);
  // checkNameChange names the canonical text `name`; here it is the value.
  const renamed = problems.map((p) => (p.path === `${path}.name` ? { ...p, path: `${path}.value` } : p));
  if (input.position !== undefined && input.position !== null && !(Number.isInteger(input.position) && (input.position as number) >= 0 && (input.position as number) <= 10_000)) {
    renamed.push({ path: `${path}.position`, message: 'must be a whole number from 0 to 10000' });
  }
  return { value: change.name ?? null, names: change.names, problems: renamed };
}
