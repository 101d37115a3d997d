/**
 * Duplicate rules: what makes two records "possibly the same". The SQL finds candidates by
 * exact email, normalised phone and trigram similarity of names; this decides and explains.
 */
export type DuplicateReason = 'email' | 'phone' | 'name';

export interface DuplicateSignals {
  sameEmail: boolean;
  samePhone: boolean;
  /** pg_trgm similarity of the normalised names, 0..1. */
  nameSimilarity: number;
  /** pg_trgm similarity of the normalised company names, 0..1 (1 when both empty is not counted). */
  companySimilarity: number | null;
}

export const NAME_THRESHOLD = 0.6;
export const COMPANY_THRESHOLD = 0.5;

export function duplicateReasons(s: DuplicateSignals): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (s.sameEmail) reasons.push('email');
  if (s.samePhone) reasons.push('phone');
  // A similar name alone is too weak ("Wang Wei" is common): require the company to match too when known.
  const companyOk = s.companySimilarity === null || s.companySimilarity >= COMPANY_THRESHOLD;
  if (s.nameSimilarity >= NAME_THRESHOLD && companyOk) reasons.push('name');
  return reasons;
}

/** 0..100 confidence used to order candidates: exact identifiers outweigh fuzzy names. */
export function duplicateScore(s: DuplicateSignals): number {
  let score = 0;
  if (s.sameEmail) score += 60;
  if (s.samePhone) score += 30;
  score += Math.round(s.nameSimilarity * 20);
  if (s.companySimilarity !== null) score += Math.round(s.companySimilarity * 10);
  return Math.min(100, score);
}
