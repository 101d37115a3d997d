import { describe, expect, it } from 'vitest';
import { defaultChoices, differingFields, mergeInput } from './merge-model';

interface Rec {
  id: string;
  name: string;
  phone: string | null;
  owner: { id: string } | null;
}
const FIELDS = [
  { field: 'name', value: (r: Rec) => r.name },
  { field: 'phone', value: (r: Rec) => r.phone },
  { field: 'ownerId', value: (r: Rec) => r.owner?.id ?? null },
];
const a: Rec = { id: 'a', name: 'Globex', phone: null, owner: { id: 'u1' } };
const b: Rec = { id: 'b', name: 'Globex Ltd.', phone: '+86 21 5555', owner: { id: 'u1' } };

describe('merge choices', () => {
  it('asks only about fields that differ', () => {
    expect(differingFields(FIELDS, a, b).map((f) => f.field)).toEqual(['name', 'phone']);
  });

  it("keeps the survivor's values but never loses a value the survivor lacks", () => {
    expect(defaultChoices(FIELDS, a, b)).toEqual({ name: 'a', phone: 'b' });
    expect(defaultChoices(FIELDS, b, a)).toEqual({ name: 'b', phone: 'b' });
  });

  it('sends only the values taken from the merged record', () => {
    expect(mergeInput('ACCOUNT', 'a', 'b', { name: 'a', phone: 'b' })).toEqual({
      objectType: 'ACCOUNT',
      survivorId: 'a',
      mergedIds: ['b'],
      fieldChoices: [{ field: 'phone', fromId: 'b' }],
    });
    expect(mergeInput('LEAD', 'a', 'b', { name: 'a' })).toEqual({ objectType: 'LEAD', survivorId: 'a', mergedIds: ['b'] });
  });
});
