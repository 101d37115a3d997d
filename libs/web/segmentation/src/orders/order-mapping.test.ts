import { describe, expect, it } from 'vitest';
import { initialMapping, mappingToInput, missingGroups, placeMappingErrors, setColumnField } from './order-mapping';

const COLUMNS = ['订单号', 'Email', 'Date', 'Currency', 'Total', 'Notes'];

describe('the order file’s mapping', () => {
  it('starts from the API’s suggestion, dropping columns the file lacks, unknown fields and a second column for one field', () => {
    const map = initialMapping({
      columns: COLUMNS,
      mapping: null,
      suggestedMapping: [
        { column: '订单号', field: 'externalId' },
        { column: 'Email', field: 'email' },
        { column: 'Gone', field: 'currency' },
        { column: 'Notes', field: 'nonsense' },
        { column: 'Total', field: 'email' },
      ],
    });
    expect(map).toEqual({ 订单号: 'externalId', Email: 'email' });
  });

  it('prefers the mapping an import was started with', () => {
    expect(initialMapping({ columns: COLUMNS, mapping: [{ column: 'Total', field: 'amount' }], suggestedMapping: [{ column: 'Email', field: 'email' }] })).toEqual({ Total: 'amount' });
  });

  it('moves a field to the column it is chosen for, and unmaps a column', () => {
    const map = setColumnField({ Email: 'email', Date: 'orderedAt' }, 'Notes', 'email');
    expect(map).toEqual({ Date: 'orderedAt', Notes: 'email' });
    expect(setColumnField(map, 'Date', undefined)).toEqual({ Notes: 'email' });
  });

  it('says what is still needed: id, date, currency, a customer and an amount', () => {
    expect(missingGroups({})).toEqual(['externalId', 'orderedAt', 'currency', 'customer', 'amount']);
    expect(missingGroups({ a: 'externalId', b: 'orderedAt', c: 'currency', d: 'contactId', e: 'lineAmount' })).toEqual([]);
    expect(missingGroups({ a: 'externalId', b: 'orderedAt', c: 'currency', e: 'amount' })).toEqual(['customer']);
  });

  it('sends the mapping in the file’s column order and places the API’s objections on their columns', () => {
    const sent = mappingToInput(COLUMNS, { Total: 'amount', 订单号: 'externalId', Email: 'email' });
    expect(sent).toEqual([
      { column: '订单号', field: 'externalId' },
      { column: 'Email', field: 'email' },
      { column: 'Total', field: 'amount' },
    ]);
    const placed = placeMappingErrors(
      [
        { path: 'input.mapping.2.field', message: 'is mapped from two columns' },
        { path: 'input.mapping', message: 'map a column to currency' },
        { path: 'input.createCustomers', message: 'You may not create contacts.' },
      ],
      sent,
    );
    expect(placed).toEqual({ byColumn: { Total: ['is mapped from two columns'] }, general: ['map a column to currency', 'You may not create contacts.'] });
  });
});
