import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { MergeRecordsInput, MergeRecordsPayload } from '../models/merge.model';
import { RecordShare, ShareableObjectEnum, ShareRecordInput, ShareRecordPayload, UnshareRecordInput } from '../models/sharing.model';
import { MergeService } from '../services/merge.service';
import { ShareableObject, SharingService } from '../services/sharing.service';

@Resolver(() => RecordShare)
export class SharingResolver {
  constructor(private readonly sharing: SharingService) {}

  @Query(() => [RecordShare], { description: 'Who a record is shared with (empty when you cannot see the record).' })
  recordShares(
    @CurrentActor() actor: Actor,
    @Args('objectType', { type: () => ShareableObjectEnum }) objectType: ShareableObject,
    @Args('recordId', { type: () => ID }) recordId: string,
  ) {
    return this.sharing.sharesOf(actor, objectType, recordId);
  }

  @Mutation(() => ShareRecordPayload, { description: 'Share a record with a user or a team, for reading or writing.' })
  async shareRecord(@CurrentActor() actor: Actor, @Args('input') input: ShareRecordInput) {
    return { share: await this.sharing.share(actor, input) };
  }

  @Mutation(() => ShareRecordPayload)
  async unshareRecord(@CurrentActor() actor: Actor, @Args('input') input: UnshareRecordInput) {
    return { share: await this.sharing.unshare(actor, input.id) };
  }
}


@Resolver()
export class MergeResolver {
  constructor(private readonly merges: MergeService) {}

  @Mutation(() => MergeRecordsPayload, { description: 'Merge duplicates into one record, choosing field by field; relations move to the survivor.' })
  async mergeRecords(@CurrentActor() actor: Actor, @Args('input') input: MergeRecordsInput) {
    await this.merges.merge(actor, input);
    return { survivorId: input.survivorId, mergedIds: input.mergedIds.filter((id) => id !== input.survivorId) };
  }
}
