import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsDecimal, IsOmittable } from '@rapport/shared-api';
import { NAME_MAX_LENGTH, type NameTranslations } from '@rapport/shared-domain';

// `name`, `canonicalName` and `names` are resolved in ProductResolver: `name` depends on the
// reader's language (docs/adr/0010).
@ObjectType()
export class Product {
  @Field(() => ID) id: string;
  @Field() sku: string;
  name: string;
  names: NameTranslations;
  @Field(() => String, { nullable: true }) productLine: string | null;
  @Field() unit: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field() active: boolean;
}

@InputType()
export class SaveProductInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') id?: string;
  @Field() @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'SKU: letters, digits, dot, dash or underscore, up to 64' }) sku: string;
  @Field({ description: `The canonical name, 1 to ${NAME_MAX_LENGTH} characters.` }) @IsString() @Length(1, NAME_MAX_LENGTH) name: string;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Translations of the name by locale (en, zh-CN, zh-TW), e.g. { "zh-CN": "云座席（年）" }; replaces the stored ones, blank entries are removed; omitted keeps them.',
  })
  @IsOmittable()
  @IsObject()
  names?: Record<string, unknown>;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) productLine?: string | null;
  @Field({ defaultValue: 'each' }) @IsString() @MaxLength(30) unit: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean;
}

@ObjectType()
export class PriceBookEntry {
  @Field(() => ID) id: string;
  @Field(() => ID) productId: string;
  @Field(() => Int) minQuantity: number;
  @Field(() => Float) unitPrice: number;
}

@ObjectType()
export class PriceBook {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'standard, tier or account' }) kind: string;
  @Field(() => ID, { nullable: true }) accountId: string | null;
  @Field(() => String, { nullable: true }) tier: string | null;
  @Field() currency: string;
  @Field(() => String, { nullable: true }) effectiveFrom: string | null;
  @Field(() => String, { nullable: true }) effectiveTo: string | null;
  @Field() active: boolean;
}

@InputType()
export class SavePriceBookInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') id?: string;
  @Field() @IsString() @MinLength(1, { message: 'Give the price book a name' }) @MaxLength(200) name: string;
  @Field() @IsIn(['standard', 'tier', 'account'], { message: 'kind must be standard, tier or account' }) kind: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') accountId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) tier?: string | null;
  @Field({ defaultValue: 'CNY' }) @Matches(/^[A-Z]{3}$/, { message: 'currency is a 3-letter ISO code' }) currency: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }, { message: 'effectiveFrom is a date (YYYY-MM-DD)' }) effectiveFrom?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }, { message: 'effectiveTo is a date (YYYY-MM-DD)' }) effectiveTo?: string | null;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean;
}

@InputType()
export class PriceBookEntryInput {
  @Field(() => ID) @IsUUID('all') productId: string;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1) @Max(1_000_000) minQuantity: number;
  @Field(() => Float) @IsDecimal(2, { message: 'unitPrice has at most 2 decimals' }) @Min(0) @Max(1e11) unitPrice: number;
}

@InputType()
export class SetPriceBookEntriesInput {
  @Field(() => ID) @IsUUID('all') priceBookId: string;
  @Field(() => [PriceBookEntryInput], { description: 'Replaces the book’s entries for these products.' })
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => PriceBookEntryInput)
  entries: PriceBookEntryInput[];
}

@ObjectType()
export class DiscountTolerance {
  @Field(() => ID) id: string;
  @Field() role: string;
  @Field(() => String, { nullable: true }) productLine: string | null;
  @Field(() => Float) maxDiscountPercent: number;
}

@InputType()
export class SaveDiscountToleranceInput {
  @Field() @IsIn(['admin', 'sales_manager', 'sales_rep', 'marketer', 'service_manager', 'service_agent', 'integration']) role: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) productLine?: string | null;
  @Field(() => Float) @IsDecimal(2) @Min(0) @Max(100) maxDiscountPercent: number;
}

@ObjectType()
export class PriceQuote {
  @Field(() => Float) unitPrice: number;
  @Field(() => ID) priceBookId: string;
  @Field() priceBookName: string;
  @Field({ description: 'account, tier or standard: which book the price came from.' }) source: string;
  @Field(() => Int) minQuantity: number;
}

@ObjectType()
export class ProductPayload {
  @Field(() => Product) product: Product;
}
@ObjectType()
export class PriceBookPayload {
  @Field(() => PriceBook) priceBook: PriceBook;
}
@ObjectType()
export class PriceBookEntriesPayload {
  @Field(() => [PriceBookEntry]) entries: PriceBookEntry[];
}
@ObjectType()
export class DiscountTolerancePayload {
  @Field(() => DiscountTolerance) discountTolerance: DiscountTolerance;
}
