import { postFile, UploadError } from '@rapport/web-core';

/** `POST /api/v1/campaigns/:id/members/import`'s answer (`MemberImportDto`). */
export interface MemberImportResult {
  /** Addresses read from the file's email column. */
  rows: number;
  /** Contacts and leads the uploader may see that have one of them. */
  matched: number;
  added: number;
  alreadyMembers: number;
  /** The first addresses (up to 50) that nobody the uploader may see has. */
  unmatched: string[];
  unmatchedCount: number;
}

/** How many unknown addresses the dialog lists by name; "and K more" says the rest. */
export const UNMATCHED_LISTED = 20;

export function memberImportUrl(campaignId: string): string {
  return `/api/v1/campaigns/${encodeURIComponent(campaignId)}/members/import`;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Sends the file (multipart `file`, and `status` when one is chosen) and resolves to what was
 * added. An answer not in the documented shape is a failure, not a result of zeros.
 */
export async function importCampaignMembers(campaignId: string, file: File, status: string | undefined, fallback: string): Promise<MemberImportResult> {
  const json = (await postFile(memberImportUrl(campaignId), file, fallback, { status })) as Partial<Record<keyof MemberImportResult, unknown>> | null;
  const { rows, matched, added, alreadyMembers, unmatched, unmatchedCount } = json ?? {};
  if (![rows, matched, added, alreadyMembers, unmatchedCount].every(isCount) || !Array.isArray(unmatched) || !unmatched.every((e) => typeof e === 'string')) {
    throw new UploadError(fallback);
  }
  return { rows, matched, added, alreadyMembers, unmatched, unmatchedCount } as MemberImportResult;
}

/** A file size as people read it (the API's limit is in MB). */
export function fileSizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
