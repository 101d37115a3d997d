import { MAX_SPREADSHEET_BYTES, postFile, SPREADSHEET_FILES, UploadError } from '@rapport/web-core';

/** Where the CSV/XLSX goes (multipart field `file`); the answer carries the new import's id. */
export const UPLOAD_URL = '/api/v1/lead-imports';
export const ACCEPTED_FILES = SPREADSHEET_FILES;
export const MAX_BYTES = MAX_SPREADSHEET_BYTES;
export { UploadError };

/** Uploads the file with the session cookie; resolves to the import id. */
export async function uploadLeadImport(file: File, fallback: string): Promise<string> {
  const json = await postFile(UPLOAD_URL, file, fallback);
  const id = (json as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string') throw new UploadError(fallback);
  return id;
}
