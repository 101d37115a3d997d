import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rapport/shared-domain';
import { lookupMessage, translateMessage } from '@rapport/shared-errors';
import { CurrentActor, GqlContext, requestLocale } from '@rapport/shared-api';
import type { OrderImportEntity } from '@rapport/segmentation-data';
import type { OrderColumnMapping as Mapping } from '@rapport/segmentation-domain';
import { OrderImport, OrderImportIdInput, OrderImportProblem, StartOrderImportInput } from '../models/order-import.model';
import { OrderImportService } from '../services/order-import.service';

/** Order imports after the upload (`POST /api/v1/order-imports`): start, follow, undo. */
@Resolver(() => OrderImport)
export class OrderImportResolver {
  constructor(private readonly service: OrderImportService) {}

  @Query(() => [OrderImport], { description: 'Your order imports (all of them for those who import for the company), newest first.' })
  orderImports(@CurrentActor() actor: Actor) {
    return this.service.list(actor);
  }

  @Query(() => OrderImport, { nullable: true })
  orderImport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.find(actor, id);
  }

  @ResolveField(() => [OrderImportProblem], { description: 'Bad rows by row number (the first 1,000), in the reader’s language.' })
  problems(imp: OrderImportEntity, _: unknown, context: GqlContext) {
    const locale = requestLocale(context.req);
    return imp.problems.map((p) => {
      const known = lookupMessage(p.message);
      return { ...p, message: known ? translateMessage(locale, known.messageKey, known.params, p.message) : p.message };
    });
  }

  @Mutation(() => OrderImport, { description: 'Starts an uploaded import with a mapping; the job reports progress and bad rows.' })
  startOrderImport(@CurrentActor() actor: Actor, @Args('input') input: StartOrderImportInput) {
    return this.service.start(actor, { ...input, mapping: input.mapping as Mapping[] });
  }

  @Mutation(() => OrderImport, { description: 'Removes the orders the import created.' })
  undoOrderImport(@CurrentActor() actor: Actor, @Args('input') input: OrderImportIdInput) {
    return this.service.undo(actor, input.id);
  }
}
