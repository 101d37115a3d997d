import { AppError } from '@rapport/shared-errors';
import { compileFilter, FieldMap } from './filter-compiler';
import { keysetPredicate } from './keyset';

const fields: FieldMap = {
  name: { column: 'u.name', type: 'string' },
  active: { column: 'u.active', type: 'boolean' },
  createdAt: { column: 'u.created_at', type: 'datetime' },
  role: { column: 'u.role', type: 'enum', enumValues: ['admin', 'sales_rep'] },
  teamId: { column: 'u.team_id', type: 'id' },
  lastName: { column: 'u.last_name', type: 'string', foldedPrefix: true },
};

function errorsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).fields;
  }
  throw new Error('expected a validation error');
}

describe('compileFilter', () => {
  it('compiles nested and/or/not with bound parameters only', () => {
    const { sql, params } = compileFilter(
      { or: [{ name: { contains: "O'Brien%" } }, { not: { active: { eq: false } } }], role: { in: ['admin'] } },
      fields,
    );
    expect(sql).toBe('(u.name ILIKE :f0 OR NOT (u.active = :f1)) AND u.role IN (:...f2)');
    expect(params).toEqual({ f0: "%O'Brien\\%%", f1: false, f2: ['admin'] });
  });

  it('treats an empty filter as TRUE and an empty IN as FALSE', () => {
    expect(compileFilter({}, fields).sql).toBe('TRUE');
    expect(compileFilter(null, fields).sql).toBe('TRUE');
    expect(compileFilter({ role: { in: [] } }, fields).sql).toBe('FALSE');
  });

  it('supports date ranges and null checks', () => {
    const { sql, params } = compileFilter({ createdAt: { gte: '2026-01-01T00:00:00Z', lt: '2027-01-01T00:00:00Z' }, teamId: { isNull: true } }, fields);
    expect(sql).toBe('u.created_at >= :f0 AND u.created_at < :f1 AND u.team_id IS NULL');
    expect(params['f0']).toEqual(new Date('2026-01-01T00:00:00Z'));
  });

  it('turns startsWith on a folded field into an index range on lower(col) COLLATE "C", and keeps ILIKE elsewhere', () => {
    const { sql, params } = compileFilter({ lastName: { startsWith: 'Wa' }, name: { startsWith: 'Wa' } }, fields);
    expect(sql).toBe(
      '(lower(u.last_name) COLLATE "C" >= lower(:f0) AND lower(u.last_name) COLLATE "C" < (left(lower(:f0), -1) || chr(ascii(right(lower(:f0), 1)) + 1))) AND u.name ILIKE :f1',
    );
    // No LIKE escaping in a range: % and _ are ordinary characters there.
    expect(params).toEqual({ f0: 'Wa', f1: 'Wa%' });
    expect(compileFilter({ lastName: { startsWith: '50%' } }, fields).params).toEqual({ f0: '50%' });
  });

  it('falls back to ILIKE for a folded prefix that has no next character (or none at all)', () => {
    expect(compileFilter({ lastName: { startsWith: '' } }, fields).sql).toBe('u.last_name ILIKE :f0');
    expect(compileFilter({ lastName: { startsWith: 'a\u{10FFFF}' } }, fields).sql).toBe('u.last_name ILIKE :f0');
    expect(compileFilter({ lastName: { startsWith: 'a\uD7FF' } }, fields).sql).toBe('u.last_name ILIKE :f0');
    expect(compileFilter({ lastName: { contains: 'Wa' } }, fields).sql).toBe('u.last_name ILIKE :f0');
  });

  it('reports every bad part of the filter with its path', () => {
    const errors = errorsOf(() =>
      compileFilter(
        { password: { eq: 'x' }, name: { gte: 'a' }, and: [{ createdAt: { eq: 'not a date' } }], role: { eq: 'root' }, teamId: { eq: '1; DROP TABLE x' } },
        fields,
      ),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'filter.password', message: 'unknown field "password"' },
        { path: 'filter.name.gte', message: 'operator "gte" is not supported here' },
        { path: 'filter.and.0.createdAt.eq', message: 'must be a date-time' },
        { path: 'filter.role.eq', message: 'is not an allowed value' },
        { path: 'filter.teamId.eq', message: 'must be an id' },
      ]),
    );
  });

  it('caps nesting depth', () => {
    let deep: Record<string, unknown> = { name: { eq: 'x' } };
    for (let i = 0; i < 10; i++) deep = { not: deep };
    expect(errorsOf(() => compileFilter(deep, fields))[0].message).toMatch(/deeper than/);
  });
});

describe('keysetPredicate', () => {
  it('compares rows when every key sorts the same way, so the cursor is an index condition', () => {
    const asc = keysetPredicate(
      [
        { column: 'lower(u.name) COLLATE "C"', direction: 'ASC', compareAs: (v) => `lower(${v}) COLLATE "C"` },
        { column: 'u.id', direction: 'ASC', cast: 'uuid' },
      ],
      'k',
    );
    expect(asc.sql).toBe('(lower(u.name) COLLATE "C", u.id) > (lower(:k0) COLLATE "C", CAST(:k1 AS uuid))');
    expect(asc.paramNames).toEqual(['k0', 'k1']);
    const desc = keysetPredicate(
      [
        { column: 'u.created_at', direction: 'DESC', cast: 'timestamptz' },
        { column: 'u.id', direction: 'DESC', cast: 'uuid' },
      ],
      'k',
    );
    expect(desc.sql).toBe('(u.created_at, u.id) < (CAST(:k0 AS timestamptz), CAST(:k1 AS uuid))');
    expect(keysetPredicate([{ column: 'u.id', direction: 'ASC' }], 'k').sql).toBe('u.id > :k0');
  });

  it('expands mixed directions into an OR chain behind a bound on the first key', () => {
    const p = keysetPredicate(
      [
        { column: 'u.name', direction: 'ASC' },
        { column: 'u.id', direction: 'DESC', cast: 'uuid' },
      ],
      'k',
    );
    expect(p.sql).toBe('(u.name >= :k0 AND ((u.name > :k0) OR (u.name = :k0 AND u.id < CAST(:k1 AS uuid))))');
    expect(p.paramNames).toEqual(['k0', 'k1']);
  });
});
