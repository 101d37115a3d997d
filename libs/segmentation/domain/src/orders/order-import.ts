import type { RuleProblem } from '../rules/segment-rule';
import { checkOrders, type CheckedOrder } from './order-input';

/**
 * Orders from a CSV or spreadsheet (issue 17 item 1): which column is which field (suggested from
 * the headers, English or Chinese), and the rows grouped into orders — rows with the same order id
 * are the lines of one order; the order's own fields come from its first row, and its amount is the
 * sum of its lines when the file has no order total. Each order is checked alone, so good orders
 * import and bad ones are reported by their row numbers.
 */
export const ORDER_IMPORT_FIELDS = [
  { key: 'externalId', required: true, synonyms: ['orderid', 'ordernumber', 'orderno', 'order', 'id', '订单号', '订单编号', '訂單編號', '訂單號'] },
  { key: 'email', required: false, synonyms: ['email', 'emailaddress', 'customeremail', 'mail', '邮箱', '电子邮件', '電子郵件', '郵箱'] },
  { key: 'contactId', required: false, synonyms: ['contactid', 'customerid'] },
  { key: 'firstName', required: false, synonyms: ['firstname', 'givenname', '名'] },
  { key: 'lastName', required: false, synonyms: ['lastname', 'surname', 'familyname', 'name', '姓', '姓名', '客户', '客戶'] },
  { key: 'orderedAt', required: true, synonyms: ['orderedat', 'orderdate', 'date', 'purchasedate', 'createdat', '日期', '下单时间', '订单日期', '訂單日期', '下單時間'] },
  { key: 'currency', required: true, synonyms: ['currency', 'currencycode', '币种', '貨幣', '幣別'] },
  { key: 'amount', required: false, synonyms: ['amount', 'total', 'ordertotal', 'totalamount', 'value', '金额', '总额', '訂單金額', '金額', '總額'] },
  { key: 'status', required: false, synonyms: ['status', 'orderstatus', '状态', '狀態'] },
  { key: 'sku', required: false, synonyms: ['sku', 'productcode', 'itemcode', 'product', '商品编码', '商品', '產品'] },
  { key: 'productLine', required: false, synonyms: ['productline', 'category', 'line', '产品线', '品类', '產品線', '類別'] },
  { key: 'quantity', required: false, synonyms: ['quantity', 'qty', '数量', '數量'] },
  { key: 'lineAmount', required: false, synonyms: ['lineamount', 'lineTotal', 'itemamount', 'linetotal', '行金额', '明细金额', '明細金額'] },
] as const;

export type OrderImportField = (typeof ORDER_IMPORT_FIELDS)[number]['key'];

export interface OrderColumnMapping {
  column: string;
  field: OrderImportField;
}

const headerKey = (h: string) => h.toLowerCase().replace(/[\s_\-./()]/g, '');

export function suggestOrderMapping(columns: readonly string[]): OrderColumnMapping[] {
  const taken = new Set<string>();
  const out: OrderColumnMapping[] = [];
  for (const column of columns) {
    const key = headerKey(column);
    const field = ORDER_IMPORT_FIELDS.find((f) => !taken.has(f.key) && (f.synonyms.map(headerKey).includes(key) || headerKey(f.key) === key));
    if (field) {
      taken.add(field.key);
      out.push({ column, field: field.key });
    }
  }
  return out;
}

export function checkOrderMapping(columns: readonly string[], mapping: readonly OrderColumnMapping[], path = 'input.mapping'): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const have = new Set(columns);
  const fields = new Set<string>();
  mapping.forEach((m, i) => {
    if (!have.has(m.column)) problems.push({ path: `${path}.${i}.column`, message: 'is not a column of the file' });
    if (!ORDER_IMPORT_FIELDS.some((f) => f.key === m.field)) problems.push({ path: `${path}.${i}.field`, message: 'is not a field of an order' });
    else if (fields.has(m.field)) problems.push({ path: `${path}.${i}.field`, message: 'is mapped from two columns' });
    fields.add(m.field);
  });
  for (const f of ORDER_IMPORT_FIELDS) if (f.required && !fields.has(f.key)) problems.push({ path, message: `map a column to ${f.key}` });
  if (!fields.has('email') && !fields.has('contactId')) problems.push({ path, message: 'map a column to email or contactId (the customer)' });
  if (!fields.has('amount') && !fields.has('lineAmount')) problems.push({ path, message: 'map a column to amount or lineAmount' });
  return problems;
}

export interface ImportRow {
  rowNo: number;
  cells: string[];
}

export interface RowProblem {
  row: number;
  column: string | null;
  message: string;
}

/** The orders of a file, each with its first row, and every problem by row and column. */
export function ordersFromRows(columns: readonly string[], mapping: readonly OrderColumnMapping[], rows: readonly ImportRow[]): { orders: (CheckedOrder & { row: number })[]; problems: RowProblem[] } {
  const index = new Map(mapping.map((m) => [m.field as string, columns.indexOf(m.column)]));
  const columnOf = new Map(mapping.map((m) => [m.field as string, m.column]));
  const cell = (r: ImportRow, field: string) => {
    const i = index.get(field);
    const v = i === undefined || i < 0 ? '' : (r.cells[i] ?? '').trim();
    return v === '' ? undefined : v;
  };
  const groups = new Map<string, ImportRow[]>();
  const problems: RowProblem[] = [];
  for (const r of rows) {
    const id = cell(r, 'externalId');
    if (!id) {
      if (r.cells.some((c) => c.trim())) problems.push({ row: r.rowNo, column: columnOf.get('externalId') ?? null, message: 'give the order’s id' });
      continue;
    }
    const group = groups.get(id);
    if (group) group.push(r);
    else groups.set(id, [r]);
  }
  const orders: (CheckedOrder & { row: number })[] = [];
  for (const [externalId, group] of groups) {
    const first = group[0];
    const lines = index.has('lineAmount')
      ? group.filter((r) => cell(r, 'lineAmount') !== undefined).map((r) => ({ sku: cell(r, 'sku'), productLine: cell(r, 'productLine'), quantity: cell(r, 'quantity'), amount: cell(r, 'lineAmount') }))
      : [];
    const total = cell(first, 'amount') ?? (lines.length ? sumAmounts(lines.map((l) => l.amount ?? '')) : undefined);
    const input = {
      externalId,
      ...(cell(first, 'contactId') ? { contactId: cell(first, 'contactId') } : {}),
      ...(cell(first, 'email') ? { email: cell(first, 'email') } : {}),
      firstName: cell(first, 'firstName'),
      lastName: cell(first, 'lastName'),
      orderedAt: normaliseDate(cell(first, 'orderedAt')),
      currency: cell(first, 'currency'),
      amount: total,
      ...(cell(first, 'status') ? { status: cell(first, 'status')!.toLowerCase() } : {}),
      lines,
    };
    const checked = checkOrders([input], 'o');
    if (checked.problems.length) {
      for (const p of checked.problems) {
        const [, , field, lineNo] = p.path.split('.');
        const row = field === 'lines' && lineNo !== undefined ? group.filter((r) => cell(r, 'lineAmount') !== undefined)[Number(lineNo)]?.rowNo ?? first.rowNo : first.rowNo;
        // A total summed from the lines is wrong where a line amount is.
        const lineField = field === 'lines' ? (p.path.split('.')[4] === 'amount' ? 'lineAmount' : p.path.split('.')[4]) : field === 'amount' && !columnOf.has('amount') ? 'lineAmount' : field;
        const column = columnOf.get(lineField ?? '') ?? null;
        if (!problems.some((q) => q.row === row && q.column === column)) problems.push({ row, column, message: p.message });
      }
    } else orders.push({ ...checked.orders[0], row: first.rowNo });
  }
  return { orders, problems };
}

/** Exact decimal sum of amounts with at most 2 decimals (in cents, so 0.1 + 0.2 is 0.30). */
function sumAmounts(amounts: string[]): string | undefined {
  let cents = 0n;
  for (const a of amounts) {
    const m = /^(\d{1,16})(?:\.(\d{1,2}))?$/.exec(a);
    if (!m) return undefined;
    cents += BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  }
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

/** Spreadsheets write `2026/3/31` or `2026-03-31 14:00`; the order checker reads ISO 8601. */
function normaliseDate(v: string | undefined): string | undefined {
  if (!v) return v;
  const m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(v);
  if (!m) return v;
  const p = (s: string | undefined, n = 2) => (s ?? '0').padStart(n, '0');
  return m[4] ? `${m[1]}-${p(m[2])}-${p(m[3])}T${p(m[4])}:${m[5]}:${p(m[6])}Z` : `${m[1]}-${p(m[2])}-${p(m[3])}`;
}
