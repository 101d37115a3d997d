import { Args, Field, GraphQLISODateTime, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { DataSource, In, IsNull } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { NotificationEntity } from '@rapport/shared-database';

@ObjectType()
export class Notification {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => String, { description: 'Details as JSON.' }) payloadJson: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'Omit to mark all as read.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int) unreadCount: number;
}

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
