import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PicklistName, PICKLISTS } from '@rapport/shared-domain';

export const PicklistNameEnum = Object.fromEntries(PICKLISTS.map((l) => [l.replace(/([A-Z])/g, '_$1').toUpperCase(), l])) as Record<string, PicklistName>;
registerEnumType(PicklistNameEnum, { name: 'PicklistName', description: 'A configured value list of built-in fields: INDUSTRY and TERRITORY (accounts), PRODUCT_LINE (products).' });

@ObjectType({ description: 'A configured value: records store `value`; `label` is its name in your language.' })
export class PicklistValue {
  @Field({ description: 'What records store, filters compare and exports write.' }) value: string;
  @Field({ description: 'The value in the request’s language (Accept-Language, else your profile’s), else the value itself.' }) label: string;
  @Field(() => GraphQLJSONObject, { description: 'Translations by locale (en, zh-CN, zh-TW).' }) names: Record<string, string>;
  @Field(() => Int) position: number;
  @Field({ description: 'New records may take it; a retired value stays on the records that have it.' }) active: boolean;
}

@ObjectType({ description: 'A configured value list (docs/adr/0018-picklists.md).' })
export class Picklist {
  @Field(() => PicklistNameEnum) name: PicklistName;
  @Field({ description: 'Its English name.' }) title: string;
  @Field(() => [PicklistValue], { description: 'In the order admins set; retired ones included.' }) values: PicklistValue[];
}

@InputType({ description: 'Adds a value to a picklist, or changes the translations, order or activity of one it has (administrators).' })
export class SavePicklistValueInput {
  @Field(() => PicklistNameEnum) @IsIn([...PICKLISTS]) list: PicklistName;
  @Field({ description: 'The value records store (1–80 characters); it cannot be renamed once saved: retire it and add another.' }) @IsString() @MaxLength(200) value: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Translations by locale (en, zh-CN, zh-TW); replaces the stored ones.' }) @IsOptional() @IsObject() names?: Record<string, unknown>;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10000) position?: number;
  @Field({ nullable: true, description: 'false retires the value: new records cannot take it.' }) @IsOptional() @IsBoolean() active?: boolean;
}

@ObjectType()
export class PicklistValuePayload {
  @Field(() => PicklistValue) value: PicklistValue;
}
