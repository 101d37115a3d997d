import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { Connection } from '@rapport/shared-api';
import type { LeadImportPolicy, LeadImportStatus } from '@rapport/leads-data';
import { IMPORT_FIELDS, ImportField } from './import-fields';

/** API enums: SCREAMING_CASE names over the stored values. */
const screaming = (v: string) => v.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

export const LeadImportStatusEnum = { UPLOADED: 'uploaded', QUEUED: 'queued', RUNNING: 'running', DONE: 'done', FAILED: 'failed', UNDONE: 'undone' } as const;
registerEnumType(LeadImportStatusEnum, { name: 'LeadImportStatus' });

export const LeadImportDedupPolicyEnum = { SKIP: 'skip', UPDATE: 'update', MERGE: 'merge' } as const;
registerEnumType(LeadImportDedupPolicyEnum, {
  name: 'LeadImportDedupPolicy',
  description: 'What to do with a row whose email or phone belongs to an existing lead (contacts are never changed).',
  valuesMap: {
    SKIP: { description: 'Report it as a duplicate and create nothing.' },
    UPDATE: { description: "Overwrite the lead's fields with the row's non-empty mapped cells." },
    MERGE: { description: "Fill only the lead's empty fields from the row." },
  },
});

export const LeadImportFieldEnum = Object.fromEntries(IMPORT_FIELDS.map((f) => [screaming(f.key), f.key])) as Record<string, ImportField>;
registerEnumType(LeadImportFieldEnum, { name: 'LeadImportField', description: 'Lead fields a file column can fill.' });

export const LeadImportProblemKindEnum = { ERROR: 'error', DUPLICATE: 'duplicate' } as const;
registerEnumType(LeadImportProblemKindEnum, { name: 'LeadImportProblemKind' });

@ObjectType()
export class LeadImportColumnMapping {
  @Field({ description: 'Column header in the file.' }) column: string;
  @Field(() => LeadImportFieldEnum) field: ImportField;
}

@InputType()
export class LeadImportColumnMappingInput {
  @Field() @IsString() @Length(1, 300) column: string;
  @Field(() => LeadImportFieldEnum) @IsIn(IMPORT_FIELDS.map((f) => f.key)) field: ImportField;
}

@ObjectType({ description: 'One line of the import report.' })
export class LeadImportProblem {
  @Field(() => Int, { description: 'Row number as in the spreadsheet (the header is row 1).' }) row: number;
  @Field(() => String, { nullable: true }) column: string | null;
  @Field(() => String, { nullable: true }) value: string | null;
  @Field({ description: 'In English.' }) reason: string;
  @Field(() => String, { nullable: true, description: 'Catalogue key of the reason, to say it in another language (null on reasons stored without one).' }) reasonKey: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values for the placeholders of reasonKey, e.g. { "row": 7 }.' }) reasonParams: Record<string, string | number> | null;
  @Field(() => LeadImportProblemKindEnum) kind: 'error' | 'duplicate';
}

@ObjectType()
export class LeadImportProblemConnection extends Connection(LeadImportProblem, 'LeadImportProblem') {}

@ObjectType()
export class LeadImport {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field({ description: 'csv or xlsx' }) fileFormat: string;
  @Field(() => Int) fileSize: number;
  @Field(() => LeadImportStatusEnum) status: LeadImportStatus;
  @Field(() => [String], { description: 'Column headers, made unique.' }) columns: string[];
  @Field(() => [[String]], { description: 'The first 20 data rows, one cell per column.' }) preview: string[][];
  @Field(() => [LeadImportColumnMapping], { description: 'A saved mapping that fits the columns, or a guess from the headers.' }) suggestedMapping: LeadImportColumnMapping[];
  @Field(() => [LeadImportColumnMapping]) mapping: LeadImportColumnMapping[];
  @Field(() => LeadImportDedupPolicyEnum) dedupPolicy: LeadImportPolicy;
  @Field() routeLeads: boolean;
  @Field(() => Int, { description: 'Data rows in the file.' }) totalRows: number;
  @Field(() => Int, { description: '0–100' }) progress: number;
  @Field(() => Int) createdCount: number;
  @Field(() => Int) updatedCount: number;
  @Field(() => Int) mergedCount: number;
  @Field(() => Int, { description: 'Rows skipped as duplicates (of a row above, a lead or a contact).' }) duplicateCount: number;
  @Field(() => Int, { description: 'Rows not imported because of errors.' }) errorCount: number;
  @Field(() => Int, { description: 'Created leads removed by undo.' }) removedCount: number;
  @Field(() => Int, { description: 'Updated leads given their old values back by undo.' }) restoredCount: number;
  @Field(() => String, { nullable: true, description: 'Why a failed import stopped, in English.' }) error: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) startedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) undoneAt: Date | null;
  createdBy: string;
  ownerId: string | null;
}

@ObjectType()
export class LeadImportConnection extends Connection(LeadImport, 'LeadImport') {}

@ObjectType()
export class LeadImportMapping {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => [LeadImportColumnMapping]) mapping: LeadImportColumnMapping[];
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@InputType()
export class StartLeadImportInput {
  @Field(() => ID) @IsUUID('all') importId: string;
  @Field(() => [LeadImportColumnMappingInput], { description: 'Columns to import; unmapped columns are ignored.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => LeadImportColumnMappingInput)
  mapping: LeadImportColumnMappingInput[];
  @Field(() => LeadImportDedupPolicyEnum, { defaultValue: 'skip' }) @IsIn(Object.values(LeadImportDedupPolicyEnum)) dedupPolicy: LeadImportPolicy;
  @Field(() => String, { nullable: true, description: 'Save this mapping under a name (replaces your mapping of that name).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  saveMappingAs?: string | null;
  @Field({ defaultValue: false, description: 'Queue each created lead for the routing rules (assign-lead).' }) @IsBoolean() routeLeads: boolean;
  @Field(() => ID, { nullable: true, description: 'Owner of the created leads; defaults to you.' }) @IsOptional() @IsUUID('all') ownerId?: string | null;
}

@ObjectType()
export class StartLeadImportPayload {
  @Field(() => LeadImport) leadImport: LeadImport;
}

@InputType()
export class UndoLeadImportInput {
  @Field(() => ID) @IsUUID('all') importId: string;
}

@ObjectType()
export class UndoLeadImportPayload {
  @Field(() => LeadImport) leadImport: LeadImport;
  @Field(() => Int, { description: 'Created leads removed.' }) removed: number;
  @Field(() => Int, { description: 'Updated leads given their old values back.' }) restored: number;
  @Field(() => Int, { description: 'Created leads kept because they were converted since.' }) kept: number;
}

@InputType()
export class DeleteLeadImportMappingInput {
  @Field(() => ID) @IsUUID('all') id: string;
}

@ObjectType()
export class DeleteLeadImportMappingPayload {
  @Field(() => ID) deletedId: string;
}
