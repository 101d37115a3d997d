/**
 * Input hygiene: what no input may carry, whatever its field. PostgreSQL rejects a NUL character in
 * text and a lone UTF-16 surrogate has no UTF-8 form (Node would silently store U+FFFD instead), so
 * both are refused at the edge with the field's path rather than failing deep inside a query. Keys
 * like `__proto__` are refused because code that looks a key up in a plain object (`map[key]`)
 * finds Object.prototype's members under them.
 */
export interface InputProblem {
  /** Dotted path of the offending value, e.g. `input.lastName`, `filter.and.0.name.contains`. */
  path: string;
  message: string;
}

export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** How deep a JSON input may nest: far beyond any real input, short of the call stack. */
export const MAX_INPUT_DEPTH = 64;

// One scan per string: a NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one.
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what this looks for
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const TEXT_MESSAGES = {
  nul: 'must not contain the NUL character (U+0000)',
  surrogate: 'must be valid Unicode text (it contains an unpaired UTF-16 surrogate)',
  reservedKey: 'is a reserved name and cannot be used as a key',
  tooDeep: `nests deeper than ${MAX_INPUT_DEPTH} levels`,
} as const;

/** Why a string can't be stored as text, or null when it can. */
export function textProblem(text: string): string | null {
  const m = BAD_TEXT.exec(text);
  if (!m) return null;
  return m[0] === '\u0000' ? TEXT_MESSAGES.nul : TEXT_MESSAGES.surrogate;
}

/**
 * Text from a file rather than a form (an imported spreadsheet): nobody can retype it, so instead of
 * refusing it the characters PostgreSQL cannot store are dropped (NUL) or shown as U+FFFD (a lone
 * surrogate), as a spreadsheet would show them.
 */
export function storableText(text: string): string {
  return textProblem(text) ? text.replace(new RegExp(BAD_TEXT, 'g'), (c) => (c === '\u0000' ? '' : '\uFFFD')) : text;
}

/** `parent.key`, or `key` at the root. A key that is itself bad text is shown with U+FFFD in its place. */
export function childPath(parent: string, key: string | number): string {
  const k = typeof key === 'number' ? String(key) : textProblem(key) ? key.replace(new RegExp(BAD_TEXT, 'g'), '\uFFFD') : key;
  return parent ? `${parent}.${k}` : k;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The first bad string, bad key or excessive nesting in an arbitrary JSON-like value (parsed JSON,
 * form or query parameters, GraphQL variables), with its path below `path`. Walks plain objects and
 * arrays only (a Date or Buffer is not text input). One pass; cheap enough to run on every request.
 */
export function findBadInput(value: unknown, path = '', depth = 0): InputProblem | null {
  if (typeof value === 'string') {
    const message = textProblem(value);
    return message ? { path, message } : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    if (depth >= MAX_INPUT_DEPTH) return { path, message: TEXT_MESSAGES.tooDeep };
    for (let i = 0; i < value.length; i++) {
      const found = findBadInput(value[i], childPath(path, i), depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isPlainObject(value)) return null;
  if (depth >= MAX_INPUT_DEPTH) return { path, message: TEXT_MESSAGES.tooDeep };
  for (const key of Object.keys(value)) {
    const here = childPath(path, key);
    const keyProblem = keyProblemOf(key);
    if (keyProblem) return { path: here, message: keyProblem };
    const found = findBadInput(value[key], here, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Why a key can't be accepted (reserved, or not text), or null. */
export function keyProblemOf(key: string): string | null {
  return RESERVED_KEYS.has(key) ? TEXT_MESSAGES.reservedKey : textProblem(key);
}

// Calendar date, optionally a time with optional seconds/fraction and zone; the year 0001–9999 (what
// both JavaScript and PostgreSQL read the same way).
const ISO_DATE_TIME = /^(?!0000)\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[T ]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/i;

/** True for an ISO 8601 date or date-time string that parses to a real instant. */
export function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && ISO_DATE_TIME.test(value) && isCalendarDay(value) && !Number.isNaN(Date.parse(value.replace(' ', 'T')));
}

/** True for a calendar day written YYYY-MM-DD that exists (2026-02-30 does not). */
export function isIsoDay(value: unknown): value is string {
  return typeof value === 'string' && value.length === 10 && isIsoDateTime(value);
}

/** The date part names a real day: JavaScript's parser rolls 2026-02-30 over to March 2 instead of refusing it. */
function isCalendarDay(value: string): boolean {
  const [year, month, day] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** True for a Date that PostgreSQL's timestamptz reads back as the same instant (years 1–9999). */
export function isStorableDate(value: unknown): value is Date {
  if (!(value instanceof Date)) return false;
  const year = value.getUTCFullYear();
  return !Number.isNaN(value.getTime()) && year >= 1 && year <= 9999;
}
