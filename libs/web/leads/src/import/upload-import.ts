import { problemMessageOf } from '@rapport/web-data-access';

/** Where the CSV/XLSX goes (multipart field `file`); the answer carries the new import's id. */
export const UPLOAD_URL = '/api/v1/lead-imports';
export const ACCEPTED_FILES = '.csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_BYTES = 20 * 1024 * 1024;

export class UploadError extends Error {}

/** Uploads the file with the session cookie; resolves to the import id. */
export async function uploadLeadImport(file: File, fallback: string): Promise<string> {
  const body = new FormData();
  body.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(UPLOAD_URL, { method: 'POST', body, credentials: 'include' });
  } catch {
    throw new UploadError(fallback);
  }
  const json: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw new UploadError(problemMessageOf(json) ?? fallback);
  const id = (json as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string') throw new UploadError(fallback);
  return id;
}
