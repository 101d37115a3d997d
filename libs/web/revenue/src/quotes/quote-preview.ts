import { formatMoney } from '@rapport/web-ui';

/**
 * The editor's preview of a quote before it is saved. Unit prices come from the server's
 * `priceFor` (the same resolution the server applies on save); this file only does the
 * arithmetic the server does afterwards, in integer cents like `quoteTotals` in
 * libs/revenue/domain, so the preview and the saved quote agree to the cent.
 */
export interface PreviewLineInput {
  /** From priceFor; null while loading or when the product has no price for this customer. */
  unitPrice: number | null | undefined;
  quantity: number | null | undefined;
  discountPercent: number | null | undefined;
}

export interface QuotePreview {
  /** Per line: net amount, or null without a price or quantity. */
  lines: (number | null)[];
  subtotal: number;
  quoteDiscountAmount: number;
  total: number;
  /** False while any line lacks a price: the totals then cover only the priced lines. */
  complete: boolean;
}

const toCents = (n: number) => Math.round(n * 100);
const clampPercent = (p: number | null | undefined) => Math.min(100, Math.max(0, p ?? 0));

export function previewQuote(lines: readonly PreviewLineInput[], quoteDiscountPercent: number | null | undefined): QuotePreview {
  const nets = lines.map((l) => {
    if (l.unitPrice === null || l.unitPrice === undefined || !l.quantity || l.quantity < 1) return null;
    const listCents = toCents(l.unitPrice) * l.quantity;
    return Math.round(listCents * (1 - clampPercent(l.discountPercent) / 100));
  });
  const subtotalCents = nets.reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const totalCents = Math.round(subtotalCents * (1 - clampPercent(quoteDiscountPercent) / 100));
  return {
    lines: nets.map((n) => (n === null ? null : n / 100)),
    subtotal: subtotalCents / 100,
    quoteDiscountAmount: (subtotalCents - totalCents) / 100,
    total: totalCents / 100,
    complete: lines.length > 0 && nets.every((n) => n !== null),
  };
}

/** What a line's discount and the quote's discount amount to together (the server's `combinedDiscount`). */
export function combinedDiscount(linePercent: number | null | undefined, quotePercent: number | null | undefined): number {
  return Math.round((1 - (1 - clampPercent(linePercent) / 100) * (1 - clampPercent(quotePercent) / 100)) * 10000) / 100;
}

export interface ToleranceRule {
  role: string;
  productLine: string | null;
  maxDiscountPercent: number;
}

/** The most specific rule wins (role + product line, then the role's rule for any line); no rule = 0 %. */
export function toleranceFor(rules: readonly ToleranceRule[], role: string, productLine: string | null | undefined): number {
  const specific = rules.find((r) => r.role === role && r.productLine !== null && r.productLine === productLine);
  if (specific) return specific.maxDiscountPercent;
  return rules.find((r) => r.role === role && r.productLine === null)?.maxDiscountPercent ?? 0;
}

/** The API's role names in tolerances are the database's (`sales_rep`), the session's the enum's. */
export const toleranceRole = (role: string) => role.toLowerCase();

export function formatPercent(value: number | null | undefined, language?: string): string | undefined {
  if (value === null || value === undefined || !Number.isFinite(value)) return undefined;
  return new Intl.NumberFormat(language || 'en', { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

export interface PreviewSummary {
  subtotal: string;
  /** "−CN¥12.00"; empty when there is no quote discount. */
  quoteDiscount: string;
  total: string;
  complete: boolean;
}

/** The totals box of the editor, formatted in the current language. */
export function previewSummary(preview: QuotePreview, currency: string, language?: string): PreviewSummary {
  const money = (n: number) => formatMoney(n, currency, language) ?? String(n);
  return {
    subtotal: money(preview.subtotal),
    quoteDiscount: preview.quoteDiscountAmount > 0 ? `−${money(preview.quoteDiscountAmount)}` : '',
    total: money(preview.total),
    complete: preview.complete,
  };
}
