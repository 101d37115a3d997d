import { describe, expect, it } from 'vitest';
import { applySavedMapping, initialMapping, mappingFromList, mappingProblems, mappingToInput, savedMappingFit, setColumnField } from './import-mapping';

const columns = ['姓名', 'Company', 'E-mail', 'Phone', 'Notes'];

describe('import column mapping', () => {
  it('preselects the suggested mapping, or the one already chosen for this import', () => {
    const suggested = [
      { column: 'Company', field: 'COMPANY' as const },
      { column: 'E-mail', field: 'EMAIL' as const },
    ];
    expect(initialMapping({ columns, mapping: [], suggestedMapping: suggested })).toEqual({ Company: 'COMPANY', 'E-mail': 'EMAIL' });
    expect(initialMapping({ columns, mapping: [{ column: 'Notes', field: 'MESSAGE' }], suggestedMapping: suggested })).toEqual({ Notes: 'MESSAGE' });
  });

  it('applies a saved mapping only to columns this file has, one column per field', () => {
    const saved = [
      { column: '姓名', field: 'LAST_NAME' as const },
      { column: 'Mobile', field: 'PHONE' as const },
      { column: 'Phone', field: 'PHONE' as const },
      { column: 'Notes', field: 'LAST_NAME' as const },
    ];
    expect(mappingFromList(columns, saved)).toEqual({ 姓名: 'LAST_NAME', Phone: 'PHONE' });
    expect(savedMappingFit(columns, saved)).toEqual({ matched: 3, total: 4, fits: false });
    expect(savedMappingFit(columns, saved.slice(0, 1)).fits).toBe(true);
    expect(savedMappingFit(columns, []).fits).toBe(false);
  });

  it('a saved mapping takes its columns and leaves the others as they were unless it fills their field', () => {
    const current = { Company: 'COMPANY' as const, 'E-mail': 'EMAIL' as const, Notes: 'LAST_NAME' as const };
    const saved = [
      { column: '姓名', field: 'LAST_NAME' as const },
      { column: 'Company', field: 'COMPANY' as const },
    ];
    expect(applySavedMapping(columns, current, saved)).toEqual({ 姓名: 'LAST_NAME', Company: 'COMPANY', 'E-mail': 'EMAIL' });
  });

  it('moves a field to the column that takes it, and unmaps a column', () => {
    const map = { Company: 'COMPANY' as const, 'E-mail': 'EMAIL' as const };
    expect(setColumnField(map, 'Notes', 'EMAIL')).toEqual({ Company: 'COMPANY', Notes: 'EMAIL' });
    expect(setColumnField(map, 'Company', undefined)).toEqual({ 'E-mail': 'EMAIL' });
    expect(setColumnField(map, 'Company', 'LAST_NAME')).toEqual({ Company: 'LAST_NAME', 'E-mail': 'EMAIL' });
  });

  it('sends the mapping in column order and checks it first', () => {
    const map = { Notes: 'MESSAGE' as const, 姓名: 'LAST_NAME' as const };
    expect(mappingToInput(columns, map)).toEqual([
      { column: '姓名', field: 'LAST_NAME' },
      { column: 'Notes', field: 'MESSAGE' },
    ]);
    expect(mappingProblems(map)).toEqual([]);
    expect(mappingProblems({ Notes: 'MESSAGE' })).toEqual(['needsNameOrCompany']);
    expect(mappingProblems({})).toEqual(['nothingMapped']);
  });
});
