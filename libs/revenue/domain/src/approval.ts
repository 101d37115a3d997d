/**
 * Discount tolerance: how far a role may discount a product line without a manager. The most
 * specific rule wins (role + product line, then role for any line); no rule = no discount allowed.
 */
export interface ToleranceRule {
  role: string;
  productLine: string | null;
  maxDiscountPercent: number;
}

export function toleranceFor(rules: ToleranceRule[], role: string, productLine: string | null): number {
  const specific = rules.find((r) => r.role === role && r.productLine !== null && r.productLine === productLine);
  if (specific) return specific.maxDiscountPercent;
  return rules.find((r) => r.role === role && r.productLine === null)?.maxDiscountPercent ?? 0;
}

export interface DiscountCheckLine {
  lineNo: number;
  productLine: string | null;
  /** Combined effect of the line and quote discounts on this line, percent. */
  effectiveDiscountPercent: number;
}

export interface ToleranceBreach {
  lineNo: number;
  productLine: string | null;
  discountPercent: number;
  allowedPercent: number;
}

/** Lines whose effective discount exceeds what the quote owner's role may give. */
export function toleranceBreaches(rules: ToleranceRule[], role: string, lines: DiscountCheckLine[]): ToleranceBreach[] {
  return lines
    .map((l) => ({ lineNo: l.lineNo, productLine: l.productLine, discountPercent: l.effectiveDiscountPercent, allowedPercent: toleranceFor(rules, role, l.productLine) }))
    .filter((b) => b.discountPercent > b.allowedPercent + 1e-9);
}

export function combinedDiscount(lineDiscount: number, quoteDiscount: number): number {
  return Math.round((1 - (1 - lineDiscount / 100) * (1 - quoteDiscount / 100)) * 10000) / 100;
}

export type QuoteStatus = 'draft' | 'pending_approval' | 'approved' | 'rejected' | 'accepted' | 'superseded';

/** Which moves a quote may make; an accepted quote moves only by an admin's unlock (back to approved). */
const MOVES: Record<QuoteStatus, QuoteStatus[]> = {
  draft: ['pending_approval', 'approved', 'superseded'],
  pending_approval: ['approved', 'rejected', 'draft'],
  approved: ['accepted', 'draft', 'superseded'],
  rejected: ['draft', 'superseded'],
  accepted: ['approved'],
  superseded: [],
};

export function canMoveQuote(from: QuoteStatus, to: QuoteStatus): boolean {
  return MOVES[from].includes(to);
}

export const APPROVAL_REASONS = ['competitive', 'strategic_account', 'volume', 'renewal_retention', 'other'] as const;
export type ApprovalReason = (typeof APPROVAL_REASONS)[number];
