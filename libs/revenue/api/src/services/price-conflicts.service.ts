import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { notify, withSystemScope } from '@rapport/shared-database';
import { findConflicts, netUnitCents, OpenQuoteLine, PriceConflict } from '@rapport/revenue-domain';
import { RevenueRepository } from './revenue.repository';

/** Net unit prices of one SKU to one customer may differ by this much before anyone is warned. */
export const PRICE_CONFLICT_TOLERANCE_PERCENT = 2;
const OPEN = `('draft','pending_approval','approved','accepted')`;

interface LineRow {
  quote_id: string;
  quote_name: string;
  owner_id: string;
  root_account_id: string;
  product_id: string;
  sku: string;
  currency: string;
  unit_price: string;
  line_discount: string;
  quote_discount: string;
}

/**
 * The consistency guard: open quotes to one customer — an account and its whole hierarchy — must
 * not price the same SKU differently beyond tolerance. A conflict warns both owners and their
 * managers (once per pair of quotes and SKU) and shows in the conflicts report.
 */
@Injectable()
export class PriceConflictsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: RevenueRepository,
  ) {}

  /** Open quote lines for the hierarchies of `accountIds` (all hierarchies when null), with each account's root. */
  private async openLines(rootOf: string | null): Promise<OpenQuoteLine[]> {
    const rows: LineRow[] = await this.ds.query(
      `WITH RECURSIVE tree AS (
         SELECT id, id AS root FROM account WHERE parent_account_id IS NULL AND ($1::uuid IS NULL OR id = $1)
         UNION ALL
         SELECT a.id, tree.root FROM account a JOIN tree ON a.parent_account_id = tree.id
       )
       SELECT q.id AS quote_id, q.name AS quote_name, q.owner_id, tree.root AS root_account_id, l.product_id, l.sku, q.currency,
              l.unit_price, l.discount_percent AS line_discount, q.discount_percent AS quote_discount
         FROM quote q JOIN tree ON tree.id = q.account_id JOIN quote_line l ON l.quote_id = q.id
        WHERE q.deleted_at IS NULL AND q.status IN ${OPEN}`,
      [rootOf],
    );
    return rows.map((r) => ({
      quoteId: r.quote_id,
      quoteName: r.quote_name,
      ownerId: r.owner_id,
      rootAccountId: r.root_account_id,
      productId: r.product_id,
      sku: r.sku,
      currency: r.currency,
      netUnitCents: netUnitCents(r.unit_price, Number(r.line_discount), Number(r.quote_discount)),
    }));
  }

  private async rootAccountOf(accountId: string): Promise<string> {
    const [row] = await this.ds.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_account_id, 0 AS depth FROM account WHERE id = $1
         UNION ALL
         SELECT a.id, a.parent_account_id, up.depth + 1 FROM account a JOIN up ON a.id = up.parent_account_id WHERE up.depth < 50
       )
       SELECT id FROM up WHERE parent_account_id IS NULL LIMIT 1`,
      [accountId],
    );
    return row?.id ?? accountId;
  }

  /** After a quote changes: find conflicts in its customer's hierarchy and warn the people involved. */
  async check(quoteId: string): Promise<PriceConflict[]> {
    const lines = await withSystemScope('the guard compares a changed quote with every open quote to the same customer, whoever owns them', async () => {
      const [quote] = await this.ds.query(`SELECT account_id FROM quote WHERE id = $1`, [quoteId]);
      return quote ? this.openLines(await this.rootAccountOf(quote.account_id)) : [];
    });
    const conflicts = findConflicts(lines, PRICE_CONFLICT_TOLERANCE_PERCENT).filter((c) => c.low.quoteId === quoteId || c.high.quoteId === quoteId);
    if (conflicts.length === 0) return [];
    await this.ds.transaction(async (m) => {
      for (const c of conflicts) {
        const owners = [...new Set([c.low.ownerId, c.high.ownerId])];
        const managers: { manager_id: string }[] = await m.query(
          `SELECT DISTINCT t.manager_id FROM app_user u JOIN team t ON t.id = u.team_id WHERE u.id = ANY($1::uuid[]) AND t.manager_id IS NOT NULL`,
          [owners],
        );
        const pair = [c.low.quoteId, c.high.quoteId].sort().join(':');
        for (const userId of new Set([...owners, ...managers.map((r) => r.manager_id)])) {
          await notify(m, {
            userId,
            kind: 'quote.price_conflict',
            // The title goes to both owners, who may not read each other's quote: no names here; the
            // report they open shows the details within their own scope.
            title: `Price conflict on ${c.sku}: two open quotes to the same customer differ by ${c.spreadPercent} %`,
            payload: { sku: c.sku, lowQuoteId: c.low.quoteId, highQuoteId: c.high.quoteId, spreadPercent: c.spreadPercent, path: '/sales/quotes/conflicts' },
            dedupKey: `price-conflict:${pair}:${c.productId}:${userId}`,
            email: true,
          });
        }
      }
    });
    return conflicts;
  }

  /**
   * The conflicts report: the conflicts between two quotes the caller may both read. A conflict with
   * a quote outside the caller's scope would show that quote's name, price and owner, so it is left
   * out here; the owners of both quotes and their managers are told of it by notification (`check`).
   */
  async report(actor: Actor): Promise<PriceConflict[]> {
    const lines = await withSystemScope('conflicts are found across all open quotes before the reader’s scope filters them', () => this.openLines(null));
    const all = findConflicts(lines, PRICE_CONFLICT_TOLERANCE_PERCENT);
    if (all.length === 0) return [];
    const ids = [...new Set(all.flatMap((c) => [c.low.quoteId, c.high.quoteId]))];
    const visible = new Set((await this.repo.quotes(actor, 'read').select('q.id', 'id').andWhere('q.id IN (:...ids)', { ids }).getRawMany<{ id: string }>()).map((r) => r.id));
    return all.filter((c) => visible.has(c.low.quoteId) && visible.has(c.high.quoteId));
  }
}
