import { decodeCursor, encodeCursor } from './cursor';
import { escapeLike, isUuid, normalizeEmail, snakeCase } from './strings';

describe('cursor', () => {
  it('round-trips sort values', () => {
    const values = ['2026-01-01T00:00:00.000Z', 42, null, 'b1e2'];
    expect(decodeCursor(encodeCursor(values), 4)).toEqual(values);
  });

  it('rejects cursors of the wrong shape', () => {
    expect(decodeCursor(encodeCursor(['a']), 2)).toBeNull();
    expect(decodeCursor('not-base64-json', 1)).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString('base64url'), 1)).toBeNull();
    expect(decodeCursor(encodeCursor([{ nested: true } as never]), 1)).toBeNull();
    expect(decodeCursor('', 1)).toBeNull();
  });
});

describe('strings', () => {
  it('normalizes emails', () => expect(normalizeEmail('  Rep1@Rapport.DEV ')).toBe('rep1@rapport.dev'));
  it('recognizes uuids', () => {
    expect(isUuid('019a5f3e-1c2b-7d3e-8f00-123456789abc')).toBe(true);
    expect(isUuid('019a5f3e')).toBe(false);
    expect(isUuid(7)).toBe(false);
  });
  it('escapes LIKE wildcards', () => expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\'));
  it('names columns in snake_case', () => expect(['id', 'teamId', 'createdCount'].map(snakeCase)).toEqual(['id', 'team_id', 'created_count']));
});
