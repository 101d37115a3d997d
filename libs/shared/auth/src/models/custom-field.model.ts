import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { CUSTOM_FIELD_TYPES, CustomFieldType } from '@rapport/shared-domain';
import { CUSTOMIZABLE_OBJECTS, CustomizableObject } from '../services/custom-fields.service';

export const CustomizableObjectEnum = Object.fromEntries(CUSTOMIZABLE_OBJECTS.map((o) => [o.toUpperCase(), o])) as Record<Uppercase<CustomizableObject>, CustomizableObject>;
registerEnumType(CustomizableObjectEnum, { name: 'CustomizableObject' });
export const CustomFieldTypeEnum = Object.fromEntries(CUSTOM_FIELD_TYPES.map((t) => [t.toUpperCase(), t])) as Record<string, CustomFieldType>;
registerEnumType(CustomFieldTypeEnum, { name: 'CustomFieldType' });

@ObjectType()
export class CustomFieldDefinition {
  @Field(() => ID) id: string;
  @Field(() => CustomizableObjectEnum) objectType: CustomizableObject;
  @Field({ description: 'The key in `customFields` and in filters (`customFields: { <key>: { … } }`).' }) key: string;
  @Field() label: string;
  @Field(() => GraphQLJSONObject, { description: 'Label per locale (en, zh-CN, zh-TW), e.g. { "zh-CN": "…" }.' }) labels: Record<string, string>;
  @Field(() => CustomFieldTypeEnum) type: CustomFieldType;
  @Field(() => [String]) options: string[];
  @Field(() => GraphQLJSONObject, { description: 'Translations of the options by option value, e.g. { "SMB": { "zh-CN": "中小企业" } }; records store the value.' })
  optionLabels: Record<string, Record<string, string>>;
  @Field() required: boolean;
  @Field(() => Int) position: number;
  @Field() active: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@InputType()
export class DefineCustomFieldInput {
  @Field(() => CustomizableObjectEnum) @IsIn([...CUSTOMIZABLE_OBJECTS]) objectType: CustomizableObject;
  @Field() @IsString() @Length(1, 40) key: string;
  @Field() @IsString() @Length(1, 80, { message: 'Label must be 1 to 80 characters.' }) label: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) @IsOptional() @IsObject() labels?: Record<string, string>;
  @Field(() => CustomFieldTypeEnum) @IsIn(CUSTOM_FIELD_TYPES) type: CustomFieldType;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(80, { each: true }) options?: string[];
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Option value → label per locale (en, zh-CN, zh-TW); replaces the stored translations.' }) @IsOptional() @IsObject() optionLabels?: Record<string, unknown>;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() required?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) position?: number;
}

@InputType()
export class UpdateCustomFieldInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 80) label?: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) @IsOptional() @IsObject() labels?: Record<string, string>;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsString({ each: true }) options?: string[];
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Option value → label per locale (en, zh-CN, zh-TW); replaces the stored translations.' }) @IsOptional() @IsObject() optionLabels?: Record<string, unknown>;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() required?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) position?: number;
  @Field({ nullable: true, description: 'false archives the field.' }) @IsOptional() @IsBoolean() active?: boolean;
}

@ObjectType()
export class CustomFieldPayload {
  @Field(() => CustomFieldDefinition) definition: CustomFieldDefinition;
}
