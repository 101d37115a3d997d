import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Action, Actor } from '@rapport/shared-domain';
import { applyScope, columnFieldMap, FieldMap, Sortable } from '@rapport/shared-database';
import { CommitmentEntity, QuoteEntity } from '../entities';

/** What a quotes list may filter on; columns of the `q` alias `RevenueRepository.quotes` reads. */
export const QUOTE_FIELDS: FieldMap = columnFieldMap('q', { id: 'id', opportunityId: 'id', accountId: 'id', status: 'string', ownerId: 'id' });
export const QUOTE_ORDER: Sortable<QuoteEntity> = { createdAt: { column: 'q.created_at', cast: 'timestamptz' } };

/** What a commitments list may filter on; columns of the `cm` alias `RevenueRepository.commitments` reads. */
export const COMMITMENT_FIELDS: FieldMap = columnFieldMap('cm', { id: 'id', accountId: 'id', status: 'string', ownerId: 'id' });
// Promises without a due date come last; the cursor carries the same fallback.
export const COMMITMENT_ORDER: Sortable<CommitmentEntity> = { dueAt: { column: `COALESCE(cm.due_at, 'infinity')`, cast: 'timestamptz', read: (c: CommitmentEntity) => c.dueAt ?? 'infinity' } };

/** Every read of a quote or a commitment starts here: the one visibility scope, as for sales records. */
@Injectable()
export class RevenueRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  quotes(actor: Actor, action: Action, m: EntityManager = this.ds.manager) {
    const qb = m.createQueryBuilder(QuoteEntity, 'q');
    return applyScope(qb, actor, 'quote', action, { owner: 'q.owner_id', team: 'q.team_id', shareId: 'q.id' });
  }

  commitments(actor: Actor, action: Action, m: EntityManager = this.ds.manager) {
    const qb = m.createQueryBuilder(CommitmentEntity, 'cm');
    return applyScope(qb, actor, 'commitment', action, { owner: 'cm.owner_id', team: 'cm.team_id', shareId: 'cm.id' });
  }

  /**
   * Who asked for each quote's latest pending approval (the request decideQuote answers), one
   * query for a page of quotes; null where none is pending. Callers have already scoped the quotes.
   */
  async pendingRequesters(ids: readonly string[]): Promise<(string | null)[]> {
    const rows: { quote_id: string; requested_by: string }[] = await this.ds.query(
      `SELECT DISTINCT ON (quote_id) quote_id, requested_by FROM quote_approval WHERE quote_id = ANY($1::uuid[]) AND status = 'pending' ORDER BY quote_id, requested_at DESC`,
      [[...ids]],
    );
    const byId = new Map(rows.map((r) => [r.quote_id, r.requested_by]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
