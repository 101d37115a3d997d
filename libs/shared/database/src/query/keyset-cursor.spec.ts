import { encodeCursor } from '@rapport/shared-util';
import { CursorKey, decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor';

const byCreated: CursorKey[] = [
  { column: 'l.created_at', direction: 'DESC', cast: 'timestamptz' },
  { column: 'l.id', direction: 'DESC', cast: 'uuid' },
];
const byScore: CursorKey[] = [
  { column: 'l.score', direction: 'ASC', cast: 'int' },
  { column: 'l.id', direction: 'ASC', cast: 'uuid' },
];
const ID = '0190f5e4-7b7a-7c3e-9d2a-1b2c3d4e5f60';
const forged = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

describe('keyset cursors', () => {
  it('round-trip the values of the order they were issued for', () => {
    const values = ['2024-05-01T09:00:00.000Z', ID];
    expect(decodeKeysetCursor(byCreated, encodeKeysetCursor(byCreated, values))).toEqual(values);
    expect(decodeKeysetCursor(byScore, encodeKeysetCursor(byScore, [42, ID]))).toEqual([42, ID]);
  });

  it('are refused under another order, direction or list', () => {
    const cursor = encodeKeysetCursor(byCreated, ['2024-05-01T09:00:00.000Z', ID]);
    expect(decodeKeysetCursor(byScore, cursor)).toBeNull();
    expect(decodeKeysetCursor(byCreated.map((k) => ({ ...k, direction: 'ASC' as const })), cursor)).toBeNull();
    expect(decodeKeysetCursor([{ ...byCreated[0], column: 'a.created_at' }, byCreated[1]], cursor)).toBeNull();
  });

  it('are refused when malformed, unsigned (the old format) or carrying values their SQL cast would reject', () => {
    for (const bad of ['', 'bm9wZQ', '!!!', 'x'.repeat(20_000), encodeCursor(['2024-05-01T09:00:00.000Z', ID]), forged({ a: 1 })]) {
      expect(decodeKeysetCursor(byCreated, bad)).toBeNull();
    }
    const signed = (keys: CursorKey[], values: unknown[]) => {
      const [sig] = JSON.parse(Buffer.from(encodeKeysetCursor(keys, keys.map(() => null)), 'base64url').toString());
      return forged([sig, ...values]);
    };
    expect(decodeKeysetCursor(byCreated, signed(byCreated, ['2024-05-01T09:00:00.000Z', ID]))).not.toBeNull();
    for (const values of [['not a date', ID], [true, ID], ['2024-05-01T09:00:00.000Z', 'not-a-uuid'], ['2024-05-01T09:00:00.000Z', null], ['2024-05-01T09:00:00.000Z']]) {
      expect(decodeKeysetCursor(byCreated, signed(byCreated, values))).toBeNull();
    }
    for (const score of [2 ** 31, 1.5, '1', null]) expect(decodeKeysetCursor(byScore, signed(byScore, [score, ID]))).toBeNull();
  });

  it('check numeric, date and text keys too', () => {
    const keys = (cast?: string): CursorKey[] => [{ column: 'x', direction: 'ASC', cast }, { column: 'id', direction: 'ASC', cast: 'uuid' }];
    const ok = (cast: string | undefined, v: unknown) => decodeKeysetCursor(keys(cast), encodeKeysetCursor(keys(cast), [v as never, ID])) !== null;
    expect([ok('numeric', '1234.50'), ok('numeric', '-Infinity'), ok('numeric', '1e+21'), ok('numeric', 3.5)]).toEqual([true, true, true, true]);
    expect([ok('numeric', '1e99999'), ok('numeric', 'NaN'), ok('numeric', '1;'), ok('numeric', true)]).toEqual([false, false, false, false]);
    expect([ok('date', '9999-12-31'), ok('date', '2024-13-01'), ok('date', 20240101)]).toEqual([true, false, false]);
    expect([ok('timestamptz', 'infinity'), ok('timestamptz', '2024-05-01')]).toEqual([true, true]);
    expect([ok(undefined, 'Wang'), ok(undefined, ''), ok(undefined, 'a\u0000'), ok(undefined, '\uD800'), ok(undefined, 5)]).toEqual([true, true, false, false, false]);
  });

  it('cannot be issued for a cast nobody taught them to check', () => {
    expect(() => encodeKeysetCursor([{ column: 'x', direction: 'ASC', cast: 'bigint' }], [1])).toThrow(/no cursor check for cast "bigint"/);
  });
});
