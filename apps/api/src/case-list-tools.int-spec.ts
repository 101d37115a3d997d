import { Role } from '@rapport/shared-domain';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * The case list's working tools (issue 18 item 9), server side: its saved views are filed under
 * `cases` (the web-core list tools' name for the list) and shared ones shown only to those who read
 * cases; the filter builder's filters (priority, a custom field, the team the case is worked in)
 * are what `cases(filter:)` takes, within what the caller may see (a rep: their customers' cases).
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });

const SAVE = 'mutation($i: SaveViewInput!) { saveView(input: $i) { view { id name shared mine definition } } }';
const VIEWS = '{ savedViews(objectType: "cases") { id name shared mine definition } }';
const CASES = 'query($f: CaseFilter, $o: [CaseOrderBy!]) { cases(first: 50, filter: $f, orderBy: $o) { totalCount edges { node { id priority teamId customFields } } } }';
type View = { id: string; name: string; shared: boolean; mine: boolean; definition: Record<string, unknown> };
type Listed = { cases: { totalCount: number; edges: { node: { id: string; priority: string; teamId: string | null; customFields: Record<string, unknown> } }[] } };

let manager: ApiClient;
let agent: ApiClient;
let rep: ApiClient;
let hotline: string;
let accounts: string[];
const k: Record<'urgentNorth' | 'normalNorth' | 'highSouth' | 'elsewhereUrgentNorth', string> = {} as never;

/** What the builder sends for "priority is high or urgent" and "region is North" (see filter-model). */
const BUILDER = { and: [{ priority: { in: ['HIGH', 'URGENT'] } }, { customFields: { service_region: { in: ['North'] } } }] };
/** The page adds its own quick filters; here: only this spec's customers' cases. */
const within = (f: Record<string, unknown>) => ({ and: [{ accountId: { in: accounts } }, f] });
const ids = async (c: ApiClient, filter: Record<string, unknown>, orderBy?: unknown) =>
  (await c.gqlOk<Listed>(CASES, { f: within(filter), o: orderBy })).cases.edges.map((e) => e.node.id);

beforeAll(async () => {
  const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  await admin.gqlOk('mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { definition { key } } }', {
    i: { objectType: 'CASE', key: 'service_region', label: 'Region', type: 'SELECT', options: ['North', 'South'] },
  });
  hotline = (await api.ctx.newTeam({ name: 'Hotline' })).id;
  const agentUser = await api.ctx.newUser({ role: Role.ServiceAgent, teamId: hotline });
  const repUser = await api.ctx.newUser({ role: Role.SalesRep });
  manager = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceManager })).email);
  agent = await api.signedIn(agentUser.email);
  rep = await api.signedIn(repUser.email);
  // The rep's customer, and one the rep may not read; the cases are the agent's, worked in the hotline.
  const repAccount = (await api.ctx.newAccount({ name: 'Rep’s customer', owner: { owner: repUser.id, team: null } })).id;
  const otherAccount = (await api.ctx.newAccount({ name: 'Someone else’s', owner: { owner: agentUser.id, team: null } })).id;
  accounts = [repAccount, otherAccount];
  const make = async (accountId: string, priority: 'low' | 'normal' | 'high' | 'urgent', region: string) =>
    (await api.ctx.newCase({ accountId, priority, customFields: { service_region: region }, owner: { owner: agentUser.id, team: hotline } })).id;
  k.urgentNorth = await make(repAccount, 'urgent', 'North');
  k.normalNorth = await make(repAccount, 'normal', 'North');
  k.highSouth = await make(repAccount, 'high', 'South');
  k.elsewhereUrgentNorth = await make(otherAccount, 'urgent', 'North');
});

describe('case list tools', () => {
  it('takes the builder’s filter on priority and a custom field, within what the caller may see', async () => {
    expect(new Set(await ids(manager, BUILDER))).toEqual(new Set([k.urgentNorth, k.elsewhereUrgentNorth]));
    expect(new Set(await ids(agent, BUILDER))).toEqual(new Set([k.urgentNorth, k.elsewhereUrgentNorth]));
    // A rep sees their customers' cases only: the other account's urgent northern case is not there.
    expect(await ids(rep, BUILDER)).toEqual([k.urgentNorth]);
    // "Is not" and "is empty" of the builder: outside the north, or no region at all.
    const notNorth = { or: [{ not: { customFields: { service_region: { in: ['North'] } } } }, { customFields: { service_region: { isNull: true } } }] };
    expect(await ids(rep, notNorth)).toEqual([k.highSouth]);
  });

  it('filters on the team (the queue the case is worked in) and shows it on each case', async () => {
    const listed = await manager.gqlOk<Listed>(CASES, { f: within({ teamId: { in: [hotline] } }) });
    expect(listed.cases.totalCount).toBe(4);
    expect(listed.cases.edges.every((e) => e.node.teamId === hotline)).toBe(true);
    expect((await manager.gqlOk<Listed>(CASES, { f: within({ teamId: { isNull: true } }) })).cases.totalCount).toBe(0);
  });

  it('files a view under `cases`, gives it back as saved, and its filter and order work on the list', async () => {
    const definition = {
      version: 1,
      filter: BUILDER,
      orderBy: [{ field: 'PRIORITY', direction: 'DESC' }],
      columns: ['number', 'subject', 'priority', 'team', 'cf:service_region'],
      hiddenColumns: ['team'],
      builder: { type: 'group', id: 'g', match: 'and', items: [{ type: 'condition', id: 'c', field: 'priority', op: 'in', value: ['HIGH', 'URGENT'] }] },
      sort: { column: 'priority', descending: true },
    };
    const saved = (await agent.gqlOk<{ saveView: { view: View } }>(SAVE, { i: { objectType: 'cases', name: 'Urgent north', definition } })).saveView.view;
    expect(saved).toMatchObject({ name: 'Urgent north', shared: false, mine: true, definition });
    const back = (await agent.gqlOk<{ savedViews: View[] }>(VIEWS)).savedViews.find((v) => v.id === saved.id);
    expect(back).toEqual(saved);
    // Another list's views are apart.
    expect((await agent.gqlOk<{ savedViews: View[] }>('{ savedViews(objectType: "campaigns") { id } }')).savedViews.map((v) => v.id)).not.toContain(saved.id);

    const stored = back!.definition as { filter: Record<string, unknown>; orderBy: unknown };
    expect(new Set(await ids(agent, stored.filter, stored.orderBy))).toEqual(new Set([k.urgentNorth, k.elsewhereUrgentNorth]));
    expect(await ids(rep, stored.filter, stored.orderBy)).toEqual([k.urgentNorth]);
    const all = await ids(manager, {}, stored.orderBy);
    expect(all.indexOf(k.normalNorth)).toBeGreaterThan(all.indexOf(k.highSouth));
  });

  it('lets a service manager share a case view with those who read cases, and an agent not share one', async () => {
    const definition = { filter: { teamId: { in: [hotline] } } };
    const shared = (await manager.gqlOk<{ saveView: { view: View } }>(SAVE, { i: { objectType: 'cases', name: 'Hotline queue', shared: true, definition } })).saveView.view;
    expect(shared).toMatchObject({ shared: true, mine: true });
    expect((await agent.gqlOk<{ savedViews: View[] }>(VIEWS)).savedViews.find((v) => v.id === shared.id)).toMatchObject({ name: 'Hotline queue', shared: true, mine: false });
    // A rep reads (their customers') cases: the shared view is theirs to apply too.
    expect((await rep.gqlOk<{ savedViews: View[] }>(VIEWS)).savedViews.map((v) => v.id)).toContain(shared.id);
    // Marketing does not read cases, and is not told what shared case views filter on.
    const marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
    expect((await marketer.gqlOk<{ savedViews: View[] }>(VIEWS)).savedViews).toEqual([]);

    const refused = await agent.gql(SAVE, { i: { objectType: 'cases', name: 'For everyone', shared: true, definition } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });
});
