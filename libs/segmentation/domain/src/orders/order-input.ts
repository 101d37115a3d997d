import { OrderStatus } from '../enums';
import type { RuleProblem } from '../rules/segment-rule';

/**
 * Orders as integrators and imports send them (issue 17 item 1), checked row by row with a problem
 * on each field path (`orders.12.amount`), so a batch of 10,000 reports every mistake at once and
 * stores nothing until all are right. The customer is a contact id or an email address (an unknown
 * address becomes a contact only when the caller asks for that).
 */
export interface OrderLineInput {
  productId: string | null;
  sku: string | null;
  productLine: string | null;
  quantity: string;
  amount: string;
}

export interface CheckedOrder {
  externalId: string;
  contactId: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  orderedAt: Date;
  currency: string;
  amount: string;
  status: OrderStatus;
  lines: OrderLineInput[];
}

export const MAX_ORDERS_PER_REQUEST = 10_000;
export const MAX_LINES_PER_ORDER = 200;
const MAX_PROBLEMS = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;
const CURRENCY = /^[A-Z]{3}$/;
const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** numeric(18,2): up to 16 digits before the point, 2 after. */
const DECIMAL = /^\d{1,16}(\.\d{1,2})?$/;
const QUANTITY = /^\d{1,11}(\.\d{1,3})?$/;
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function decimal(value: unknown, pattern: RegExp): string | null {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : null;
  return text !== null && pattern.test(text) ? text : null;
}

function optionalText(value: unknown, max: number): string | null | undefined {
  if (value === undefined || value === null || value === '') return null;
  return typeof value === 'string' && value.trim().length <= max ? value.trim() || null : undefined;
}

export function checkOrders(rows: unknown, path = 'orders'): { orders: CheckedOrder[]; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  if (!Array.isArray(rows) || rows.length === 0) return { orders: [], problems: [{ path, message: 'must be a list of 1 or more orders' }] };
  if (rows.length > MAX_ORDERS_PER_REQUEST) return { orders: [], problems: [{ path, message: `may hold at most ${MAX_ORDERS_PER_REQUEST} orders` }] };
  const orders: CheckedOrder[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const order = checkOrder(row, `${path}.${i}`, problems);
    if (!order) return;
    const earlier = seen.get(order.externalId);
    if (earlier !== undefined) problems.push({ path: `${path}.${i}.externalId`, message: `is also the external id of order ${earlier}` });
    seen.set(order.externalId, i);
    orders.push(order);
  });
  return { orders: problems.length ? [] : orders, problems };
}

function checkOrder(row: unknown, path: string, problems: RuleProblem[]): CheckedOrder | null {
  if (!isObject(row)) {
    problems.push({ path, message: 'must be an order object' });
    return null;
  }
  const before = problems.length;
  const fail = (field: string, message: string) => problems.push({ path: `${path}.${field}`, message });
  const known = ['externalId', 'contactId', 'email', 'firstName', 'lastName', 'orderedAt', 'currency', 'amount', 'status', 'lines'];
  for (const key of Object.keys(row)) if (!known.includes(key)) fail(key, 'is not a field of an order');

  const externalId = typeof row['externalId'] === 'string' ? row['externalId'].trim() : '';
  if (!externalId || externalId.length > 200) fail('externalId', 'give the order’s id in your system (1 to 200 characters)');
  const contactId = row['contactId'] ?? null;
  if (contactId !== null && !UUID.test(String(contactId))) fail('contactId', 'must be a contact id');
  const email = row['email'] === undefined || row['email'] === null ? null : typeof row['email'] === 'string' ? row['email'].trim().toLowerCase() : '';
  if (email !== null && !EMAIL.test(email)) fail('email', 'must be an email address');
  if (contactId === null && email === null) fail('contactId', 'give the customer: a contact id or an email address');
  const firstName = optionalText(row['firstName'], 100);
  if (firstName === undefined) fail('firstName', 'must be text of at most 100 characters');
  const lastName = optionalText(row['lastName'], 100);
  if (lastName === undefined) fail('lastName', 'must be text of at most 100 characters');
  const at = typeof row['orderedAt'] === 'string' && ISO.test(row['orderedAt'].trim()) ? Date.parse(row['orderedAt'].trim()) : NaN;
  if (!(at >= EARLIEST && at < LATEST)) fail('orderedAt', 'must be a date or date-time such as 2026-03-31T14:00:00Z');
  const currency = typeof row['currency'] === 'string' ? row['currency'].trim().toUpperCase() : '';
  if (!CURRENCY.test(currency)) fail('currency', 'must be a three-letter currency code such as CNY');
  const amount = decimal(row['amount'], DECIMAL);
  if (amount === null) fail('amount', 'must be an amount of 0 or more with at most 2 decimals');
  const status = (row['status'] ?? OrderStatus.Completed) as OrderStatus;
  if (!Object.values(OrderStatus).includes(status)) fail('status', `must be one of: ${Object.values(OrderStatus).join(', ')}`);
  const lines = checkLines(row['lines'], `${path}.lines`, problems);
  if (problems.length > before) return null;
  return { externalId, contactId: contactId as string | null, email, firstName: firstName ?? null, lastName: lastName ?? null, orderedAt: new Date(at), currency, amount: amount!, status, lines };
}

function checkLines(value: unknown, path: string, problems: RuleProblem[]): OrderLineInput[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > MAX_LINES_PER_ORDER) {
    problems.push({ path, message: `must be a list of at most ${MAX_LINES_PER_ORDER} lines` });
    return [];
  }
  return value.map((line, i) => {
    const here = `${path}.${i}`;
    if (!isObject(line)) {
      problems.push({ path: here, message: 'must be a line object' });
      return null as never;
    }
    for (const key of Object.keys(line)) if (!['productId', 'sku', 'productLine', 'quantity', 'amount'].includes(key)) problems.push({ path: `${here}.${key}`, message: 'is not a field of an order line' });
    const productId = line['productId'] ?? null;
    if (productId !== null && !UUID.test(String(productId))) problems.push({ path: `${here}.productId`, message: 'must be a product id' });
    const sku = optionalText(line['sku'], 100);
    if (sku === undefined) problems.push({ path: `${here}.sku`, message: 'must be text of at most 100 characters' });
    const productLine = optionalText(line['productLine'], 100);
    if (productLine === undefined) problems.push({ path: `${here}.productLine`, message: 'must be text of at most 100 characters' });
    const quantity = line['quantity'] === undefined ? '1' : decimal(line['quantity'], QUANTITY);
    if (quantity === null) problems.push({ path: `${here}.quantity`, message: 'must be a quantity of 0 or more with at most 3 decimals' });
    const amount = decimal(line['amount'], DECIMAL);
    if (amount === null) problems.push({ path: `${here}.amount`, message: 'must be an amount of 0 or more with at most 2 decimals' });
    return { productId: productId as string | null, sku: sku ?? null, productLine: productLine ?? null, quantity: quantity ?? '1', amount: amount ?? '0' };
  });
}
