import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { HandoverEntity } from '@rapport/sales-data';
import { BulkAssignInput, BulkAssignPayload } from '../models/bulk.model';
import { Handover, TransferOwnershipInput, TransferOwnershipPayload } from '../models/handover.model';
import { BulkService } from '../services/bulk.service';
import { HandoverService } from '../services/handover.service';

const view = (h: HandoverEntity): Handover => ({ ...h, progress: h.status === 'done' ? 100 : h.total ? Math.min(99, Math.floor((h.moved / h.total) * 100)) : 0 });

@Resolver(() => Handover)
export class HandoverResolver {
  constructor(private readonly handovers: HandoverService) {}

  @Mutation(() => TransferOwnershipPayload, { description: 'Hand a person’s open book to new owners, as a background job with progress.' })
  async transferOwnership(@CurrentActor() actor: Actor, @Args('input') input: TransferOwnershipInput) {
    return { handover: view(await this.handovers.start(actor, input)) };
  }

  @Query(() => Handover, { nullable: true })
  async handover(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    const h = await this.handovers.find(actor, id);
    return h ? view(h) : null;
  }
}


@Resolver()
export class BulkResolver {
  constructor(private readonly bulk: BulkService) {}

  @Mutation(() => BulkAssignPayload, { description: 'Assign up to 500 records of one kind to an owner.' })
  bulkAssign(@CurrentActor() actor: Actor, @Args('input') input: BulkAssignInput) {
    return this.bulk.assign(actor, input);
  }
}
