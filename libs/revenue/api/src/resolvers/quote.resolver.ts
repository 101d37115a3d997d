import { Args, Float, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { actorIn, CurrentActor, GqlContext, listComplexity, loadersIn } from '@rapport/shared-api';
import { SalesRepository } from '@rapport/sales-data';
import { QuoteApprovalEntity, QuoteEntity, QuoteLineEntity, RevenueRepository } from '@rapport/revenue-data';
import {
  CreateQuoteInput,
  DecideQuoteInput,
  Quote,
  QuoteApproval,
  QuoteConnection,
  QuoteIdInput,
  QuoteLine,
  QuotePayload,
  QuotePriceConflict,
  SubmitQuoteInput,
  SubmitQuotePayload,
  UnlockQuoteInput,
  UpdateQuoteInput,
} from '../models/quote.model';
import { QuoteViewerCan } from '../models/quote-viewer-can.model';
import { PriceConflictsService } from '../services/price-conflicts.service';
import { QuoteApprovalService } from '../services/quote-approval.service';
import { QuotesService } from '../services/quotes.service';
import { quoteViewerCan } from './quote-viewer-can';

@Resolver(() => Quote)
export class QuoteResolver {
  constructor(
    private readonly quotes: QuotesService,
    private readonly approvalService: QuoteApprovalService,
    private readonly conflicts: PriceConflictsService,
    private readonly repo: RevenueRepository,
    private readonly sales: SalesRepository,
  ) {}

  @Query(() => QuoteConnection, { name: 'quotes', complexity: listComplexity })
  list(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('opportunityId', { type: () => ID, nullable: true }) opportunityId: string | null,
    @Args('accountId', { type: () => ID, nullable: true }) accountId: string | null,
    @Args('status', { type: () => String, nullable: true }) status: string | null,
  ) {
    return this.quotes.list(actor, { first, after, opportunityId, accountId, status });
  }

  @Query(() => Quote, { nullable: true }) quote(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.quotes.findVisible(actor, id);
  }

  @Query(() => [QuotePriceConflict], { description: 'Open quotes to one customer pricing the same SKU differently beyond tolerance.' })
  async quotePriceConflicts(@CurrentActor() actor: Actor) {
    return (await this.conflicts.report(actor)).map((c) => ({
      rootAccountId: c.rootAccountId,
      productId: c.productId,
      sku: c.sku,
      currency: c.currency,
      lowQuoteId: c.low.quoteId,
      lowQuoteName: c.low.quoteName,
      lowNetUnitPrice: c.low.netUnitCents / 100,
      highQuoteId: c.high.quoteId,
      highQuoteName: c.high.quoteName,
      highNetUnitPrice: c.high.netUnitCents / 100,
      spreadPercent: c.spreadPercent,
    }));
  }

  @Mutation(() => QuotePayload) async createQuote(@CurrentActor() a: Actor, @Args('input') input: CreateQuoteInput) {
    return { quote: await this.quotes.create(a, input) };
  }
  @Mutation(() => QuotePayload) async updateQuote(@CurrentActor() a: Actor, @Args('input') input: UpdateQuoteInput) {
    return { quote: await this.quotes.update(a, input) };
  }
  @Mutation(() => SubmitQuotePayload, { description: 'Within your discount tolerance the quote is approved at once; beyond it a manager must approve.' })
  submitQuote(@CurrentActor() a: Actor, @Args('input') input: SubmitQuoteInput) {
    return this.approvalService.submit(a, input);
  }
  @Mutation(() => QuotePayload) async decideQuote(@CurrentActor() a: Actor, @Args('input') input: DecideQuoteInput) {
    return { quote: await this.approvalService.decide(a, input) };
  }
  @Mutation(() => QuotePayload, { description: 'Locks the quote and makes its total the opportunity amount.' })
  async acceptQuote(@CurrentActor() a: Actor, @Args('input') input: QuoteIdInput) {
    return { quote: await this.quotes.accept(a, input.id) };
  }
  @Mutation(() => QuotePayload, { description: 'Admins only; audited with the reason.' })
  async unlockQuote(@CurrentActor() a: Actor, @Args('input') input: UnlockQuoteInput) {
    return { quote: await this.quotes.unlock(a, input.id, input.reason) };
  }

  @ResolveField(() => [QuoteLine]) async lines(q: QuoteEntity, _: unknown, context: GqlContext) {
    const rows = (await loadersIn(context).get<QuoteLineEntity[]>('quote.lines', async (ids) => {
      const all = await this.quotes.lines(ids);
      return ids.map((id) => all.filter((l) => l.quoteId === id));
    }).load(q.id)) ?? [];
    return rows.map((l) => ({ ...l, unitPrice: Number(l.unitPrice), discountPercent: Number(l.discountPercent), netAmount: Number(l.netAmount) }));
  }
  @ResolveField(() => [QuoteApproval]) approvals(q: QuoteEntity): Promise<QuoteApprovalEntity[]> {
    return this.quotes.approvals(q.id);
  }
  @ResolveField(() => QuoteViewerCan) viewerCan(q: QuoteEntity, _: unknown, context: GqlContext) {
    return quoteViewerCan(loadersIn(context), this.repo, this.sales, actorIn(context), q);
  }
  @ResolveField(() => Boolean) locked(q: QuoteEntity) {
    return q.status === 'accepted';
  }
  @ResolveField(() => Float) subtotal(q: QuoteEntity) {
    return Number(q.subtotal);
  }
  @ResolveField(() => Float) total(q: QuoteEntity) {
    return Number(q.total);
  }
  @ResolveField(() => Float) discountPercent(q: QuoteEntity) {
    return Number(q.discountPercent);
  }
}
