import { pageArgs, restFields, restPage } from './rest-page';

describe('REST pages', () => {
  it('asks for 20 rows unless the query says', () => {
    expect(pageArgs({})).toEqual({ first: 20, after: undefined });
    expect(pageArgs({ limit: 0, cursor: 'c' })).toEqual({ first: 0, after: 'c' });
  });

  it('answers the rows as DTOs, the next cursor only when there is a next page, and the total', async () => {
    const page = (hasNextPage: boolean) => ({ edges: [{ node: 1 }, { node: 2 }], pageInfo: { hasNextPage, endCursor: 'e' }, totalCount: Promise.resolve(7) });
    expect(await restPage(page(true), (n) => n * 10)).toEqual({ items: [10, 20], nextCursor: 'e', totalCount: 7 });
    expect((await restPage(page(false), String)).nextCursor).toBeNull();
  });

  it('copies the listed fields in order, dates as ISO 8601 text and null as null', () => {
    const row = { id: 'u1', createdAt: new Date('2026-11-23T02:00:00Z'), lastLoginAt: null as Date | null, secret: 'x' };
    const dto = restFields(row, ['id', 'lastLoginAt', 'createdAt']);
    expect(dto).toEqual({ id: 'u1', lastLoginAt: null, createdAt: '2026-11-23T02:00:00.000Z' });
    expect(Object.keys(dto)).toEqual(['id', 'lastLoginAt', 'createdAt']);
  });
});
