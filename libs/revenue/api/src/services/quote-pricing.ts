import { EntityManager } from 'typeorm';
import { AppError, FieldError } from '@rapport/shared-errors';
import { fromCents, quoteTotals } from '@rapport/revenue-domain';
import { ProductEntity, QuoteLineEntity } from '@rapport/revenue-data';
import { QuoteLineInput } from '../models/quote.model';
import { CatalogService } from './catalog.service';

export interface PricedQuote {
  lines: Partial<QuoteLineEntity>[];
  subtotal: string;
  total: string;
}

/**
 * Prices every line through the catalog's resolution order and computes the totals. A product
 * without a price for this customer and currency is a field error on that line, not a zero.
 */
export async function priceLines(
  m: EntityManager,
  catalog: CatalogService,
  lines: QuoteLineInput[],
  quoteDiscount: number,
  ctx: { accountId: string; accountTier: string | null; currency: string; on: string },
): Promise<PricedQuote> {
  const products = await m.getRepository(ProductEntity).findBy(lines.map((l) => ({ id: l.productId })));
  const problems: FieldError[] = [];
  const priced: Partial<QuoteLineEntity>[] = [];
  for (const [i, l] of lines.entries()) {
    const product = products.find((p) => p.id === l.productId);
    if (!product || !product.active) {
      problems.push({ path: `input.lines.${i}.productId`, message: 'This product does not exist or is no longer sold' });
      continue;
    }
    const price = await catalog.price(m, { productId: l.productId, quantity: l.quantity, accountId: ctx.accountId, accountTier: ctx.accountTier, currency: ctx.currency, on: ctx.on });
    if (!price) {
      problems.push({ path: `input.lines.${i}.productId`, message: `${product.sku} has no price in ${ctx.currency} for this customer` });
      continue;
    }
    priced.push({
      lineNo: i + 1,
      productId: product.id,
      sku: product.sku,
      // The canonical name and its translations as they are now: the quote never changes under the
      // customer, and its PDF names the product in whichever language it is printed in.
      productName: product.name,
      productNames: product.names ?? {},
      productLine: product.productLine,
      quantity: l.quantity,
      unitPrice: price.unitPrice,
      priceBookId: price.priceBookId,
      priceSource: price.source,
      discountPercent: l.discountPercent.toFixed(2),
    });
  }
  if (problems.length) throw AppError.validation(problems);
  const totals = quoteTotals(
    priced.map((p) => ({ unitPrice: p.unitPrice!, quantity: p.quantity!, discountPercent: Number(p.discountPercent) })),
    quoteDiscount,
  );
  priced.forEach((p, i) => (p.netAmount = fromCents(totals.lines[i].netCents)));
  return { lines: priced, subtotal: fromCents(totals.subtotalCents), total: fromCents(totals.totalCents) };
}
