import { Actor, Role } from '@rapport/shared-domain';
import { COUNT_CAP, listPage, Page } from '@rapport/shared-database';
import { TestContext } from '@rapport/shared-testing';
import { normalizePersonName } from '@rapport/sales-domain';
import { ContactEntity, SALES_ENTITIES } from './entities';
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

const list = (actor: Actor, args: { first?: number; after?: string | null; filter?: unknown; direction?: 'ASC' | 'DESC' }) =>
  listPage(
    repo.contacts(actor, 'read'),
    'c',
    CONTACT_FIELDS,
    { first: args.first ?? 500, after: args.after, filter: args.filter, orderBy: [{ field: 'lastName', direction: args.direction ?? 'ASC' }] },
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

describe('the capped count', () => {
  it('counts own, team and shared rows once each', async () => {
    // rep: own 2 × names + 2 shared from outside; manager: the team's 2 × names + the team share.
    expect(await (await list(rep, {})).totalCount).toBe(NAMES.length * 2 + 2);
    expect(await (await list(manager, {})).totalCount).toBe(NAMES.length * 2 + 1);
    expect(await (await list(rep, { filter: { lastName: { startsWith: 'wa' } } })).totalCount).toBe(11);
    const admin: Actor = { userId: otherId, role: Role.Admin, teamId: null, teamIds: [] };
    const all = await list(admin, {});
    expect([await all.totalCount, await all.totalCountCapped]).toEqual([NAMES.length * 3, false]);
  });

  it('stops at COUNT_CAP and says so', async () => {
    // Set-based on purpose: 10,000 rows one factory call at a time would make this test many times slower.
    await ctx.ds.query(
      `INSERT INTO contact (first_name, last_name, name_normalized, owner_id, team_id) SELECT 'Many', 'Many', 'many many', $1, $2 FROM generate_series(1, $3)`,
      [rep.userId, rep.teamId, COUNT_CAP],
    );
    const page = await list(rep, { first: 5 });
    expect([await page.totalCount, await page.totalCountCapped]).toEqual([COUNT_CAP, true]);
    const narrow = await list(rep, { first: 5, filter: { lastName: { startsWith: 'wal' } } });
    expect([await narrow.totalCount, await narrow.totalCountCapped]).toEqual([7, false]);
  });
});
