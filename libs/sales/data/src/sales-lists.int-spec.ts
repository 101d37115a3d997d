import type { SelectQueryBuilder } from 'typeorm';
import { Actor, Role } from '@rapport/shared-domain';
import { COUNT_CAP, listPage, Page, plainRows, readEntities } from '@rapport/shared-database';
import { TestContext } from '@rapport/shared-testing';
import { normalizePersonName } from '@rapport/sales-domain';
import { AccountEntity, ContactEntity, SALES_ENTITIES } from './entities';
import { CONTACT_FIELDS, FOLDED_SORT, SalesRepository } from './repositories';

/**
 * The list machinery on real PostgreSQL: case-folded prefix ranges match exactly what ILIKE
 * matched, the folded name order pages by cursor without gaps or repeats, and the capped count
 * counts each visible row once whichever way (own, team, shared) it is visible.
 */
let ctx: TestContext;
let repo: SalesRepository;
let rep: Actor;
let manager: Actor;
let otherId: string;

const NAMES = ['walker', 'Walker', 'WALLACE', 'Ward', 'wa', 'Wb', 'Vance', 'wu', '王', '王五', '汪', 'Zhang', 'de Vries', 'Ängström', 'ängel', 'O\'Brien', '50%', '5_0', 'İpek'];

beforeAll(async () => {
  ctx = await TestContext.create({ entities: SALES_ENTITIES });
  repo = new SalesRepository(ctx.ds);
  const team = await ctx.newTeam({ name: 'Lists' });
  const repUser = await ctx.newUser({ role: Role.SalesRep, teamId: team.id });
  const managerUser = await ctx.newUser({ role: Role.SalesManager, teamId: team.id });
  const other = await ctx.newUser({ role: Role.SalesRep });
  otherId = other.id;
  rep = { userId: repUser.id, role: Role.SalesRep, teamId: team.id, teamIds: [team.id] };
  manager = { userId: managerUser.id, role: Role.SalesManager, teamId: team.id, teamIds: [team.id] };
  // Each name twice for the rep (equal sort keys: the id breaks the tie), once for someone outside the team.
  // (One multi-row insert through the entity: the contacts' columns and defaults come from ContactEntity.)
  const contacts = ctx.ds.getRepository(ContactEntity);
  for (const [owner, teamId, times] of [[repUser.id, team.id, 2], [other.id, null, 1]] as const) {
    await contacts.insert(NAMES.flatMap((n) => Array.from({ length: times }, () => ({ firstName: 'F', lastName: n, nameNormalized: normalizePersonName('F', n), ownerId: owner, teamId }))));
  }
  // Two of the outsider's contacts are shared with the rep: one directly, one with the rep's team.
  const walker = await contacts.findOneByOrFail({ ownerId: other.id, lastName: 'Walker' });
  const zhang = await contacts.findOneByOrFail({ ownerId: other.id, lastName: 'Zhang' });
  await ctx.newShare({ objectType: 'contact', recordId: walker.id, userId: repUser.id });
  await ctx.newShare({ objectType: 'contact', recordId: zhang.id, teamId: team.id });
  // And one of the rep's own contacts is shared with the rep's team too: still one row.
  const ward = await contacts.findOneByOrFail({ ownerId: repUser.id, lastName: 'Ward' });
  await ctx.newShare({ objectType: 'contact', recordId: ward.id, teamId: team.id });
});

afterAll(async () => {
  await ctx?.close();
});

const list = (actor: Actor, args: { first?: number; after?: string | null; filter?: unknown; direction?: 'ASC' | 'DESC'; count?: boolean }) =>
  listPage(
    repo.contacts(actor, 'read'),
    'c',
    CONTACT_FIELDS,
    { first: args.first ?? 500, after: args.after, filter: args.filter, orderBy: [{ field: 'lastName', direction: args.direction ?? 'ASC' }], count: args.count },
    { lastName: FOLDED_SORT('c.last_name') },
    { field: 'lastName', direction: 'ASC' },
    500,
  );

const names = (page: Page<ContactEntity>) => page.edges.map((e) => e.node.lastName);

async function visibleWhere(actor: Actor, sql: string, params: unknown[]): Promise<string[]> {
  const rows: { id: string }[] = await repo.contacts(actor, 'read').select('c.id', 'id').andWhere(sql.replace(/\$1/g, ':p'), { p: params[0] }).getRawMany();
  return rows.map((r) => r.id).sort();
}

describe('startsWith on a folded field', () => {
  it.each(['wa', 'Wa', 'WAL', 'w', '王', 'ä', 'Ä', '50%', '5_', 'o\'', 'i', 'zz', 'İ'])('matches exactly what ILIKE %s%% matched', async (prefix) => {
    const page = await list(rep, { filter: { lastName: { startsWith: prefix } } });
    const ilike = await visibleWhere(rep, `c.last_name ILIKE $1 || '%'`, [prefix.replace(/[\\%_]/g, (m) => `\\${m}`)]);
    expect(page.edges.map((e) => e.node.id).sort()).toEqual(ilike);
  });
});

describe('the folded name order', () => {
  it('sorts case-insensitively and pages by cursor without gaps or repeats, both ways', async () => {
    for (const direction of ['ASC', 'DESC'] as const) {
      const all = await list(manager, { direction });
      const folded = all.edges.map((e) => e.node.lastName.toLowerCase());
      expect(all.edges.length).toBe(NAMES.length * 2 + 1); // the team's rows and the share with the team
      const order = [...folded].sort((x, y) => (Buffer.compare(Buffer.from(x), Buffer.from(y)) * (direction === 'ASC' ? 1 : -1)));
      // JavaScript's toLowerCase and PostgreSQL's lower() agree on these names except İ.
      expect(folded.filter((n) => !n.startsWith('i'))).toEqual(order.filter((n) => !n.startsWith('i')));
      const paged: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const page: Page<ContactEntity> = await list(manager, { first: 3, after, direction });
        paged.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(paged).toEqual(all.edges.map((e) => e.node.id));
    }
  });

  it('keeps filter and order together on later pages', async () => {
    const first = await list(rep, { first: 3, filter: { lastName: { startsWith: 'wa' } } });
    const rest = await list(rep, { first: 50, after: first.pageInfo.endCursor, filter: { lastName: { startsWith: 'wa' } } });
    expect([...names(first), ...names(rest)].map((n) => n.toLowerCase())).toEqual(['wa', 'wa', 'walker', 'walker', 'walker', 'walker', 'walker', 'wallace', 'wallace', 'ward', 'ward']);
  });
});

// `count: true` (totalCount selected) reads the count in the page's statement; without it the count is its own, lazy query.
describe.each([false, true])('the capped count (in the page statement: %s)', (count) => {
  it('counts own, team and shared rows once each', async () => {
    // rep: own 2 × names + 2 shared from outside; manager: the team's 2 × names + the team share.
    expect(await (await list(rep, { count })).totalCount).toBe(NAMES.length * 2 + 2);
    expect(await (await list(manager, { count })).totalCount).toBe(NAMES.length * 2 + 1);
    expect(await (await list(rep, { count, filter: { lastName: { startsWith: 'wa' } } })).totalCount).toBe(11);
    const admin: Actor = { userId: otherId, role: Role.Admin, teamId: null, teamIds: [] };
    const all = await list(admin, { count });
    expect([await all.totalCount, await all.totalCountCapped]).toEqual([NAMES.length * 3, false]);
  });

  it('counts every matching row on a page past the last one, and on a page of none', async () => {
    const first = await list(rep, { count, first: 3, filter: { lastName: { startsWith: 'wa' } } });
    const rest = await list(rep, { count, first: 50, after: first.pageInfo.endCursor, filter: { lastName: { startsWith: 'wa' } } });
    const past = await list(rep, { count, first: 5, after: rest.pageInfo.endCursor, filter: { lastName: { startsWith: 'wa' } } });
    expect([past.edges.length, await past.totalCount]).toEqual([0, 11]);
    const none = await list(rep, { count, first: 0, filter: { lastName: { startsWith: 'wa' } } });
    expect([none.edges.length, none.pageInfo.hasNextPage, await none.totalCount]).toEqual([0, true, 11]);
  });
});

describe('rows read without TypeORM hydration', () => {
  it('are the entities getMany reads: dates, arrays, JSON, numeric strings and nulls alike', async () => {
    const account = await ctx.ds.getRepository(AccountEntity).save({ name: 'Plain rows GmbH', nameNormalized: 'plain rows gmbh', annualRevenue: '1234567.89', ownerId: rep.userId, teamId: rep.teamId, customFields: { tier_note: 'gold', n: 3 } } as Partial<AccountEntity>);
    await ctx.ds.getRepository(ContactEntity).update({ lastName: 'Ward', ownerId: rep.userId }, { accountId: account.id, emails: ['w@example.com', 'ward@example.com'], phones: ['+86 10 1234 5678'], customFields: { shoe: 42 } });
    const same = async <T extends object>(qb: SelectQueryBuilder<T>) => {
      const plain = await plainRows(qb);
      expect(plain?.entities).toEqual(await qb.getMany());
      expect(plain?.entities.length).toBeGreaterThan(0);
    };
    await same(repo.contacts(rep, 'read').orderBy('c.id'));
    await same(repo.accounts(rep, 'read').orderBy('a.id'));
    const ward = (await readEntities(repo.contacts(rep, 'read').andWhere('c.account_id = :id', { id: account.id })))[0]!;
    expect([ward.emails, ward.customFields, ward.createdAt instanceof Date, ward instanceof ContactEntity]).toEqual([['w@example.com', 'ward@example.com'], { shoe: 42 }, true, true]);
    // A partial selection reads only what was selected, as TypeORM does.
    const partial = await readEntities(repo.accounts(rep, 'read').select(['a.id', 'a.name']).andWhere('a.id = :id', { id: account.id }));
    expect(partial).toEqual(await repo.accounts(rep, 'read').select(['a.id', 'a.name']).andWhere('a.id = :id', { id: account.id }).getMany());
    expect(Object.keys(partial[0]!).sort()).toEqual(['id', 'name']);
  });

  it('leave a query with joins to TypeORM', async () => {
    expect(await plainRows(repo.contacts(rep, 'read').leftJoinAndSelect('c.account', 'acc'))).toBeUndefined();
    const joined = await readEntities(repo.contacts(rep, 'read').leftJoinAndSelect('c.account', 'acc').andWhere('acc.id IS NOT NULL'));
    expect(joined.map((c) => c.account?.name)).toEqual(['Plain rows GmbH', 'Plain rows GmbH']); // the rep's two Wards
  });
});

describe('the capped count at COUNT_CAP', () => {
  it('stops there and says so, in the page statement or not', async () => {
    // Set-based on purpose: 10,000 rows one factory call at a time would make this test many times slower.
    await ctx.ds.query(
      `INSERT INTO contact (first_name, last_name, name_normalized, owner_id, team_id) SELECT 'Many', 'Many', 'many many', $1, $2 FROM generate_series(1, $3)`,
      [rep.userId, rep.teamId, COUNT_CAP],
    );
    for (const count of [false, true]) {
      const page = await list(rep, { count, first: 5 });
      expect([await page.totalCount, await page.totalCountCapped]).toEqual([COUNT_CAP, true]);
      const narrow = await list(rep, { count, first: 5, filter: { lastName: { startsWith: 'wal' } } });
      expect([await narrow.totalCount, await narrow.totalCountCapped]).toEqual([7, false]);
    }
  });
});
