import { Field, Float, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';

/** Per-field operator inputs; `compileFilter` in shared-database turns them into SQL. */
@InputType()
export class StringFilter {
  @Field(() => String, { nullable: true }) eq?: string;
  @Field(() => String, { nullable: true }) ne?: string;
  @Field(() => [String], { nullable: true }) in?: string[];
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring match.' }) contains?: string;
  @Field(() => String, { nullable: true, description: 'Case-insensitive prefix match.' }) startsWith?: string;
  @Field(() => Boolean, { nullable: true }) isNull?: boolean;
}

@InputType()
export class IdFilter {
  @Field(() => ID, { nullable: true }) eq?: string;
  @Field(() => ID, { nullable: true }) ne?: string;
  @Field(() => [ID], { nullable: true }) in?: string[];
  @Field(() => Boolean, { nullable: true }) isNull?: boolean;
}

@InputType()
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true }) eq?: boolean;
}

@InputType()
export class DateTimeFilter {
  @Field(() => GraphQLISODateTime, { nullable: true }) eq?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) gt?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) gte?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lt?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lte?: Date;
  @Field(() => Boolean, { nullable: true }) isNull?: boolean;
}

@InputType()
export class NumberFilter {
  @Field(() => Float, { nullable: true }) eq?: number;
  @Field(() => Float, { nullable: true }) ne?: number;
  @Field(() => [Float], { nullable: true }) in?: number[];
  @Field(() => Float, { nullable: true }) gt?: number;
  @Field(() => Float, { nullable: true }) gte?: number;
  @Field(() => Float, { nullable: true }) lt?: number;
  @Field(() => Float, { nullable: true }) lte?: number;
  @Field(() => Boolean, { nullable: true }) isNull?: boolean;
}
