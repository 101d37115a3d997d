import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { warningText } from './visit-model';

describe('visit warnings', () => {
  const t = ((key: string) => `«${key}»`) as unknown as TFunction;
  it('says a known warning by its code in the reader’s language, an unknown one in the API’s English', () => {
    expect(warningText(t, { code: 'visits_used_up', message: 'The contract’s visits are used up; this visit counts beyond them.' })).toBe('«service.visits.usedUp»');
    expect(warningText(t, { code: 'technician_away', message: 'The technician is away that day.' })).toBe('The technician is away that day.');
  });
});
