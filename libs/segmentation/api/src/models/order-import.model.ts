import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ORDER_IMPORT_FIELDS } from '@rapport/segmentation-domain';

const FIELDS = ORDER_IMPORT_FIELDS.map((f) => f.key);

@ObjectType()
export class OrderColumnMapping {
  @Field() column: string;
  @Field({ description: `One of ${FIELDS.join(', ')}.` }) field: string;
}

@ObjectType()
export class OrderImportProblem {
  @Field(() => Int) row: number;
  @Field(() => String, { nullable: true }) column: string | null;
  @Field() message: string;
}

@ObjectType({ description: 'An orders file: upload, mapping, progress, counts and the report of bad rows.' })
export class OrderImport {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => [String]) columns: string[];
  @Field(() => [[String]]) preview: string[][];
  @Field(() => Int) totalRows: number;
  @Field(() => [OrderColumnMapping]) suggestedMapping: OrderColumnMapping[];
  @Field(() => [OrderColumnMapping], { nullable: true }) mapping: OrderColumnMapping[] | null;
  @Field() createCustomers: boolean;
  @Field({ description: 'uploaded, queued, running, succeeded, failed or undone.' }) status: string;
  @Field(() => Int) progress: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) customersCreated: number;
  @Field(() => Int) badRows: number;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
}

@InputType()
export class OrderColumnMappingInput {
  @Field() @IsString() @MaxLength(200) column: string;
  @Field() @IsIn(FIELDS) field: string;
}

@InputType()
export class StartOrderImportInput {
  @Field(() => ID) @IsUUID('all') importId: string;
  @Field(() => [OrderColumnMappingInput]) @ArrayMaxSize(40) @ValidateNested({ each: true }) @Type(() => OrderColumnMappingInput) mapping: OrderColumnMappingInput[];
  @Field({ description: 'Create a contact for an address no contact has; otherwise such orders are reported and skipped.' }) @IsBoolean() createCustomers: boolean;
}

@InputType()
export class OrderImportIdInput {
  @Field(() => ID) @IsUUID('all') id: string;
}
