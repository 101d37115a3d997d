import { Actor } from '@rapport/shared-domain';
import { Loaders, viewerFacts } from '@rapport/shared-api';
import { OpportunityEntity, SalesRepository } from '@rapport/sales-data';
import { QuoteActions, quoteActions, quoteNeedsDeal, QuoteStatus } from '@rapport/revenue-domain';
import { QuoteEntity, RevenueRepository } from '@rapport/revenue-data';

/**
 * `Quote.viewerCan`: the row's facts, plus — only for the quotes where they decide anything — who
 * asked for a pending approval and the deal an approved quote would change, each batched per request.
 */
export async function quoteViewerCan(loaders: Loaders, repo: RevenueRepository, sales: SalesRepository, actor: Actor, q: QuoteEntity): Promise<QuoteActions> {
  const status = q.status as QuoteStatus;
  const facts = { ...(await viewerFacts(loaders, repo.ds, actor, 'quote', q)), status };
  // The latest pending request, as decideQuote reads it.
  const approvalRequestedBy =
    status === 'pending_approval'
      ? await loaders.get<string>('quote.pendingRequester', (ids) => repo.pendingRequesters(ids)).load(q.id)
      : null;
  let deal = null;
  if (quoteNeedsDeal(actor, facts)) {
    const row = await loaders.get<OpportunityEntity>('opportunity.visible', (ids) => sales.visibleByIds<OpportunityEntity>('opportunity', actor, ids)).load(q.opportunityId);
    deal = row ? await viewerFacts(loaders, repo.ds, actor, 'opportunity', row) : null;
  }
  return quoteActions(actor, { ...facts, approvalRequestedBy, deal });
}
