import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Changing a planned visit (issue 18 item 7): a dispatcher corrects its description, address or
 * required skill, recorded once on the case's history; only what was given changes; bad values are
 * refused by field, others are refused or not told, and a visit that is over stays as it was.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
const WO = 'id description requiredSkill requiredLevel status address { street city postalCode }';
type Wo = { id: string; description: string; requiredSkill: string | null; requiredLevel: number; status: string; address: { street: string; city: string; postalCode: string } };
const update = (c: ApiClient, input: Record<string, unknown>) => c.gql<{ updateWorkOrder: { workOrder: Wo } }>(`mutation($i: UpdateWorkOrderInput!) { updateWorkOrder(input: $i) { workOrder { ${WO} } } }`, { i: input });
const historyKinds = async (c: ApiClient, caseId: string) => (await c.gqlOk<{ case: { history: { kind: string }[] } }>('query($id: ID!) { case(id: $id) { history { kind } } }', { id: caseId })).case.history.map((h) => h.kind);

let dispatcher: ApiClient;
let technician: ApiClient;
let marketer: ApiClient;
let caseId: string;

beforeAll(async () => {
  dispatcher = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceManager })).email);
  const tech = await api.ctx.newUser({ role: Role.SalesRep });
  technician = await api.signedIn(tech.email);
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  caseId = (await api.ctx.newCase({ owner: { owner: tech.id, team: null } })).id;
  for (const key of ['boiler', 'pump']) {
    await dispatcher.gqlOk('mutation($i: SaveServiceSkillInput!) { saveServiceSkill(input: $i) { key } }', { i: { key, nameEn: key, nameZhCn: key, nameZhTw: key } });
  }
});

const planned = async () =>
  (
    await dispatcher.gqlOk<{ createWorkOrder: { workOrder: Wo } }>(`mutation($i: CreateWorkOrderInput!) { createWorkOrder(input: $i) { workOrder { ${WO} } } }`, {
      i: { caseId, description: 'Check the pump', address: { street: '1 Nanjing Rd', city: 'Shanghai', postalCode: '200001' }, requiredSkill: 'pump' },
    })
  ).createWorkOrder.workOrder;

describe('changing a planned visit', () => {
  it('changes only what is given, records it once on the case, and clears the skill with null', async () => {
    const w = await planned();
    const res = await update(dispatcher, { workOrderId: w.id, address: { street: '  88 Century Ave ', city: 'Shanghai' }, requiredSkill: 'boiler', requiredLevel: 3 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateWorkOrder.workOrder).toMatchObject({ description: 'Check the pump', requiredSkill: 'boiler', requiredLevel: 3, address: { street: '88 Century Ave', city: 'Shanghai', postalCode: '' } });
    expect((await historyKinds(dispatcher, caseId)).filter((k) => k === 'work_order_changed')).toHaveLength(1);
    // The same values again change nothing and record nothing.
    await update(dispatcher, { workOrderId: w.id, requiredSkill: 'boiler' });
    expect((await historyKinds(dispatcher, caseId)).filter((k) => k === 'work_order_changed')).toHaveLength(1);
    const cleared = await update(dispatcher, { workOrderId: w.id, requiredSkill: null, description: 'Replace the valve' });
    expect(cleared.data!.updateWorkOrder.workOrder).toMatchObject({ requiredSkill: null, description: 'Replace the valve', address: { street: '88 Century Ave' } });
  });

  it('refuses an unknown skill and an address without street or city by field, and leaves the visit as it was', async () => {
    const w = await planned();
    const fields = async (input: Record<string, unknown>) => (await update(dispatcher, { workOrderId: w.id, ...input })).errors?.[0]?.extensions?.['fields'];
    expect(await fields({ requiredSkill: 'welding' })).toEqual([expect.objectContaining({ path: 'input.requiredSkill', message: 'This skill does not exist.' })]);
    expect(await fields({ address: { street: ' ', city: '' } })).toEqual([expect.objectContaining({ path: 'input.address', message: 'Give the address of the visit.' })]);
    expect((await update(dispatcher, { workOrderId: w.id, requiredLevel: 9 })).errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    const again = await dispatcher.gqlOk<{ workOrder: Wo }>(`query($id: ID!) { workOrder(id: $id) { ${WO} } }`, { id: w.id });
    expect(again.workOrder).toEqual(w);
  });

  it('is for dispatchers: the technician sent is refused, a marketer is not told the visit exists; a cancelled visit stays as it was', async () => {
    const w = await planned();
    const techUser = (await technician.gqlOk<{ me: { id: string } }>('{ me { id } }')).me.id;
    await dispatcher.gqlOk('mutation($i: AssignTechnicianInput!) { assignTechnician(input: $i) { workOrder { id } } }', { i: { workOrderId: w.id, technicianId: techUser } });
    expect((await update(technician, { workOrderId: w.id, description: 'Mine now' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await update(marketer, { workOrderId: w.id, description: 'Mine now' })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    await dispatcher.gqlOk('mutation($i: MoveWorkOrderInput!) { moveWorkOrder(input: $i) { workOrder { id } } }', { i: { workOrderId: w.id, status: 'CANCELLED' } });
    const late = await update(dispatcher, { workOrderId: w.id, description: 'Too late' });
    expect(late.errors?.[0]).toMatchObject({ message: 'This visit is no longer planned.', extensions: { code: 'VALIDATION_FAILED' } });
  });
});
