import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { DeleteViewInput, SavedView, SaveViewInput, SaveViewPayload } from '../models/saved-view.model';
import { SavedViewsService } from '../services/saved-views.service';

/** Saved list views: your own plus the shared ones. The rules live in SavedViewsService. */
@Resolver(() => SavedView)
export class SavedViewsResolver {
  constructor(private readonly views: SavedViewsService) {}

  @Query(() => [SavedView])
  savedViews(@CurrentActor() actor: Actor, @Args('objectType') objectType: string) {
    return this.views.list(actor, objectType);
  }

  @Mutation(() => SaveViewPayload)
  async saveView(@CurrentActor() actor: Actor, @Args('input') input: SaveViewInput) {
    return { view: await this.views.save(actor, input) };
  }

  @Mutation(() => SaveViewPayload)
  async deleteView(@CurrentActor() actor: Actor, @Args('input') input: DeleteViewInput) {
    return { view: await this.views.delete(actor, input.id) };
  }
}
