import { Args, Field, GraphQLISODateTime, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IsBoolean, IsObject, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { SavedViewEntity } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';

@ObjectType()
export class SavedView {
  @Field(() => ID) id: string;
  @Field({ description: 'accounts, contacts, leads, opportunities, activities…' }) objectType: string;
  @Field() name: string;
  @Field() shared: boolean;
  @Field({ description: 'True when the caller created it (and may change it).' }) mine: boolean;
  @Field(() => GraphQLJSONObject, { description: '{ filter, orderBy, columns }' }) definition: Record<string, unknown>;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@InputType()
export class SaveViewInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a new view.' }) @IsOptional() @IsUUID('all') id?: string;
  @Field() @Matches(/^[a-z]{3,30}$/, { message: 'Use the list name, e.g. leads.' }) objectType: string;
  @Field() @IsString() @Length(1, 80, { message: 'Name must be 1 to 80 characters.' }) name: string;
  @Field({ defaultValue: false, description: 'Visible to everyone (admins and managers only).' }) @IsBoolean() shared: boolean;
  @Field(() => GraphQLJSONObject) @IsObject() definition: Record<string, unknown>;
}

@InputType()
export class DeleteViewInput {
  @Field(() => ID) @IsUUID('all') id: string;
}

@ObjectType()
export class SaveViewPayload {
  @Field(() => SavedView) view: SavedView;
}

const MAX_DEFINITION_BYTES = 20_000;

/** Saved list views: your own plus the shared ones. Filters are checked when the view is used. */
@Resolver(() => SavedView)
export class SavedViewsResolver {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Query(() => [SavedView])
  async savedViews(@CurrentActor() actor: Actor, @Args('objectType') objectType: string) {
    const rows = await this.ds
      .getRepository(SavedViewEntity)
      .createQueryBuilder('v')
      .where('v.object_type = :objectType AND (v.owner_id = :me OR v.shared)', { objectType, me: actor.userId })
      .orderBy('v.shared', 'ASC')
      .addOrderBy('v.name', 'ASC')
      .getMany();
    return rows.map((v) => ({ ...v, mine: v.ownerId === actor.userId }));
  }

  @Mutation(() => SaveViewPayload)
  async saveView(@CurrentActor() actor: Actor, @Args('input') input: SaveViewInput) {
    if (JSON.stringify(input.definition).length > MAX_DEFINITION_BYTES) throw AppError.validation([{ path: 'input.definition', message: 'The view is too large.' }]);
    if (input.shared && scopeFor(actor, 'sharedView', 'write') === RecordScope.None) {
      throw AppError.validation([{ path: 'input.shared', message: 'Only administrators and managers can share views.' }]);
    }
    const repo = this.ds.getRepository(SavedViewEntity);
    if (input.id) {
      const view = await repo.findOneBy({ id: input.id, ownerId: actor.userId });
      if (!view) throw AppError.notFound('The view');
      await repo.update({ id: view.id }, { name: input.name.trim(), shared: input.shared, definition: input.definition } as never);
      return { view: { ...(await repo.findOneByOrFail({ id: view.id })), mine: true } };
    }
    const view = await repo.save(repo.create({ objectType: input.objectType, name: input.name.trim(), shared: input.shared, definition: input.definition, ownerId: actor.userId }));
    return { view: { ...view, mine: true } };
  }

  @Mutation(() => SaveViewPayload)
  async deleteView(@CurrentActor() actor: Actor, @Args('input') input: DeleteViewInput) {
    const repo = this.ds.getRepository(SavedViewEntity);
    const view = await repo.findOneBy({ id: input.id, ownerId: actor.userId });
    if (!view) throw AppError.notFound('The view');
    await repo.delete({ id: view.id });
    return { view: { ...view, mine: true } };
  }
}
