import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IsBoolean, IsObject, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

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
