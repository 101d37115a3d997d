import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { OpenQuoteLine } from '@rapport/revenue-domain';
import { QuoteLineEntity } from '../entities';

/** A quote still in play: these statuses price their SKUs for the customer (the consistency guard). */
const OPEN = `('draft','pending_approval','approved','accepted')`;

/**
 * One line of an open quote with its customer's root account and the prices as stored (decimal
 * text): the guard's `OpenQuoteLine` before the caller works out the net unit price.
 */
export type OpenQuoteLineRow = Omit<OpenQuoteLine, 'netUnitCents'> & {
  unitPrice: string;
  lineDiscountPercent: string;
  quoteDiscountPercent: string;
};

/**
 * The SQL behind quotes, their approvals and the price-conflict guard. Callers decide who may see
 * what (RevenueRepository's scope) and what the rows mean; these methods read and write rows.
 * Methods that take a manager run inside the caller's transaction.
 */
@Injectable()
export class QuoteRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The lines of these quotes, in line order (callers have already scoped the quotes). */
  linesOf(quoteIds: readonly string[]): Promise<QuoteLineEntity[]> {
    return this.ds.getRepository(QuoteLineEntity).createQueryBuilder('l').where('l.quote_id IN (:...ids)', { ids: quoteIds }).orderBy('l.line_no').getMany();
  }

  /** The name and email a quote's PDF shows for its owner. */
  async ownerContact(ownerId: string | null): Promise<{ name: string; email: string } | undefined> {
    const [owner] = await this.ds.query(`SELECT name, email FROM app_user WHERE id = $1`, [ownerId]);
    return owner;
  }

  /** The account's id and tier, which choose its price books; the quote's account always exists (foreign key). */
  async pricingAccount(accountId: string, m: EntityManager): Promise<{ id: string; tier: string | null }> {
    const [account] = await m.query(`SELECT id, tier FROM account WHERE id = $1`, [accountId]);
    return account;
  }

  /** The version number a new quote on this opportunity gets: one more than the highest so far. */
  async nextVersion(opportunityId: string, m: EntityManager): Promise<number> {
    const [{ next }] = await m.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM quote WHERE opportunity_id = $1`, [opportunityId]);
    return next;
  }

  /** Retires every other not-yet-accepted version of the opportunity's quotes once one is accepted. */
  async supersedeOtherVersions(quote: { id: string; opportunityId: string }, m: EntityManager): Promise<void> {
    await m.query(`UPDATE quote SET status = 'superseded', updated_at = now() WHERE opportunity_id = $1 AND id <> $2 AND status IN ('draft','pending_approval','approved','rejected')`, [quote.opportunityId, quote.id]);
  }

  /** The role of a quote's owner (their discount tolerance depends on it); undefined for an unknown user. */
  async ownerRole(ownerId: string | null, m: EntityManager): Promise<string | undefined> {
    const [owner] = await m.query(`SELECT role FROM app_user WHERE id = $1`, [ownerId]);
    return owner?.role;
  }

  /** The nearest active manager up the owner's team tree who is not the owner; null when there is none. */
  async nearestManagerOf(ownerId: string, m: EntityManager): Promise<string | null> {
    const [row] = await m.query(
      `WITH RECURSIVE up AS (
         SELECT t.id, t.parent_id, t.manager_id, 0 AS depth FROM team t JOIN app_user u ON u.team_id = t.id WHERE u.id = $1
         UNION ALL
         SELECT t.id, t.parent_id, t.manager_id, up.depth + 1 FROM team t JOIN up ON t.id = up.parent_id WHERE up.depth < 20
       )
       SELECT manager_id AS id FROM up JOIN app_user m ON m.id = up.manager_id AND m.active WHERE up.manager_id <> $1 ORDER BY depth LIMIT 1`,
      [ownerId],
    );
    return row?.id ?? null;
  }

  /** The longest-standing active administrator other than `userId`; null when there is none. */
  async firstAdminOtherThan(userId: string, m: EntityManager): Promise<string | null> {
    const [admin] = await m.query(`SELECT id FROM app_user WHERE role = 'admin' AND active AND id <> $1 ORDER BY created_at LIMIT 1`, [userId]);
    return admin?.id ?? null;
  }

  /** The managers of the teams these users are in (each once). */
  async teamManagersOf(userIds: readonly string[], m: EntityManager): Promise<string[]> {
    const rows: { manager_id: string }[] = await m.query(
      `SELECT DISTINCT t.manager_id FROM app_user u JOIN team t ON t.id = u.team_id WHERE u.id = ANY($1::uuid[]) AND t.manager_id IS NOT NULL`,
      [[...userIds]],
    );
    return rows.map((r) => r.manager_id);
  }

  /** The account a quote is for; null for an unknown quote. Unscoped: the guard's caller says why. */
  async accountOfQuote(quoteId: string): Promise<string | null> {
    const [quote] = await this.ds.query(`SELECT account_id FROM quote WHERE id = $1`, [quoteId]);
    return quote?.account_id ?? null;
  }

  /** The top of the account's parent chain; null when the chain has no top within 50 levels or the account is unknown. */
  async rootAccountOf(accountId: string): Promise<string | null> {
    const [row] = await this.ds.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_account_id, 0 AS depth FROM account WHERE id = $1
         UNION ALL
         SELECT a.id, a.parent_account_id, up.depth + 1 FROM account a JOIN up ON a.id = up.parent_account_id WHERE up.depth < 50
       )
       SELECT id FROM up WHERE parent_account_id IS NULL LIMIT 1`,
      [accountId],
    );
    return row?.id ?? null;
  }

  /**
   * Every line of every open quote to the hierarchy under `rootAccountId` (all hierarchies when
   * null), with each quote's root account. Unscoped: the guard compares across owners.
   */
  async openQuoteLines(rootAccountId: string | null): Promise<OpenQuoteLineRow[]> {
    const rows: Record<string, string>[] = await this.ds.query(
      `WITH RECURSIVE tree AS (
         SELECT id, id AS root FROM account WHERE parent_account_id IS NULL AND ($1::uuid IS NULL OR id = $1)
         UNION ALL
         SELECT a.id, tree.root FROM account a JOIN tree ON a.parent_account_id = tree.id
       )
       SELECT q.id AS quote_id, q.name AS quote_name, q.owner_id, tree.root AS root_account_id, l.product_id, l.sku, q.currency,
              l.unit_price, l.discount_percent AS line_discount, q.discount_percent AS quote_discount
         FROM quote q JOIN tree ON tree.id = q.account_id JOIN quote_line l ON l.quote_id = q.id
        WHERE q.deleted_at IS NULL AND q.status IN ${OPEN}`,
      [rootAccountId],
    );
    return rows.map((r) => ({
      quoteId: r.quote_id,
      quoteName: r.quote_name,
      ownerId: r.owner_id,
      rootAccountId: r.root_account_id,
      productId: r.product_id,
      sku: r.sku,
      currency: r.currency,
      unitPrice: r.unit_price,
      lineDiscountPercent: r.line_discount,
      quoteDiscountPercent: r.quote_discount,
    }));
  }
}
