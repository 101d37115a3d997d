import { MessageKey, NUMERIC_PARAMS, SERVER_MESSAGES, TRANSLATED_PARAMS } from './messages';

export type MessageParams = Record<string, string | number>;

/** A message as the API sends it: the English text plus what a client needs to say it in its own words. */
export interface LocalizedText {
  message: string;
  messageKey: string;
  params?: MessageParams;
}

type ParamNames<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}` ? P | ParamNames<Rest> : never;
type ParamsOf<K extends MessageKey> = Record<ParamNames<(typeof SERVER_MESSAGES)[K]>, string | number>;

/** The English text of a key with its params filled in. */
export function renderMessage(key: MessageKey, params: MessageParams = {}): string {
  return SERVER_MESSAGES[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/**
 * A keyed message, for throw sites whose English is not what the catalogue renders (or that
 * want the key spelled out): `AppError.forbidden(msg('errors.forbiddenCreate', { object }))`.
 */
export function msg<K extends MessageKey>(key: K, ...args: ParamNames<(typeof SERVER_MESSAGES)[K]> extends never ? [params?: undefined, english?: string] : [params: ParamsOf<K>, english?: string]): LocalizedText {
  const [params, english] = args as [MessageParams | undefined, string | undefined];
  return { message: english ?? renderMessage(key, params), messageKey: key, ...(params && Object.keys(params).length ? { params } : {}) };
}

// Ends of sentences vary ("Enter a valid email address" vs "… address."): compare without the final stop.
const comparable = (text: string) => text.trim().replace(/\.$/, '');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Template {
  key: MessageKey;
  pattern: RegExp;
  names: string[];
  /** Characters outside the placeholders: the longer, the more specific, so tried first. */
  literal: number;
}

const MAX_TEMPLATE_MATCH = 2000;

let exact: Map<string, MessageKey> | undefined;
let templates: Template[] | undefined;

function index(): { exact: Map<string, MessageKey>; templates: Template[] } {
  if (exact && templates) return { exact, templates };
  exact = new Map();
  templates = [];
  for (const [key, text] of Object.entries(SERVER_MESSAGES) as [MessageKey, string][]) {
    const parts = comparable(text).split(/\{\{(\w+)\}\}/);
    if (parts.length === 1) {
      exact.set(parts[0], key);
      continue;
    }
    const names: string[] = [];
    const source = parts
      .map((part, i) => {
        if (i % 2 === 0) return escapeRegExp(part);
        // A param used twice ("between -{{max}} and {{max}}") must read the same both times.
        if (names.includes(part)) return `\\k<${part}>`;
        names.push(part);
        return `(?<${part}>.+?)`;
      })
      .join('');
    templates.push({ key, pattern: new RegExp(`^${source}$`, 's'), names, literal: parts.filter((_, i) => i % 2 === 0).join('').length });
  }
  templates.sort((a, b) => b.literal - a.literal);
  return { exact, templates };
}

/** Whether a value read back for a param can be what the thrower filled in: a known word, a number where one belongs. */
function plausible(name: string, value: string | number): boolean {
  const known = (TRANSLATED_PARAMS as Record<string, readonly string[]>)[name];
  if (known) return known.includes(String(value));
  return !NUMERIC_PARAMS.includes(name) || typeof value === 'number';
}

/**
 * The key (and params) of an English message, or null when the catalogue does not know it.
 * Numbers read back from a template become numbers (`{ max: 200 }`). With `exactOnly`, only a
 * message without params is recognised (class-validator's messages, whose params come from the
 * constraint instead).
 */
export function lookupMessage(message: string, exactOnly = false): LocalizedText | null {
  const text = comparable(message);
  const { exact: byText, templates: list } = index();
  const key = byText.get(text);
  if (key) return { message, messageKey: key };
  // A message carrying a huge client value (a 500 KB filter key) is not worth a hundred regexes.
  if (exactOnly || text.length > MAX_TEMPLATE_MATCH) return null;
  for (const t of list) {
    const m = t.pattern.exec(text);
    if (!m?.groups) continue;
    const params: MessageParams = {};
    for (const name of t.names) {
      const raw = m.groups[name];
      params[name] = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    }
    if (!t.names.every((n) => plausible(n, params[n]))) continue;
    return { message, messageKey: t.key, params };
  }
  return null;
}

/**
 * `'The API key'` → `'apiKey'`: the object a not-found message names, as a translatable value.
 * Used by `AppError.notFound`, whose callers pass English ("The custom field").
 */
export function objectKeyOf(what: string): string {
  const words = what
    .replace(/^(the|this|one of the)\s+/i, '')
    .replace(/["“”]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const key = words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
  return key.endsWith('s') && (TRANSLATED_PARAMS.object as readonly string[]).includes(key.slice(0, -1)) ? key.slice(0, -1) : key;
}
