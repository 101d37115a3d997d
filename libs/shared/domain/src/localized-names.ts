/**
 * Names that admins configure (pipelines, stages, products, custom-field labels and picklist options) have
 * one canonical text plus optional translations, stored beside it as `{ "zh-CN": "…", "zh-TW": "…" }`
 * (docs/adr/0010-translated-names.md). These are the rules for reading and writing them.
 */
export const NAME_LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type NameLocale = (typeof NAME_LOCALES)[number];

/** Translations of one name by locale; a missing or blank entry means "use the canonical name". */
export type NameTranslations = Partial<Record<NameLocale, string>>;

/** The longest configured name or translation, in characters. */
export const NAME_MAX_LENGTH = 80;

export interface NameProblem {
  path: string;
  message: string;
}

export function isNameLocale(value: unknown): value is NameLocale {
  return typeof value === 'string' && (NAME_LOCALES as readonly string[]).includes(value);
}

/**
 * The name to show a reader of `locale`: their translation, else the canonical name. There is no
 * fallback between the two Chinese scripts: a Taiwan reader shown Simplified characters reads it
 * as a mistake, while the canonical name (often English, or what the admin typed) reads as a name.
 * No locale (an integration that did not ask) means the canonical name, which is what it stored.
 */
export function localizedName(canonical: string, names: Readonly<Record<string, unknown>> | null | undefined, locale: string | null | undefined): string {
  if (!locale || !names) return canonical;
  const own = names[locale];
  return typeof own === 'string' && own.trim() ? own : canonical;
}

/** Language tags a browser may send for each locale we translate into; scripts decide over regions. */
function localeOfTag(tag: string): NameLocale | null {
  const t = tag.trim().toLowerCase();
  if (t === 'en' || t.startsWith('en-')) return 'en';
  if (t === 'zh-tw' || t === 'zh-hk' || t === 'zh-mo' || t === 'zh-hant' || t.startsWith('zh-hant-')) return 'zh-TW';
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-CN';
  return null;
}

/**
 * The best of our locales in an `Accept-Language` header (RFC 9110 §12.5.4: highest quality first,
 * ties in the order given), or null when it names none of them (`*`, `fr`, absent).
 */
export function negotiateLocale(header: string | string[] | null | undefined): NameLocale | null {
  const text = Array.isArray(header) ? header.join(',') : header;
  if (!text) return null;
  const ranked = text
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)).find(Boolean);
      const quality = q ? Number(q[1]) : 1;
      return { locale: localeOfTag(tag), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((e) => e.locale && e.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked[0]?.locale ?? null;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks translations sent by an admin and returns them normalised: trimmed, blank ones dropped
 * (an empty box means "no translation"), keys in locale order so an unchanged map audits as unchanged.
 */
export function checkNameTranslations(input: unknown, path: string, maxLength = NAME_MAX_LENGTH): { names: NameTranslations; problems: NameProblem[] } {
  const problems: NameProblem[] = [];
  const names: NameTranslations = {};
  if (!isPlainObject(input)) return { names, problems: [{ path, message: 'must be an object' }] };
  for (const [key, value] of Object.entries(input)) {
    if (!isNameLocale(key)) {
      problems.push({ path: `${path}.${key}`, message: `must be one of: ${NAME_LOCALES.join(', ')}` });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string') {
      problems.push({ path: `${path}.${key}`, message: 'must be text' });
      continue;
    }
    const text = value.trim();
    if ([...text].length > maxLength) problems.push({ path: `${path}.${key}`, message: `must be at most ${maxLength} characters` });
    else if (text) names[key] = text;
  }
  const ordered: NameTranslations = {};
  for (const locale of NAME_LOCALES) if (names[locale] !== undefined) ordered[locale] = names[locale];
  return { names: ordered, problems };
}

/** A change of a configured name and/or its translations, as an admin sends it (absent = unchanged). */
export interface NameChangeInput {
  name?: string | null;
  names?: unknown;
}

/** The checked, normalised change: the trimmed canonical name and the normalised translations. */
export interface NameChange {
  name?: string;
  names?: NameTranslations;
}

/**
 * Checks a change of a configured name (pipeline, stage, product) and its translations; every
 * problem at once. The canonical name is trimmed and must keep 1 to NAME_MAX_LENGTH characters:
 * an input's `@Length` counts spaces, and a name of spaces only is no name.
 */
export function checkNameChange(input: NameChangeInput, path = 'input'): { change: NameChange; problems: NameProblem[] } {
  const problems: NameProblem[] = [];
  const change: NameChange = {};
  if (input.name !== undefined) {
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    const length = [...name].length;
    if (length < 1 || length > NAME_MAX_LENGTH) problems.push({ path: `${path}.name`, message: `must be 1 to ${NAME_MAX_LENGTH} characters` });
    else change.name = name;
  }
  if (input.names !== undefined) {
    const checked = checkNameTranslations(input.names, `${path}.names`);
    problems.push(...checked.problems);
    change.names = checked.names;
  }
  return { change, problems };
}

/**
 * Checks the translations of a picklist's options (`{ "<option value>": { "zh-CN": "…" } }`):
 * every key must be one of the options; options without any translation are left out.
 */
export function checkOptionLabels(options: readonly string[], input: unknown, path: string): { optionLabels: Record<string, NameTranslations>; problems: NameProblem[] } {
  const problems: NameProblem[] = [];
  const optionLabels: Record<string, NameTranslations> = {};
  if (!isPlainObject(input)) return { optionLabels, problems: [{ path, message: 'must be an object' }] };
  for (const [option, value] of Object.entries(input)) {
    if (!options.includes(option)) {
      problems.push({ path: `${path}.${option}`, message: `must be one of: ${options.join(', ')}` });
      continue;
    }
    if (value === null || value === undefined) continue;
    const checked = checkNameTranslations(value, `${path}.${option}`);
    problems.push(...checked.problems);
    if (Object.keys(checked.names).length) optionLabels[option] = checked.names;
  }
  // In the options' order, so the stored map reads like the picklist.
  const ordered: Record<string, NameTranslations> = {};
  for (const option of options) if (optionLabels[option]) ordered[option] = optionLabels[option];
  return { optionLabels: ordered, problems };
}

/** Translations of options that are still in the list (an option removed takes its labels with it). */
export function keepOptionLabels(options: readonly string[], labels: Readonly<Record<string, NameTranslations>> | null | undefined): Record<string, NameTranslations> {
  const out: Record<string, NameTranslations> = {};
  for (const option of options) if (labels?.[option]) out[option] = labels[option];
  return out;
}
