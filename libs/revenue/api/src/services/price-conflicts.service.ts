import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { notify, withSystemScope } from '@rapport/shared-database';
import { findConflicts, netUnitCents, OpenQuoteLine, PriceConflict } from '@rapport/revenue-domain';
import { QuoteRepository, RevenueRepository } from '@rapport/revenue-data';

/** Net unit prices of one SKU to one customer may differ by this much before anyone is warned. */
export const PRICE_CONFLICT_TOLERANCE_PERCENT = 2;

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
    private readonly quoteRepo: QuoteRepository,
  ) {}

  /** Open quote lines for the hierarchy under `rootOf` (all hierarchies when null), each priced net per unit. */
  private async openLines(rootOf: string | null): Promise<OpenQuoteLine[]> {
    const rows = await this.quoteRepo.openQuoteLines(rootOf);
    return rows.map(({ unitPrice, lineDiscountPercent, quoteDiscountPercent, ...line }) => ({
      ...line,
      netUnitCents: netUnitCents(unitPrice, Number(lineDiscountPercent), Number(quoteDiscountPercent)),
    }));
  }

  /** After a quote changes: find conflicts in its customer's hierarchy and warn the people involved. */
  async check(quoteId: string): Promise<PriceConflict[]> {
    const lines = await withSystemScope('the guard compares a changed quote with every open quote to the same customer, whoever owns them', async () => {
      const accountId = await this.quoteRepo.accountOfQuote(quoteId);
      // An account whose parent chain has no top (within the walk's depth) is its own root.
      return accountId ? this.openLines((await this.quoteRepo.rootAccountOf(accountId)) ?? accountId) : [];
    });
    const conflicts = findConflicts(lines, PRICE_CONFLICT_TOLERANCE_PERCENT).filter((c) => c.low.quoteId === quoteId || c.high.quoteId === quoteId);
    if (conflicts.length === 0) return [];
    await this.ds.transaction(async (m) => {
      for (const c of conflicts) {
        const owners = [...new Set([c.low.ownerId, c.high.ownerId])];
        const managers = await this.quoteRepo.teamManagersOf(owners, m);
        const pair = [c.low.quoteId, c.high.quoteId].sort().join(':');
        for (const userId of new Set([...owners, ...managers])) {
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
