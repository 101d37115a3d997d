import { findBadInput, isIsoDateTime, isStorableDate, MAX_INPUT_DEPTH, storableText, TEXT_MESSAGES, textProblem } from './input-hygiene';

describe('textProblem', () => {
  it('accepts ordinary text, including every script and paired surrogates (emoji)', () => {
    for (const ok of ['', 'Ada Lovelace', '王敏', '繁體', 'Ängström', '😀', 'a😀b', '\uD83D\uDE00', 'tab\tnew\nline', '\uFFFD']) {
      expect(textProblem(ok)).toBeNull();
    }
  });

  it('finds a NUL and an unpaired surrogate anywhere in the string', () => {
    expect(textProblem('a\u0000b')).toBe(TEXT_MESSAGES.nul);
    expect(textProblem('\u0000')).toBe(TEXT_MESSAGES.nul);
    for (const bad of ['\uD800', 'x\uD800', '\uD800x', '\uDC00', 'x\uDC00y', '\uDC00\uD800', '😀\uDE00', '\uD83D\uD83D\uDE00x\uD83D']) {
      expect(textProblem(bad)).toBe(TEXT_MESSAGES.surrogate);
    }
  });
});

describe('findBadInput', () => {
  it('returns null for clean JSON of any shape', () => {
    expect(findBadInput({ input: { lastName: 'Wang', tags: ['a', 'b'], n: 1, ok: true, none: null, at: new Date() } }, '')).toBeNull();
    expect(findBadInput(null)).toBeNull();
    expect(findBadInput(42)).toBeNull();
    expect(findBadInput(Buffer.from([0]))).toBeNull();
  });

  it('reports the first bad string with its dotted path, array indexes included', () => {
    expect(findBadInput({ lastName: 'a\u0000' })).toEqual({ path: 'lastName', message: TEXT_MESSAGES.nul });
    expect(findBadInput({ q: 'x\uD800' }, 'query')).toEqual({ path: 'query.q', message: TEXT_MESSAGES.surrogate });
    expect(findBadInput({ and: [{ name: { contains: 'ok' } }, { name: { in: ['ok', '\uDFFF'] } }] }, 'filter')).toEqual({
      path: 'filter.and.1.name.in.1',
      message: TEXT_MESSAGES.surrogate,
    });
    expect(findBadInput('\u0000', 'body')).toEqual({ path: 'body', message: TEXT_MESSAGES.nul });
  });

  it('refuses reserved and malformed keys, naming them in the path', () => {
    expect(findBadInput(JSON.parse('{"filter":{"__proto__":{"x":1}}}'))).toEqual({ path: 'filter.__proto__', message: TEXT_MESSAGES.reservedKey });
    expect(findBadInput({ a: { constructor: 1 } })).toEqual({ path: 'a.constructor', message: TEXT_MESSAGES.reservedKey });
    expect(findBadInput({ prototype: 1 }, 'input')).toEqual({ path: 'input.prototype', message: TEXT_MESSAGES.reservedKey });
    expect(findBadInput({ 'k\u0000': 1 })).toEqual({ path: 'k\uFFFD', message: TEXT_MESSAGES.nul });
    // Only the exact names: a field called `constructorName` is fine.
    expect(findBadInput({ constructorName: 'x', proto: 1 })).toBeNull();
  });

  it('walks objects without a prototype (query strings) and stops at excessive nesting instead of overflowing the stack', () => {
    const query = Object.assign(Object.create(null), { q: '\u0000' });
    expect(findBadInput(query, 'query')).toEqual({ path: 'query.q', message: TEXT_MESSAGES.nul });
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findBadInput(deep, 'v')?.message).toBe(TEXT_MESSAGES.tooDeep);
    let ok: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH - 1; i++) ok = { a: ok };
    expect(findBadInput(ok)).toBeNull();
  });
});

describe('dates', () => {
  it('accepts ISO 8601 dates and date-times only', () => {
    for (const ok of ['2024-02-29', '2024-01-01T00:00:00Z', '2024-01-01T10:20:30.123456+08:00', '2024-01-01T10:20', '0001-01-01', '9999-12-31T23:59:59Z']) {
      expect(isIsoDateTime(ok)).toBe(true);
    }
    for (const bad of [true, 1, '1', '2024', '2024-13-01', '2024-00-10', '2024-01-32', '0000-01-01', '+275760-09-13', '-000001-01-01', 'Tue Jan 02 2024', '2024-01-01T25:00:00Z', 'now', '']) {
      expect(isIsoDateTime(bad)).toBe(false);
    }
  });

  it('knows which Date values timestamptz stores unchanged', () => {
    expect(isStorableDate(new Date('2024-01-01T00:00:00Z'))).toBe(true);
    expect(isStorableDate(new Date(true as never))).toBe(true);
    expect(isStorableDate(new Date('x'))).toBe(false);
    expect(isStorableDate(new Date(-8.64e15))).toBe(false);
    expect(isStorableDate(new Date('+020000-01-01T00:00:00Z'))).toBe(false);
    expect(isStorableDate('2024-01-01')).toBe(false);
  });
});

describe('storableText', () => {
  it('drops NUL and shows lone surrogates as U+FFFD, leaving good text (and paired surrogates) alone', () => {
    expect(storableText('a\u0000b')).toBe('ab');
    expect(storableText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(storableText('王伟 😀')).toBe('王伟 😀');
  });
});

describe('isIsoDateTime and the calendar', () => {
  it('refuses days that do not exist instead of rolling them over', () => {
    expect(isIsoDateTime('2026-02-30')).toBe(false);
    expect(isIsoDateTime('2026-04-31T10:00:00Z')).toBe(false);
    expect(isIsoDateTime('2025-02-29')).toBe(false);
    expect(isIsoDateTime('2024-02-29T23:59:59Z')).toBe(true);
    expect(isIsoDateTime('2026-12-31')).toBe(true);
  });
});
