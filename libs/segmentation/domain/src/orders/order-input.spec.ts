import { checkOrders, MAX_ORDERS_PER_REQUEST } from './order-input';

const good = { externalId: 'A-1', email: 'Li@Example.com', orderedAt: '2026-03-31T14:00:00Z', currency: 'cny', amount: 199.5, lines: [{ sku: 'P1', productLine: 'pumps', quantity: 2, amount: '99.75' }] };

describe('checkOrders', () => {
  it('normalises a good order (email folded, currency upper-cased, decimals as text, status completed)', () => {
    const { orders, problems } = checkOrders([good]);
    expect(problems).toEqual([]);
    expect(orders[0]).toEqual({
      externalId: 'A-1', contactId: null, email: 'li@example.com', firstName: null, lastName: null, orderedAt: new Date('2026-03-31T14:00:00Z'),
      currency: 'CNY', amount: '199.5', status: 'completed', lines: [{ productId: null, sku: 'P1', productLine: 'pumps', quantity: '2', amount: '99.75' }],
    });
  });

  it('reports every problem with its path and returns no orders then', () => {
    const { orders, problems } = checkOrders([good, { externalId: '', orderedAt: '31/03/2026', currency: 'yuan', amount: '1.234', status: 'paid', lines: [{ amount: -1, colour: 'red' }], extra: 1 }, good]);
    expect(orders).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual([
      'orders.1.extra', 'orders.1.externalId', 'orders.1.contactId', 'orders.1.orderedAt', 'orders.1.currency', 'orders.1.amount', 'orders.1.status',
      'orders.1.lines.0.colour', 'orders.1.lines.0.amount', 'orders.2.externalId',
    ]);
    expect(problems.at(-1)?.message).toBe('is also the external id of order 0');
  });

  it('refuses what is not a list, an empty list and more than the maximum', () => {
    expect(checkOrders({}).problems[0].path).toBe('orders');
    expect(checkOrders([]).problems[0].path).toBe('orders');
    expect(checkOrders(Array.from({ length: MAX_ORDERS_PER_REQUEST + 1 }, () => good)).problems[0].message).toMatch(/at most/);
  });

  it('keeps amounts exact and within numeric(18,2)', () => {
    expect(checkOrders([{ ...good, amount: '9999999999999999.99' }]).orders[0].amount).toBe('9999999999999999.99');
    expect(checkOrders([{ ...good, amount: '99999999999999999' }]).problems[0].path).toBe('orders.0.amount');
    expect(checkOrders([{ ...good, amount: Number.NaN }]).problems[0].path).toBe('orders.0.amount');
  });
});
