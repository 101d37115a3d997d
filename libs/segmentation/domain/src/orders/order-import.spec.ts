import { checkOrderMapping, ordersFromRows, suggestOrderMapping } from './order-import';

const columns = ['Order No', '邮箱', 'Date', 'Currency', 'SKU', 'Product line', 'Qty', 'Line amount'];
const mapping = suggestOrderMapping(columns);
const row = (rowNo: number, cells: string[]) => ({ rowNo, cells });

describe('order import', () => {
  it('suggests a mapping from English and Chinese headers', () => {
    expect(mapping.map((m) => m.field)).toEqual(['externalId', 'email', 'orderedAt', 'currency', 'sku', 'productLine', 'quantity', 'lineAmount']);
    expect(checkOrderMapping(columns, mapping)).toEqual([]);
  });

  it('names what a mapping lacks', () => {
    const problems = checkOrderMapping(['A', 'B'], [{ column: 'A', field: 'externalId' }, { column: 'Z', field: 'email' }]).map((p) => p.message);
    expect(problems).toEqual(expect.arrayContaining(['is not a column of the file', 'map a column to orderedAt', 'map a column to currency', 'map a column to amount or lineAmount']));
  });

  it('groups rows into orders with lines, sums the total exactly, and reports bad rows by number', () => {
    const { orders, problems } = ordersFromRows(columns, mapping, [
      row(2, ['A-1', 'li@example.com', '2026/3/31', 'CNY', 'P1', 'pumps', '2', '0.10']),
      row(3, ['A-1', '', '', '', 'P2', 'valves', '1', '0.20']),
      row(4, ['A-2', 'wang@example.com', '2026-04-01 09:30', 'cny', 'P1', 'pumps', '1', '199']),
      row(5, ['A-3', 'not-an-address', '31/03/2026', 'CNY', 'P1', '', '', 'x']),
      row(6, ['', '', '', '', '', '', '', '']),
      row(7, ['', 'orphan@example.com', '2026-04-01', 'CNY', '', '', '', '1']),
    ]);
    expect(orders.map((o) => [o.externalId, o.row, o.amount, o.lines.length, o.orderedAt.toISOString()])).toEqual([
      ['A-1', 2, '0.30', 2, '2026-03-31T00:00:00.000Z'],
      ['A-2', 4, '199.00', 1, '2026-04-01T09:30:00.000Z'],
    ]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [7, 'Order No'],
      [5, '邮箱'],
      [5, 'Date'],
      [5, 'Line amount'],
    ]);
  });
});
