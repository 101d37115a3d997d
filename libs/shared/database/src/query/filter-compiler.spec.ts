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
  score: { column: 'u.score', type: 'integer' },
  amount: { column: 'u.amount', type: 'number' },
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
        { path: 'filter.password', message: 'unknown field "password"', messageKey: 'validation.unknownField', params: { field: 'password' } },
        { path: 'filter.name.gte', message: 'operator "gte" is not supported here', messageKey: 'validation.operatorUnsupported', params: { operator: 'gte' } },
        { path: 'filter.and.0.createdAt.eq', message: 'must be an ISO 8601 date-time, e.g. 2024-05-01T09:00:00Z', messageKey: 'validation.dateTime' },
        { path: 'filter.role.eq', message: 'is not an allowed value', messageKey: 'validation.isEnum' },
        { path: 'filter.teamId.eq', message: 'must be an id', messageKey: 'validation.mustBeId' },
      ]),
    );
  });

  it('caps nesting depth', () => {
    let deep: Record<string, unknown> = { name: { eq: 'x' } };
    for (let i = 0; i < 10; i++) deep = { not: deep };
    expect(errorsOf(() => compileFilter(deep, fields))[0].message).toMatch(/deeper than/);
  });
});

describe('compileFilter operand checks', () => {
  const only = (filter: unknown) => errorsOf(() => compileFilter(filter, fields));

  it('keeps each operand within what its column holds', () => {
    expect(only({ score: { gte: 9007199254740992 } })).toEqual([
      { path: 'filter.score.gte', message: 'must be a whole number between -2147483648 and 2147483647', messageKey: 'validation.integerRange', params: { min: -2147483648, max: 2147483647 } },
    ]);
    expect(only({ score: { lt: 2 ** 31 } })[0].path).toBe('filter.score.lt');
    expect(only({ score: { eq: 1.5 } })[0].path).toBe('filter.score.eq');
    expect(only({ score: { in: [1, '2'] } })[0].path).toBe('filter.score.in.1');
    expect(compileFilter({ score: { gte: -(2 ** 31), lte: 2 ** 31 - 1 } }, fields).params).toEqual({ f0: -(2 ** 31), f1: 2 ** 31 - 1 });
    expect(only({ amount: { gt: 1e300 } })[0].path).toBe('filter.amount.gt');
    expect(only({ amount: { gt: '5' } })[0].path).toBe('filter.amount.gt');
    expect(compileFilter({ amount: { gt: 1234.56 } }, fields).params).toEqual({ f0: 1234.56 });
  });

  it('takes only ISO 8601 strings (or Dates) for date-times, within the years timestamptz and JavaScript share', () => {
    for (const bad of [true, 0, 1700000000000, '1', 'yesterday', '+275760-09-13T00:00:00Z', new Date(-8.64e15), new Date('x')]) {
      expect(only({ createdAt: { gte: bad } })).toEqual([{ path: 'filter.createdAt.gte', message: 'must be an ISO 8601 date-time, e.g. 2024-05-01T09:00:00Z', messageKey: 'validation.dateTime' }]);
    }
    expect(compileFilter({ createdAt: { gte: '2024-05-01' } }, fields).params).toEqual({ f0: new Date('2024-05-01') });
  });

  it('takes only canonical uuids as ids, booleans as booleans and bounded text as text', () => {
    expect(only({ teamId: { eq: '-'.repeat(36) } })[0].path).toBe('filter.teamId.eq');
    expect(only({ active: { eq: 'true' } })[0].path).toBe('filter.active.eq');
    expect(only({ name: { contains: 'x'.repeat(1001) } })).toEqual([{ path: 'filter.name.contains', message: 'may be at most 1000 characters', messageKey: 'validation.textTooLong', params: { max: 1000 } }]);
    expect(only({ name: { in: ['ok', 'x'.repeat(1001)] } })[0].path).toBe('filter.name.in.1');
    expect(compileFilter({ name: { eq: 'x'.repeat(1000) } }, fields).sql).toBe('u.name = :f0');
  });

  it('refuses NUL, lone surrogates and prototype keys with their path, before looking at fields', () => {
    expect(only({ name: { contains: 'a\u0000' } })).toEqual([{ path: 'filter.name.contains', message: 'must not contain the NUL character (U+0000)', messageKey: 'validation.nul' }]);
    expect(only({ or: [{ name: { eq: '\uD800' } }] })[0].path).toBe('filter.or.0.name.eq');
    expect(only(JSON.parse('{"__proto__":{"eq":1}}'))).toEqual([{ path: 'filter.__proto__', message: 'is a reserved name and cannot be used as a key', messageKey: 'validation.reservedKey' }]);
    expect(only({ constructor: { eq: 1 } })[0].path).toBe('filter.constructor');
  });

  it('never finds Object.prototype members as fields or custom fields', () => {
    expect(only({ toString: { eq: 'x' } })).toEqual([{ path: 'filter.toString', message: 'unknown field "toString"', messageKey: 'validation.unknownField', params: { field: 'toString' } }]);
    expect(only({ customFields: { _proto__: { eq: 1 }, toString: { eq: 1 } } }).map((e) => e.path)).toEqual(['filter.customFields._proto__', 'filter.customFields.toString']);
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
