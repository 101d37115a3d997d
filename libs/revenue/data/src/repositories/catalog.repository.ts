import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PriceBookFacts, PriceEntryFacts, ToleranceRule } from '@rapport/revenue-domain';
import { ExchangeRateEntity, ProductEntity } from '../entities';

/**
 * The SQL behind the catalog: products, price books and their entries, discount tolerances,
 * exchange rates (docs/adr/0014).
 * The catalog is company-wide (no record scope); callers check the role may read or write it.
 */
@Injectable()
export class CatalogRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Up to 500 products by SKU; `search` matches the SKU, the name or any of its translations (a reader finds a product by the name they see). */
  findProducts(args: { search?: string | null; activeOnly?: boolean | null }): Promise<ProductEntity[]> {
    const qb = this.ds.getRepository(ProductEntity).createQueryBuilder('p').orderBy('p.sku').limit(500);
    if (args.activeOnly) qb.andWhere('p.active');
    if (args.search) qb.andWhere(`(p.sku ILIKE :s OR p.name ILIKE :s OR EXISTS (SELECT 1 FROM jsonb_each_text(p.names) t WHERE t.value ILIKE :s))`, { s: `%${args.search.replace(/[\\%_]/g, '\\$&')}%` });
    return qb.getMany();
  }

  /** Whether the account exists and is not deleted (an account price book needs one). */
  async liveAccountExists(accountId: string | null | undefined, m: EntityManager): Promise<boolean> {
    const [account] = await m.query(`SELECT id FROM account WHERE id = $1 AND deleted_at IS NULL`, [accountId]);
    return Boolean(account);
  }

  /** The tolerance set for this role and product line (null line: the role's default), if any. */
  async toleranceFor(role: string, productLine: string | null, m: EntityManager): Promise<{ id: string; maxDiscountPercent: string } | undefined> {
    const [row] = await m.query(`SELECT id, max_discount_percent FROM discount_tolerance WHERE role = $1 AND product_line IS NOT DISTINCT FROM $2`, [role, productLine]);
    return row ? { id: row.id, maxDiscountPercent: row.max_discount_percent } : undefined;
  }

  /** Every tolerance, as the approval rules read them. */
  toleranceRules(m: EntityManager): Promise<ToleranceRule[]> {
    return m.query(`SELECT role, product_line AS "productLine", max_discount_percent::float8 AS "maxDiscountPercent" FROM discount_tolerance`);
  }

  /** The active books in this currency that could price for the account: the standard book, its own book and its tier's. */
  booksFor(q: { currency: string; accountId: string; accountTier: string | null }, m: EntityManager): Promise<PriceBookFacts[]> {
    return m.query(
      `SELECT id, name, kind, account_id AS "accountId", tier, currency, effective_from::text AS "effectiveFrom", effective_to::text AS "effectiveTo", active
         FROM price_book WHERE active AND currency = $1 AND (kind = 'standard' OR account_id = $2 OR tier = $3)`,
      [q.currency, q.accountId, q.accountTier],
    );
  }

  /** The product's entries (all quantity breaks) in these books. */
  entriesFor(productId: string, priceBookIds: readonly string[], m: EntityManager): Promise<PriceEntryFacts[]> {
    return m.query(
      `SELECT price_book_id AS "priceBookId", product_id AS "productId", min_quantity AS "minQuantity", unit_price::text AS "unitPrice"
         FROM price_book_entry WHERE product_id = $1 AND price_book_id = ANY($2::uuid[])`,
      [productId, [...priceBookIds]],
    );
  }

  /** Every exchange rate, by currency, newest first. */
  exchangeRates(): Promise<ExchangeRateEntity[]> {
    return this.ds.getRepository(ExchangeRateEntity).find({ order: { currency: 'ASC', validFrom: 'DESC' } });
  }

  /** Records the rate of `currency` from `validFrom` on, or corrects the one recorded for that day. */
  async upsertExchangeRate(rate: { currency: string; validFrom: string; rate: string }, userId: string): Promise<ExchangeRateEntity> {
    await this.ds.query(
      `INSERT INTO exchange_rate (currency, valid_from, rate, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (currency, valid_from) DO UPDATE SET rate = EXCLUDED.rate, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [rate.currency, rate.validFrom, rate.rate, userId],
    );
    return this.ds.getRepository(ExchangeRateEntity).findOneByOrFail({ currency: rate.currency, validFrom: rate.validFrom });
  }

  /** Removes one dated rate; whether there was one. */
  async removeExchangeRate(currency: string, validFrom: string): Promise<boolean> {
    const result = await this.ds.getRepository(ExchangeRateEntity).delete({ currency, validFrom });
    return (result.affected ?? 0) > 0;
  }
}
