/**
 * Price resolution, the one rule every quote line goes through (issue 5 §1):
 *   1. the account's own price book, then 2. the book for the account's tier, then 3. the standard book;
 * within a book only entries effective on the pricing date and in the quote's currency count, and
 * among those the tier with the largest minimum quantity not above the quantity wins.
 * A price comes from the first book that has one; nobody types a unit price.
 */
export type PriceBookKind = 'account' | 'tier' | 'standard';

export interface PriceBookFacts {
  id: string;
  name: string;
  kind: PriceBookKind;
  accountId: string | null;
  tier: string | null;
  currency: string;
  /** Inclusive ISO dates; null = open-ended. */
  effectiveFrom: string | null;
  effectiveTo: string | null;
  active: boolean;
}

export interface PriceEntryFacts {
  priceBookId: string;
  productId: string;
  minQuantity: number;
  /** Decimal string, e.g. "1200.00". */
  unitPrice: string;
}

export interface PriceQuery {
  productId: string;
  quantity: number;
  accountId: string;
  accountTier: string | null;
  currency: string;
  /** ISO date the quote is priced on. */
  on: string;
}

export interface ResolvedPrice {
  unitPrice: string;
  priceBookId: string;
  priceBookName: string;
  source: PriceBookKind;
  minQuantity: number;
}

const RANK: Record<PriceBookKind, number> = { account: 0, tier: 1, standard: 2 };

function applies(book: PriceBookFacts, q: PriceQuery): boolean {
  if (!book.active || book.currency !== q.currency) return false;
  if (book.effectiveFrom && q.on < book.effectiveFrom) return false;
  if (book.effectiveTo && q.on > book.effectiveTo) return false;
  if (book.kind === 'account') return book.accountId === q.accountId;
  if (book.kind === 'tier') return !!q.accountTier && book.tier === q.accountTier;
  return true;
}

export function resolvePrice(books: PriceBookFacts[], entries: PriceEntryFacts[], q: PriceQuery): ResolvedPrice | null {
  const candidates = books.filter((b) => applies(b, q)).sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.id.localeCompare(b.id));
  for (const book of candidates) {
    const tiers = entries
      .filter((e) => e.priceBookId === book.id && e.productId === q.productId && e.minQuantity <= q.quantity)
      .sort((a, b) => b.minQuantity - a.minQuantity);
    if (tiers[0]) return { unitPrice: tiers[0].unitPrice, priceBookId: book.id, priceBookName: book.name, source: book.kind, minQuantity: tiers[0].minQuantity };
  }
  return null;
}

/** Money in integer cents so sums and discounts don't drift; prices are stored as numeric(14,2). */
export const toCents = (s: string | number): number => Math.round(Number(s) * 100);
export const fromCents = (c: number): string => (c / 100).toFixed(2);

export interface LineInput {
  unitPrice: string;
  quantity: number;
  /** Percent, 0–100. */
  discountPercent: number;
}

export interface QuoteTotals {
  lines: { listCents: number; netCents: number }[];
  subtotalCents: number;
  totalDiscountCents: number;
  totalCents: number;
  /** Effective discount of the whole quote against list, in percent (2 decimals). */
  effectiveDiscountPercent: number;
}

/** Line nets (list × qty − line discount), then the quote-level discount on the sum. */
export function quoteTotals(lines: LineInput[], quoteDiscountPercent: number): QuoteTotals {
  const computed = lines.map((l) => {
    const listCents = toCents(l.unitPrice) * l.quantity;
    return { listCents, netCents: Math.round(listCents * (1 - l.discountPercent / 100)) };
  });
  const subtotalCents = computed.reduce((s, l) => s + l.netCents, 0);
  const totalCents = Math.round(subtotalCents * (1 - quoteDiscountPercent / 100));
  const listTotal = computed.reduce((s, l) => s + l.listCents, 0);
  return {
    lines: computed,
    subtotalCents,
    totalDiscountCents: subtotalCents - totalCents,
    totalCents,
    effectiveDiscountPercent: listTotal ? Math.round((1 - totalCents / listTotal) * 10000) / 100 : 0,
  };
}

/** Net unit price after line and quote discounts: what the customer really pays per unit. */
export function netUnitCents(unitPrice: string, lineDiscount: number, quoteDiscount: number): number {
  return Math.round(toCents(unitPrice) * (1 - lineDiscount / 100) * (1 - quoteDiscount / 100));
}
