import { escapeCsvFormula } from './csv';

describe('escapeCsvFormula (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1+cmd|/c calc!A1', `'+1+cmd|/c calc!A1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['＝1+1', `'＝1+1`],
    ['－1', `'－1`],
    ['-', `'-`],
    ['- 1', `'- 1`],
    ['-2e3', `'-2e3`],
    ['+86 138 0013 8000', `'+86 138 0013 8000`],
  ])('prefixes %j with a quote and keeps the rest', (input, expected) => {
    expect(escapeCsvFormula(input)).toBe(expected);
  });

  it.each(['Ada Lovelace', '', ' =1', 'a=b', 'x@example.com', '李雷', "'already"])('leaves %j alone', (input) => {
    expect(escapeCsvFormula(input)).toBe(input);
  });

  it.each(['-12.5', '-1200.00', '+3', '-0', '-.5', '42'])('leaves the plain number %j usable as a number', (input) => {
    expect(escapeCsvFormula(input)).toBe(input);
  });
});
