import { SearchArm, unionOfArms } from './search-union';

const arm = (type: string, sql: string, params: unknown[]): SearchArm => ({ type, query: { getQueryAndParameters: () => [sql, params] } as never });

describe('the global search as one statement', () => {
  it('renumbers each arm’s placeholders after those of the arms before it, the page size last', () => {
    const { sql, params } = unionOfArms(
      [arm('user', 'SELECT id, name AS title, NULL AS subtitle, 0.9 AS rank FROM app_user WHERE name ILIKE $1 OR email ILIKE $1 LIMIT 10', ['%wa%']), arm('contact', 'SELECT id, n AS title, e AS subtitle, similarity(n, $2) AS rank FROM contact WHERE n ILIKE $1 AND owner_id = $3 LIMIT 10', ['%wa%', 'wa', 'u-1'])],
      10,
    );
    expect(params).toEqual(['%wa%', '%wa%', 'wa', 'u-1', 10]);
    expect(sql).toContain('WHERE name ILIKE $1 OR email ILIKE $1 LIMIT 10');
    expect(sql).toContain('similarity(n, $3) AS rank FROM contact WHERE n ILIKE $2 AND owner_id = $4');
    expect(sql.endsWith('ORDER BY rank DESC, arm, ord LIMIT $5')).toBe(true);
    expect(sql.indexOf("'user'::text")).toBeLessThan(sql.indexOf("'contact'::text"));
  });

  it('puts only plain type names into the statement', () => {
    expect(() => unionOfArms([arm("x' OR 1=1 --", 'SELECT 1', [])], 10)).toThrow(/not a plain name/);
  });
});
