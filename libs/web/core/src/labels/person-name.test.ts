import { describe, expect, it } from 'vitest';
import { personName } from './person-name';

describe('personName', () => {
  it('puts the family name first, without a space, for Chinese names', () => {
    expect(personName({ firstName: '婷', lastName: '孙' })).toBe('孙婷');
    expect(personName({ firstName: '志明', lastName: '陳' })).toBe('陳志明');
  });

  it('reads western names given name first', () => {
    expect(personName({ firstName: 'Ann', lastName: 'Wu' })).toBe('Ann Wu');
    expect(personName({ firstName: '', lastName: 'Wu' })).toBe('Wu');
  });

  it('falls back to the API name', () => {
    expect(personName({ name: 'Acme Ltd.' })).toBe('Acme Ltd.');
  });
});
