import { UploadError } from '@rapport/web-core';
import { problemMessageOf } from '@rapport/web-data-access';

/** A file the API keeps on the case until a reply or note carries it (its `attachmentIds`). */
export interface CaseUpload {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

/** Most files one reply or note may carry (the API's limit on `attachmentIds`). */
export const MAX_COMPOSE_FILES = 20;

export const caseUploadUrl = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}/attachments`;

const isUpload = (v: unknown): v is CaseUpload => !!v && typeof v === 'object' && typeof (v as CaseUpload).id === 'string' && typeof (v as CaseUpload).size === 'number';

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Posts one file for a case's next message (multipart field `file`, the session cookie) and
 * reports how much of it has gone. XMLHttpRequest, not fetch: only it tells upload progress.
 * Progress stops at 99 until the API answers, since it still reads the content and may refuse it.
 * A refusal (problem+json) rejects with an UploadError in the person's language (`problemMessageOf`);
 * a network failure, an abort or an unreadable answer, with `fallback`.
 */
export function uploadCaseFile(caseId: string, file: File, onProgress: (percent: number) => void, fallback: string): { done: Promise<CaseUpload>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<CaseUpload>((resolve, reject) => {
    const fail = () => reject(new UploadError(fallback));
    xhr.open('POST', caseUploadUrl(caseId));
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.min(99, Math.floor((e.loaded / e.total) * 100)));
    };
    xhr.onload = () => {
      const json = parse(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) return reject(new UploadError(problemMessageOf(json) ?? fallback));
      if (!isUpload(json)) return fail();
      onProgress(100);
      resolve(json);
    };
    xhr.onerror = fail;
    xhr.onabort = fail;
    xhr.ontimeout = fail;
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
  return { done, abort: () => xhr.abort() };
}
