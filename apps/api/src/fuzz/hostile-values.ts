import fc from 'fast-check';

/**
 * Leaf values for the fuzz suite: what a careless integrator or an attacker sends where the API
 * expects a string, a number, a date, an id, a cursor or free JSON. Each kind mixes plausible
 * values (so requests get past the first check and reach services and SQL) with hostile ones (so
 * the input hygiene layer is exercised). Nothing here knows any operation: the schema and the
 * OpenAPI walkers pick a kind from the declared type and the field's name.
 */

/** A property key JavaScript treats specially; must be an own key (JSON.parse), never a literal. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'nul at end\u0000',
  '\uD800',
  'lone \uDFFF surrogate',
  '\uDBFF\uDBFF',
  '\uFEFF',
  '\u202Eevil.exe',
  '\u200B\u200C\u200D',
  '😀👩‍👩‍👧‍👦🏳️‍🌈',
  '中文 繁體 日本語 한국어',
  'مرحبا بالعالم',
  "' OR '1'='1",
  '"; DROP TABLE account; --',
  "\\'; SELECT pg_sleep(0); --",
  '%',
  '_',
  '%_\\',
  '\\',
  '\\u0000',
  '{"a":1}',
  '[]',
  '{}',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '9007199254740993',
  '2026-13-45',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '../../etc/passwd',
  '${7*7}{{7*7}}',
  '\r\n\r\nX-Injected: 1',
  '\t',
];

/** Short printable text, mostly ASCII, sometimes any Unicode: reaches the service. */
const plainString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme-ascii' }).map((s) => s.trim() || 'x') },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }) },
);

/** Hostile text: NUL, lone surrogates, bidi, SQL/JSON metacharacters, random code units, huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 24, unit: 'binary' }) },
  { weight: 2, arbitrary: fc.tuple(plainString, fc.constantFrom('\u0000', '\uD800', '\uDC00')).map(([s, bad]) => s + bad) },
  { weight: 1, arbitrary: fc.constantFrom(10_000, 100_000).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000'.repeat(3000), '中'.repeat(30_000), '😀'.repeat(20_000)) },
);

/** A value of the wrong JSON type for whatever was expected (GraphQL must coerce or refuse it). */
export const wrongType: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(true, false, 0, -1, 1.5, 'text', '', [], [1, 'a'], {}, { a: 1 }, [[[]]], null);

/** Plausible values chosen by the field's name, so a create has a chance to succeed. */
export function plausibleString(name: string): fc.Arbitrary<string> {
  const n = name.toLowerCase();
  if (n.includes('email')) return fc.emailAddress().map((e) => e.slice(0, 60));
  if (n.includes('url') || n.includes('website')) return fc.webUrl().map((u) => u.slice(0, 120));
  if (n.includes('phone')) return fc.constantFrom('+86 21 5555 0101', '13800138000', '(555) 010-2000');
  if (n.includes('currency')) return fc.constantFrom('CNY', 'USD', 'EUR', 'XXX', 'cny');
  if (n === 'locale' || n.includes('language') || n === 'lang') return fc.constantFrom('en', 'zh-CN', 'zh-TW', 'de', 'xx-YY');
  if (n.includes('timezone')) return fc.constantFrom('UTC', 'Asia/Shanghai', 'Europe/Berlin', 'Mars/Olympus');
  if (n.endsWith('date') || n.endsWith('at') || n.endsWith('from') || n.endsWith('to') || n.endsWith('until')) return plausibleDate;
  if (n.includes('color') || n.includes('colour')) return fc.constantFrom('#ff0000', 'red');
  if (n === 'password') return fc.constantFrom('correct-horse-battery-staple', 'short');
  return plainString;
}

const DAY = 86_400_000;
const plausibleDate = fc
  .integer({ min: -400, max: 400 })
  .chain((days) => fc.constantFrom(new Date(Date.now() + days * DAY).toISOString(), new Date(Date.now() + days * DAY).toISOString().slice(0, 10)));

/** Dates as strings that no calendar has, numbers and booleans where an ISO date belongs. */
export const hostileDate: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  true,
  0,
  -1,
  1e15,
  1.5,
  '2026-13-45',
  '2026-02-30',
  '2026-02-29T25:61:61Z',
  '0000-00-00',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00Z',
  '+010000-01-01T00:00:00Z',
  '1970-01-01T00:00:00+99:00',
  'yesterday',
  'NaN',
  '',
  '2026-01-01\u0000',
  'Invalid Date',
);

export function dateValue(hostility: number): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 10 - hostility, arbitrary: plausibleDate }, { weight: hostility, arbitrary: hostileDate });
}

/** Integers that overflow int4, float8 precision and JSON; non-finite values only fit in strings. */
const HOSTILE_NUMBERS: unknown[] = [
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e21,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  5e-324,
  -0,
  0.1,
  1e-7,
  -1,
  '1',
  '1e3',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '',
];

export function intValue(hostility: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 10 - hostility, arbitrary: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 1_000_000 })) },
    { weight: hostility, arbitrary: fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.integer()) },
  );
}

export function floatValue(hostility: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    // Plausible amounts: whole or with cents (fc.double alone is mostly denormals and 17-digit fractions).
    { weight: 10 - hostility, arbitrary: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: -100_000, max: 10_000_000 }).map((n) => n / 100)) },
    { weight: hostility, arbitrary: fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true })) },
  );
}

const NOT_UUIDS = ['not-a-uuid', '1', '0', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '{00000000-0000-0000-0000-000000000000}', "1' OR '1'='1", 'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ'];

/** Ids: known ones (from what the API answered so far), random UUIDs and things that are no UUID. */
export function idValue(known: () => readonly string[], hostility: number): fc.Arbitrary<unknown> {
  const fromPool = fc.tuple(fc.nat(), fc.uuid()).map(([i, fallback]) => {
    const pool = known();
    return pool.length ? pool[i % pool.length] : fallback;
  });
  return fc.oneof(
    { weight: 12 - hostility, arbitrary: fromPool },
    { weight: 2, arbitrary: fc.uuid() },
    {
      weight: hostility,
      arbitrary: fc.oneof(
        fc.constantFrom(...NOT_UUIDS),
        fromPool.map((id) => String(id).toUpperCase()),
        fromPool.map((id) => `${String(id)}\u0000`),
        fromPool.map((id) => String(id).slice(0, 20)),
        fc.integer(),
        hostileString,
      ),
    },
  );
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

/**
 * Pagination cursors: real ones (possibly from another list or another order), truncated or
 * altered real ones, random base64, and well-formed base64 around hostile JSON. Whatever the
 * format, a real cursor decoded as JSON gets its leaves replaced, so a server that trusts its
 * own cursor format is tested without this file knowing it.
 */
export function cursorValue(known: () => readonly string[], sameList: () => readonly string[] = known): fc.Arbitrary<unknown> {
  const pick = (pool: () => readonly string[]) =>
    fc.tuple(fc.nat(), fc.base64String({ maxLength: 40 })).map(([i, fallback]) => {
      const list = pool();
      return list.length ? list[i % list.length] : fallback;
    });
  // Mostly the list's own cursors (valid, but under whatever order and filter this case has), else any list's.
  const real = fc.oneof({ weight: 2, arbitrary: pick(sameList) }, { weight: 1, arbitrary: pick(known) });
  const tampered = fc.tuple(real, jsonLeaf(6), fc.nat()).map(([cursor, leaf, i]) => tamperCursor(String(cursor), leaf, i));
  return fc.oneof(
    { weight: 3, arbitrary: real },
    { weight: 2, arbitrary: real.chain((c) => fc.integer({ min: 0, max: Math.max(0, String(c).length - 1) }).map((n) => String(c).slice(0, n))) },
    { weight: 3, arbitrary: tampered },
    { weight: 2, arbitrary: fc.base64String({ maxLength: 60 }) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 2, arbitrary: fc.tuple(hostileJson(2), fc.boolean()).map(([j, url]) => (url ? b64url : b64)(JSON.stringify(j) ?? 'null')) },
    { weight: 1, arbitrary: fc.constantFrom('', '=', '====', 'null', b64('null'), b64('[]'), b64('{}'), b64('{"__proto__":{"x":1}}'), b64('\u0000'), b64('[1e308,"\u0000"]')) },
    { weight: 1, arbitrary: hostileString },
  );
}

/** Replaces one leaf of a real cursor's decoded JSON, or flips one of its characters when it is no JSON. */
export function tamperCursor(cursor: string, leaf: unknown, pick: number): string {
  for (const decode of [(s: string) => Buffer.from(s, 'base64url').toString('utf8'), (s: string) => Buffer.from(s, 'base64').toString('utf8')]) {
    try {
      const decoded = JSON.parse(decode(cursor));
      const leaves: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
      const walk = (v: unknown): void => {
        if (!v || typeof v !== 'object') return;
        const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
        for (const [k, x] of entries) {
          if (x !== null && typeof x === 'object') walk(x);
          else leaves.push({ parent: v as Record<string, unknown>, key: k });
        }
      };
      walk(decoded);
      if (!leaves.length) return b64url(JSON.stringify(leaf));
      const target = leaves[pick % leaves.length];
      (target.parent as Record<string | number, unknown>)[target.key] = leaf;
      return b64url(JSON.stringify(decoded));
    } catch {
      // not JSON under this decoding; try the next one
    }
  }
  if (!cursor.length) return cursor;
  const at = pick % cursor.length;
  return cursor.slice(0, at) + (cursor[at] === 'A' ? 'B' : 'A') + cursor.slice(at + 1);
}

function jsonLeaf(hostility: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 10 - hostility, arbitrary: fc.oneof(fc.integer({ min: -10, max: 1000 }), plainString, fc.boolean(), fc.constant(null)) },
    { weight: hostility, arbitrary: fc.oneof(hostileString, fc.constantFrom(...HOSTILE_NUMBERS), hostileDate) },
  );
}

/** An object whose own keys include `__proto__` and friends (a literal would set the prototype instead). */
function withOwnKey(key: string, value: unknown, rest: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}}`), ...rest };
}

/** Nested far beyond what any handler expects: recursion limits, stack depth. */
function deep(depth: number, asArray: boolean): unknown {
  let v: unknown = asArray ? [] : { leaf: '\u0000' };
  // One child per level: the size stays linear in the depth.
  for (let i = 0; i < depth; i++) v = asArray ? [v] : i % 2 ? { and: [v] } : { not: v };
  return v;
}

/**
 * Free-form JSON (JSON/JSONObject scalars, JSON-in-a-string parameters): prototype keys, deep
 * nesting, hostile leaves, and objects keyed by `keys()` (names the API uses: operator and
 * field names from the schema, keys it answered with), so they are read and not just ignored.
 */
export function hostileJson(hostility: number, keys: () => readonly string[] = () => []): fc.Arbitrary<unknown> {
  const known = fc.tuple(fc.nat(), plainString).map(([i, fallback]) => (keys().length ? keys()[i % keys().length] : fallback));
  // Calm: a small flat object of plausible values under names the API knows.
  if (!hostility) return fc.dictionary(known, jsonLeaf(0), { maxKeys: 3 });
  const key = fc.oneof(
    { weight: 4, arbitrary: known },
    { weight: 2, arbitrary: fc.constantFrom(...PROTO_KEYS) },
    { weight: 1, arbitrary: fc.oneof(hostileString.filter((s) => s.length < 200), plainString) },
  );
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: jsonLeaf(hostility) },
      { weight: 2, arbitrary: fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((entries) => entries.reduce<Record<string, unknown>>((o, [k, v]) => withOwnKey(k, v, o), {})) },
      { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    ),
  }));
  return fc.oneof(
    { weight: 6, arbitrary: value },
    { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS).map((k) => withOwnKey(k, { polluted: true, isAdmin: true })) },
    { weight: 1, arbitrary: fc.tuple(key, fc.constantFrom(...PROTO_KEYS)).map(([k, p]) => withOwnKey(k, withOwnKey(p, { eq: 'x' }))) },
    { weight: 1, arbitrary: fc.constantFrom(deep(40, false), deep(400, true), deep(2000, true)) },
  );
}

/** A string for a field: plausible by name, hostile with weight `hostility` out of 10. */
export function stringValue(name: string, hostility: number, seen: () => readonly string[] = () => []): fc.Arbitrary<unknown> {
  const plausible = fc.tuple(fc.nat(), fc.boolean(), plausibleString(name)).map(([i, useSeen, fallback]) => {
    const pool = seen();
    return useSeen && pool.length ? pool[i % pool.length] : fallback;
  });
  return fc.oneof({ weight: 10 - hostility, arbitrary: plausible }, { weight: hostility, arbitrary: hostileString });
}
