import { Field, GraphQLISODateTime, ID, InputType, ObjectType, PartialType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Connection, IdFilter, SortDirection, StringFilter } from '@rapport/shared-api';
import { TeamOrderField } from './enums';

@ObjectType()
export class Team {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  parentId: string | null;
  managerId: string | null;
}

@ObjectType()
export class TeamConnection extends Connection(Team, 'Team') {}

@InputType()
export class TeamFilter {
  @Field(() => [TeamFilter], { nullable: true }) and?: TeamFilter[];
  @Field(() => [TeamFilter], { nullable: true }) or?: TeamFilter[];
  @Field(() => TeamFilter, { nullable: true }) not?: TeamFilter;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => IdFilter, { nullable: true }) parentId?: IdFilter;
}

@InputType()
export class TeamOrderBy {
  @Field(() => TeamOrderField) field: (typeof TeamOrderField)[keyof typeof TeamOrderField];
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection;
}

@InputType()
export class CreateTeamInput {
  @Field()
  @IsString()
  @Length(1, 120, { message: 'Name must be 1 to 120 characters.' })
  name: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a parent team.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a manager.' })
  managerId?: string | null;
}

/** Every field of a new team, each optional (null passes like a left-out field, as before). */
@InputType()
export class UpdateTeamInput extends PartialType(CreateTeamInput) {
  @Field(() => ID)
  @IsUUID('all')
  id: string;
}

@ObjectType()
export class TeamPayload {
  @Field(() => Team) team: Team;
}
@ObjectType()
export class CreateTeamPayload extends TeamPayload {}
@ObjectType()
export class UpdateTeamPayload extends TeamPayload {}

