import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { MarkNotificationsReadInput, MarkNotificationsReadPayload, Notification } from '../models/notification.model';
import { NotificationsService } from '../services/notifications.service';

/** The bell: a person only ever sees their own notifications. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly bell: NotificationsService) {}

  @Query(() => [Notification])
  notifications(@CurrentActor() actor: Actor, @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number) {
    return this.bell.list(actor.userId, first);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.bell.unreadCount(actor.userId);
  }

  @Mutation(() => MarkNotificationsReadPayload)
  async markNotificationsRead(@CurrentActor() actor: Actor, @Args('input') input: MarkNotificationsReadInput) {
    return { unreadCount: await this.bell.markRead(actor.userId, input.ids) };
  }
}
