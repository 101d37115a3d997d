import { checkMapping, headerKey, mappingFits, planMapping, suggestMapping, uniqueHeaders } from './import-fields';

describe('import column names', () => {
  it('gives every column one unambiguous name', () => {
    expect(uniqueHeaders([' Email ', 'Email', null, '', 'Email'])).toEqual(['Email', 'Email (2)', 'Column 3', 'Column 4', 'Email (3)']);
  });

  it('folds case, width, spaces and punctuation for comparison', () => {
    expect(headerKey('E-Mail Address')).toBe('emailaddress');
    expect(headerKey('ＦＩＲＳＴ＿ＮＡＭＥ')).toBe('firstname');
  });
});

describe('suggested mapping', () => {
  it('recognises English and Chinese headers, each field once, leftmost column first', () => {
    expect(suggestMapping(['First Name', 'Surname', 'E-mail', 'Email', '公司名称', '手机', 'Notes', 'Favourite colour'])).toEqual([
      { column: 'First Name', field: 'firstName' },
      { column: 'Surname', field: 'lastName' },
      { column: 'E-mail', field: 'email' },
      { column: '公司名称', field: 'company' },
      { column: '手机', field: 'phone' },
      { column: 'Notes', field: 'message' },
    ]);
  });

  it('also accepts the field keys themselves', () => {
    expect(suggestMapping(['productInterest', 'lastName'])).toEqual([
      { column: 'productInterest', field: 'productInterest' },
      { column: 'lastName', field: 'lastName' },
    ]);
  });

  it('tells whether a saved mapping fits a file', () => {
    expect(mappingFits([{ column: 'A', field: 'lastName' }], ['A', 'B'])).toBe(true);
    expect(mappingFits([{ column: 'C', field: 'lastName' }], ['A', 'B'])).toBe(false);
    expect(mappingFits([], ['A'])).toBe(false);
  });
});

describe('checkMapping', () => {
  const columns = ['Name', 'Mail', 'Firm'];

  it('accepts a mapping with a last name or a company', () => {
    expect(checkMapping(columns, [{ column: 'Firm', field: 'company' }])).toEqual([]);
  });

  it('names unknown columns, unknown fields, doubles and the missing identity with input paths', () => {
    expect(
      checkMapping(columns, [
        { column: 'Nope', field: 'email' },
        { column: 'Mail', field: 'shoeSize' },
        { column: 'Mail', field: 'email' },
      ]),
    ).toEqual([
      { path: 'input.mapping.0.column', message: 'The file has no column "Nope".' },
      { path: 'input.mapping.1.field', message: 'Unknown field "shoeSize".' },
      { path: 'input.mapping.2.column', message: 'Column "Mail" is mapped twice.' },
      { path: 'input.mapping.2.field', message: 'Only one column can fill email.' },
      { path: 'input.mapping', message: 'Map a column to the last name or the company: every lead needs one of them.' },
    ]);
  });

  it('resolves the mapping to column positions', () => {
    expect(planMapping(columns, [{ column: 'Firm', field: 'company' }, { column: 'Name', field: 'lastName' }]).fields).toEqual({
      company: { index: 2, column: 'Firm' },
      lastName: { index: 0, column: 'Name' },
    });
  });
});
