import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { NotificationEntity } from '@rapport/shared-database';
import { MarkNotificationsReadInput, MarkNotificationsReadPayload, Notification } from '../models/notification.model';

/** The bell: a person only ever sees their own notifications. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Query(() => [Notification])
  async notifications(@CurrentActor() actor: Actor, @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number) {
    const rows = await this.ds.getRepository(NotificationEntity).find({ where: { userId: actor.userId }, order: { createdAt: 'DESC' }, take: Math.min(Math.max(first, 1), 100) });
    return rows.map((n) => ({ ...n, payloadJson: JSON.stringify(n.payload) }));
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.ds.getRepository(NotificationEntity).countBy({ userId: actor.userId, readAt: IsNull() });
  }

  @Mutation(() => MarkNotificationsReadPayload)
  async markNotificationsRead(@CurrentActor() actor: Actor, @Args('input') input: MarkNotificationsReadInput) {
    const repo = this.ds.getRepository(NotificationEntity);
    await repo.update({ userId: actor.userId, readAt: IsNull(), ...(input.ids ? { id: In(input.ids) } : {}) }, { readAt: new Date() });
    return { unreadCount: await repo.countBy({ userId: actor.userId, readAt: IsNull() }) };
  }
}
