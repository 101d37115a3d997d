import { MAX_SPREADSHEET_BYTES, postFile, SPREADSHEET_FILES, UploadError } from '@rapport/web-core';

/** Where the CSV/XLSX goes (multipart field `file`); the answer carries the new import's id, its columns and a preview. */
export const ORDER_UPLOAD_URL = '/api/v1/order-imports';
export const ACCEPTED_FILES = SPREADSHEET_FILES;
export const MAX_BYTES = MAX_SPREADSHEET_BYTES;
export { UploadError };

/** Uploads the file with the session cookie; resolves to the import id (the rest is read with `orderImport`). */
export async function uploadOrderImport(file: File, fallback: string): Promise<string> {
  const json = await postFile(ORDER_UPLOAD_URL, file, fallback);
  const id = (json as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string') throw new UploadError(fallback);
  return id;
}
