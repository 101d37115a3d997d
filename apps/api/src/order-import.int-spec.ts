import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { OrderImportService } from '@rapport/segmentation-api';
import { useTestApi } from './testing/test-api';

/**
 * Orders from a file (issue 17 item 1): upload with a suggested mapping, start, the job (run here as
 * the worker runs it) storing good orders and reporting bad rows by number, unknown customers
 * rejected or created by choice, and undo removing what the import created.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let admin: ApiClient;
let marketer: ApiClient;
const csv = [
  '订单号,邮箱,Date,Currency,Product line,Line amount',
  'F-1,known@example.com,2026/3/31,CNY,pumps,100.50',
  'F-1,known@example.com,2026/3/31,CNY,valves,20',
  'F-2,stranger@example.com,2026-04-02,CNY,pumps,80',
  'F-3,known@example.com,soon,CNY,pumps,10',
  'F-4,known@example.com,2026-04-03,CNY,pumps,55',
].join('\n');

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  await api.ctx.newContact({ firstName: 'Known', lastName: 'Buyer', emails: ['known@example.com'] });
  await api.ctx.ds.query(`INSERT INTO "order" (external_id, contact_id, ordered_at, currency, amount, status, source) SELECT 'F-4', id, '2026-01-01', 'CNY', 1, 'completed', 'api' FROM contact WHERE emails[1] = 'known@example.com'`);
});

async function upload(client: ApiClient): Promise<{ id: string; suggestedMapping: { column: string; field: string }[]; totalRows: number }> {
  const res = await client.post('/api/v1/order-imports').attach('file', Buffer.from(csv, 'utf8'), 'orders.csv');
  expect(res.status).toBe(201);
  return res.body;
}

const START = 'mutation($i: StartOrderImportInput!) { startOrderImport(input: $i) { status } }';
const STATE = 'query($id: ID!) { orderImport(id: $id) { status progress created updated customersCreated badRows problems { row column message } } }';

it('stores good orders, reports bad rows by number, rejects unknown customers unless asked, and undoes what it created', async () => {
  const up = await upload(marketer);
  expect(up.totalRows).toBe(5);
  expect(up.suggestedMapping.map((m) => m.field)).toEqual(['externalId', 'email', 'orderedAt', 'currency', 'productLine', 'lineAmount']);
  expect((await marketer.gqlOk<{ startOrderImport: { status: string } }>(START, { i: { importId: up.id, mapping: up.suggestedMapping, createCustomers: false } })).startOrderImport.status).toBe('queued');
  await api.app.get(OrderImportService).run(up.id);
  const { orderImport } = await marketer.gqlOk<{ orderImport: Record<string, unknown> }>(STATE, { id: up.id });
  expect(orderImport).toMatchObject({ status: 'succeeded', progress: 100, created: 1, updated: 1, customersCreated: 0, badRows: 2 });
  expect(orderImport['problems']).toEqual([
    { row: 4, column: 'email', message: expect.stringContaining('no contact has this address') },
    { row: 5, column: 'Date', message: expect.stringContaining('date') },
  ].map((p) => ({ ...p, column: p.column === 'email' ? '邮箱' : p.column })));
  // The report reads in the reader's language.
  const zh = await marketer.gqlOkIn<{ orderImport: { problems: { message: string }[] } }>('zh-CN', STATE, { id: up.id });
  expect(zh.orderImport.problems.map((p) => p.message)).toEqual(['没有联系人使用这个地址', '必须是日期或日期时间，例如 2026-03-31T14:00:00Z']);
  const [f1] = await api.ctx.ds.query(`SELECT o.amount, (SELECT count(*)::int FROM order_line l WHERE l.order_id = o.id) AS lines FROM "order" o WHERE external_id = 'F-1'`);
  expect(f1).toEqual({ amount: '120.50', lines: 2 });

  await marketer.gqlOk('mutation($i: OrderImportIdInput!) { undoOrderImport(input: $i) { status } }', { i: { id: up.id } });
  const left = await api.ctx.ds.query(`SELECT external_id, amount FROM "order" WHERE external_id LIKE 'F-%' ORDER BY 1`);
  // F-1 was created by the import and is gone; F-4 existed before and keeps the imported amount.
  expect(left).toEqual([{ external_id: 'F-4', amount: '55.00' }]);
});

it('creates unknown customers when asked, and only for those who may create contacts', async () => {
  const up = await upload(marketer);
  const refused = await marketer.gql(START, { i: { importId: up.id, mapping: up.suggestedMapping, createCustomers: true } });
  expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('input.createCustomers');
  const mine = await upload(admin);
  await admin.gqlOk(START, { i: { importId: mine.id, mapping: mine.suggestedMapping, createCustomers: true } });
  await api.app.get(OrderImportService).run(mine.id);
  const { orderImport } = await admin.gqlOk<{ orderImport: { customersCreated: number; badRows: number; created: number } }>(STATE, { id: mine.id });
  expect(orderImport).toMatchObject({ customersCreated: 1, badRows: 1, created: 2 });
  // Someone who does not import orders for the company sees no one else's import.
  const manager = await api.signedIn((await api.ctx.newUser({ role: Role.SalesManager })).email);
  expect((await manager.gqlOk<{ orderImport: unknown }>(STATE, { id: mine.id })).orderImport).toBeNull();
  expect((await marketer.gqlOk<{ orderImport: { created: number } }>(STATE, { id: mine.id })).orderImport.created).toBe(2);
});

it('refuses a mapping without the fields an order needs', async () => {
  const up = await upload(marketer);
  const res = await marketer.gql(START, { i: { importId: up.id, mapping: [{ column: '订单号', field: 'externalId' }], createCustomers: false } });
  expect(res.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('map a column to orderedAt');
});
