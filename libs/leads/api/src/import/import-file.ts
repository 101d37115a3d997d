import { parse } from 'csv-parse';
import { readSheet } from 'read-excel-file/node';
import { Readable } from 'node:stream';
import { AppError } from '@rapport/shared-errors';
import { storableText } from '@rapport/shared-util';
import type { LeadImportFileFormat } from '@rapport/leads-data';
import { uniqueHeaders } from './import-fields';

/** Upload cap: about 200,000 rows of a typical lead list; bigger lists go in several files. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const PREVIEW_ROWS = 20;

export interface FileRow {
  /** Spreadsheet row number, the header being row 1 when the file starts with it. */
  rowNo: number;
  cells: string[];
}

export interface InspectedFile {
  format: LeadImportFileFormat;
  columns: string[];
  preview: string[][];
  totalRows: number;
}

const fileError = (message: string) => AppError.validation([{ path: 'file', message }], message);

/** By content, not by name: people rename files, and a .csv from some tools is really Excel. */
export function detectFormat(buf: Buffer, fileName: string): LeadImportFileFormat {
  if (buf.length === 0) throw fileError('The file is empty.');
  if (buf.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (buf.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw fileError('Old Excel files (.xls) cannot be read: save the sheet as .xlsx or CSV.');
  if (/\.xlsx$/i.test(fileName)) throw fileError('This is not a valid .xlsx file.');
  const head = buf.subarray(0, 4096);
  const utf16 = head[0] === 0xff && head[1] === 0xfe;
  if (!utf16 && head.includes(0)) throw fileError('Upload a CSV or .xlsx file.');
  return 'csv';
}

/**
 * CSV text in the encodings lead lists arrive in: UTF-8 (with or without BOM), UTF-16 from
 * Excel's "Unicode text", and GB18030/GBK from Excel on Chinese Windows when not valid UTF-8.
 */
export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  // UTF-16 without its byte-order mark: ASCII text with a zero byte after every character.
  if (buf.length >= 4 && buf[1] === 0 && buf[3] === 0 && buf[0] !== 0 && buf[2] !== 0) return buf.toString('utf16le');
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}

/** The separator of the header line, outside quotes: comma, semicolon (European Excel), tab or pipe. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/** Every non-blank row with its row number; the first one is the header. */
export async function* readRows(buf: Buffer, format: LeadImportFileFormat): AsyncGenerator<FileRow> {
  if (format === 'xlsx') {
    yield* xlsxRows(buf);
    return;
  }
  const text = decodeText(buf);
  const parser = Readable.from(slices(text)).pipe(parse({ delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  let rowNo = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNo++;
      if (record.some((c) => c.trim() !== '')) yield { rowNo, cells: record.map(storableText) };
    }
  } catch (err) {
    // csv-parse names the line; people can find it in their editor.
    throw fileError(`The CSV could not be read: ${(err as Error).message}`);
  }
}

/** Small pieces, so the parser works with backpressure instead of buffering every record. */
function* slices(text: string, size = 64 * 1024): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function* xlsxRows(buf: Buffer): AsyncGenerator<FileRow> {
  let data: unknown[][];
  try {
    data = (await readSheet(buf)) as unknown[][];
  } catch (err) {
    throw fileError(`The spreadsheet could not be read: ${(err as Error).message}`);
  }
  for (let i = 0; i < data.length; i++) {
    const cells = data[i].map(cellText);
    if (cells.some((c) => c !== '')) yield { rowNo: i + 1, cells };
  }
}

/** Spreadsheet cells as the text people see: dates as ISO dates, whole numbers without exponent. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(0) : String(v);
  return storableText(String(v).trim());
}

/** Headers, a preview and the row count, read once at upload so the mapping screen has what it needs. */
export async function inspectFile(buf: Buffer, fileName: string): Promise<InspectedFile> {
  const format = detectFormat(buf, fileName);
  let columns: string[] | null = null;
  const preview: string[][] = [];
  let totalRows = 0;
  for await (const row of readRows(buf, format)) {
    if (!columns) {
      columns = uniqueHeaders(row.cells);
      continue;
    }
    totalRows++;
    if (preview.length < PREVIEW_ROWS) preview.push(columns.map((_, i) => (row.cells[i] ?? '').trim()));
  }
  if (!columns) throw fileError('The file has no rows.');
  if (totalRows === 0) throw fileError('The file has a header row but no data.');
  return { format, columns, preview, totalRows };
}
