import { Role } from '@rapport/shared-domain';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

// What sales.int-spec.ts leaves out of saved views: changing and deleting your own, another
// person's staying out of reach for both, the size cap on a definition, and the campaign list's
// views (filed under `campaigns`, the web-core list tools' name for it).
const api = useTestApi();
let rep: ApiClient;
let other: ApiClient;

beforeAll(async () => {
  rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
  other = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
});

const SAVE = 'mutation($i: SaveViewInput!) { saveView(input: $i) { view { id name shared mine definition } } }';
const DELETE = 'mutation($i: DeleteViewInput!) { deleteView(input: $i) { view { id name mine } } }';
const LIST = '{ savedViews(objectType: "contacts") { id name mine definition } }';
type View = { id: string; name: string; mine: boolean; definition: Record<string, unknown> };

describe('saved views', () => {
  it('lets the owner rename, redefine and delete a view, and nobody else', async () => {
    const created = (await rep.gqlOk<{ saveView: { view: View } }>(SAVE, { i: { objectType: 'contacts', name: ' Shanghai contacts ', definition: { filter: { city: { eq: '上海' } } } } })).saveView.view;
    expect(created).toMatchObject({ name: 'Shanghai contacts', shared: false, mine: true });

    const renamed = await rep.gqlOk<{ saveView: { view: View } }>(SAVE, { i: { id: created.id, objectType: 'contacts', name: 'East China', definition: { filter: { city: { in: ['上海', '杭州'] } } } } });
    expect(renamed.saveView.view).toMatchObject({ id: created.id, name: 'East China', mine: true, definition: { filter: { city: { in: ['上海', '杭州'] } } } });

    // Someone else can neither overwrite nor delete it: it reads as missing, and stays as it was.
    const overwrite = await other.gql(SAVE, { i: { id: created.id, objectType: 'contacts', name: 'Mine now', definition: {} } });
    expect(overwrite.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await other.gql(DELETE, { i: { id: created.id } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await other.gqlOk<{ savedViews: View[] }>(LIST)).savedViews.map((v) => v.id)).not.toContain(created.id);
    expect((await rep.gqlOk<{ savedViews: View[] }>(LIST)).savedViews.find((v) => v.id === created.id)).toMatchObject({ name: 'East China', mine: true });

    const deleted = await rep.gqlOk<{ deleteView: { view: View } }>(DELETE, { i: { id: created.id } });
    expect(deleted.deleteView.view).toEqual({ id: created.id, name: 'East China', mine: true });
    expect((await rep.gqlOk<{ savedViews: View[] }>(LIST)).savedViews.map((v) => v.id)).not.toContain(created.id);
  });

  it('files the views of the campaign list under `campaigns`, apart from other lists; a marketer may not share them', async () => {
    const marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
    const definition = { filter: { type: { in: ['ADVERTISING'] } }, hiddenColumns: ['channel'], sort: { column: 'budget', descending: true } };
    const created = (await marketer.gqlOk<{ saveView: { view: View } }>(SAVE, { i: { objectType: 'campaigns', name: 'Paid ads', definition } })).saveView.view;
    expect(created).toMatchObject({ name: 'Paid ads', shared: false, mine: true, definition });
    const campaignViews = (await marketer.gqlOk<{ savedViews: View[] }>('{ savedViews(objectType: "campaigns") { id name mine definition } }')).savedViews;
    expect(campaignViews.map((v) => v.id)).toEqual([created.id]);
    expect((await marketer.gqlOk<{ savedViews: View[] }>(LIST)).savedViews.map((v) => v.id)).not.toContain(created.id);

    const shared = await marketer.gql(SAVE, { i: { objectType: 'campaigns', name: 'For everyone', shared: true, definition } });
    expect(shared.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(shared.errors?.[0].extensions?.fields?.[0].path).toBe('input.shared');
  });

  it('shows a shared view only to those who may read the list’s records', async () => {
    const manager = await api.signedIn((await api.ctx.newUser({ role: Role.SalesManager })).email);
    const definition = { filter: { type: { in: ['EVENT'] } } };
    const shared = (await manager.gqlOk<{ saveView: { view: View } }>(SAVE, { i: { objectType: 'campaigns', name: 'Team events', shared: true, definition } })).saveView.view;
    const campaignViews = '{ savedViews(objectType: "campaigns") { id } }';
    // A rep reads campaigns; a service agent does not, and is not told what the shared campaign views filter on.
    expect((await rep.gqlOk<{ savedViews: View[] }>(campaignViews)).savedViews.map((v) => v.id)).toContain(shared.id);
    const agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
    expect((await agent.gqlOk<{ savedViews: View[] }>(campaignViews)).savedViews).toEqual([]);
    // A list the server does not know shows only one's own views.
    const odd = (await manager.gqlOk<{ saveView: { view: View } }>(SAVE, { i: { objectType: 'oddities', name: 'Shared odd', shared: true, definition } })).saveView.view;
    expect((await rep.gqlOk<{ savedViews: View[] }>('{ savedViews(objectType: "oddities") { id } }')).savedViews).toEqual([]);
    expect((await manager.gqlOk<{ savedViews: View[] }>('{ savedViews(objectType: "oddities") { id } }')).savedViews.map((v) => v.id)).toEqual([odd.id]);
  });

  it('refuses a definition over the size cap, on the definition', async () => {
    const big = { columns: Array.from({ length: 2_500 }, (_, i) => `column${i}`) };
    const r = await rep.gql(SAVE, { i: { objectType: 'contacts', name: 'Too big', definition: big } });
    expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(r.errors?.[0].extensions?.fields?.[0].path).toBe('input.definition');
    expect((await rep.gqlOk<{ savedViews: View[] }>(LIST)).savedViews.map((v) => v.name)).not.toContain('Too big');
  });
});
