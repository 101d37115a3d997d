/**
 * Consistency guard: two open quotes to the same customer (account or its hierarchy) that price the
 * same product differently beyond a tolerance. Pure: the caller loads the open quote lines.
 */
export interface OpenQuoteLine {
  quoteId: string;
  quoteName: string;
  ownerId: string;
  rootAccountId: string;
  productId: string;
  sku: string;
  currency: string;
  netUnitCents: number;
}

export interface PriceConflict {
  rootAccountId: string;
  productId: string;
  sku: string;
  currency: string;
  low: OpenQuoteLine;
  high: OpenQuoteLine;
  /** (high − low) / high, percent. */
  spreadPercent: number;
}

export function findConflicts(lines: OpenQuoteLine[], tolerancePercent: number): PriceConflict[] {
  const groups = new Map<string, OpenQuoteLine[]>();
  for (const l of lines) {
    const key = `${l.rootAccountId}|${l.productId}|${l.currency}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const out: PriceConflict[] = [];
  for (const group of groups.values()) {
    const byQuote = new Map<string, OpenQuoteLine>();
    // One price per quote: its lowest net price for the product.
    for (const l of group) if (!byQuote.has(l.quoteId) || byQuote.get(l.quoteId)!.netUnitCents > l.netUnitCents) byQuote.set(l.quoteId, l);
    const prices = [...byQuote.values()].sort((a, b) => a.netUnitCents - b.netUnitCents || a.quoteId.localeCompare(b.quoteId));
    if (prices.length < 2) continue;
    const low = prices[0];
    const high = prices[prices.length - 1];
    const spread = high.netUnitCents ? ((high.netUnitCents - low.netUnitCents) / high.netUnitCents) * 100 : 0;
    if (spread > tolerancePercent) {
      out.push({ rootAccountId: low.rootAccountId, productId: low.productId, sku: low.sku, currency: low.currency, low, high, spreadPercent: Math.round(spread * 100) / 100 });
    }
  }
  return out.sort((a, b) => b.spreadPercent - a.spreadPercent);
}
