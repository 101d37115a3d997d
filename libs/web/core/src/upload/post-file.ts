import { problemMessageOf } from '@rapport/web-data-access';

/**
 * What the API's spreadsheet uploads read (lead import, campaign members): CSV text (.csv, .txt,
 * .tsv) or .xlsx. For an `accept` attribute, which only narrows the file picker.
 */
export const SPREADSHEET_FILES = '.csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The API's multipart limit for those uploads (`MAX_IMPORT_BYTES`). */
export const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;

export type SpreadsheetProblem = 'empty' | 'tooLarge' | 'oldExcel' | 'notSpreadsheet';

/**
 * Why a picked file cannot be a spreadsheet upload, said before it travels (undefined: send it;
 * the API still reads the content and may refuse it). A dropped file skips the picker's `accept`,
 * so the name is checked here.
 */
export function spreadsheetProblem(file: { name: string; size: number }): SpreadsheetProblem | undefined {
  if (/\.xls$/i.test(file.name)) return 'oldExcel';
  if (!/\.(csv|txt|tsv|xlsx)$/i.test(file.name)) return 'notSpreadsheet';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_SPREADSHEET_BYTES) return 'tooLarge';
  return undefined;
}

/** A refused or failed upload; `message` is for the person (the server's, in their language). */
export class UploadError extends Error {}

/**
 * Posts a file as multipart form data (the file in `file`, then `fields`) with the session cookie
 * and resolves to the JSON answer. A refusal (problem+json) becomes an UploadError with the
 * server's sentence in the person's language (`problemMessageOf`); a network failure or an
 * unreadable answer, one with `fallback`.
 */
export async function postFile(url: string, file: File, fallback: string, fields: Record<string, string | undefined> = {}): Promise<unknown> {
  const body = new FormData();
  body.append('file', file, file.name);
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) body.append(name, value);
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', body, credentials: 'include' });
  } catch {
    throw new UploadError(fallback);
  }
  const json: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw new UploadError(problemMessageOf(json) ?? fallback);
  if (json === undefined) throw new UploadError(fallback);
  return json;
}
