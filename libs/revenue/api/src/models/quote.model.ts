import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Connection, IsDecimal } from '@rapport/shared-api';
import { APPROVAL_REASONS } from '@rapport/revenue-domain';

@ObjectType()
export class QuoteLine {
  @Field(() => ID) id: string;
  @Field(() => Int) lineNo: number;
  @Field(() => ID) productId: string;
  @Field() sku: string;
  // Resolved in QuoteLineResolver, in the reader's language (docs/adr/0010).
  productName: string;
  @Field(() => String, { nullable: true }) productLine: string | null;
  @Field(() => Int) quantity: number;
  @Field(() => Float, { description: 'From the price book; never typed.' }) unitPrice: number;
  @Field(() => ID) priceBookId: string;
  @Field({ description: 'account, tier or standard' }) priceSource: string;
  @Field(() => Float) discountPercent: number;
  @Field(() => Float) netAmount: number;
}

@ObjectType()
export class QuoteApproval {
  @Field(() => ID) id: string;
  @Field(() => ID) requestedBy: string;
  @Field(() => ID, { nullable: true }) approverId: string | null;
  @Field() reasonCode: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field({ description: 'pending, approved, rejected or withdrawn' }) status: string;
  @Field(() => String, { nullable: true }) decisionNote: string | null;
  @Field(() => GraphQLISODateTime) requestedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
}

@ObjectType()
export class Quote {
  @Field(() => ID) id: string;
  @Field(() => ID) opportunityId: string;
  @Field(() => ID) accountId: string;
  @Field() name: string;
  @Field(() => Int) version: number;
  @Field({ description: 'draft, pending_approval, approved, rejected, accepted or superseded' }) status: string;
  @Field() currency: string;
  @Field() pricedOn: string;
  @Field(() => String, { nullable: true }) validUntil: string | null;
  @Field(() => Float) discountPercent: number;
  @Field(() => Float) subtotal: number;
  @Field(() => Float) total: number;
  @Field() language: string;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field({ description: 'Accepted quotes are locked; only an admin can unlock one.' }) locked: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) acceptedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
}

@ObjectType()
export class QuoteConnection extends Connection(Quote, 'Quote') {}

@InputType({ description: 'A product, a quantity and a discount. There is deliberately no price field: prices come only from the price books.' })
export class QuoteLineInput {
  @Field(() => ID) @IsUUID('all') productId: string;
  @Field(() => Int) @IsInt({ message: 'quantity must be a whole number' }) @Min(1) @Max(1_000_000) quantity: number;
  @Field(() => Float, { defaultValue: 0, description: 'Percent, 0–100.' }) @IsDecimal(2) @Min(0) @Max(100) discountPercent: number;
}

@InputType()
export class CreateQuoteInput {
  @Field(() => ID) @IsUUID('all') opportunityId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) name?: string;
  @Field(() => [QuoteLineInput])
  @ArrayMinSize(1, { message: 'A quote needs at least one line' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => QuoteLineInput)
  lines: QuoteLineInput[];
  @Field(() => Float, { defaultValue: 0, description: 'Discount on the whole quote, percent.' }) @IsDecimal(2) @Min(0) @Max(100) discountPercent: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }, { message: 'validUntil is a date (YYYY-MM-DD)' }) validUntil?: string | null;
  @Field({ defaultValue: 'en', description: 'Language of the PDF: en, zh-CN or zh-TW.' }) @IsIn(['en', 'zh-CN', 'zh-TW']) language: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
}

@InputType()
export class UpdateQuoteInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) name?: string;
  @Field(() => [QuoteLineInput], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'A quote needs at least one line' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => QuoteLineInput)
  lines?: QuoteLineInput[];
  @Field(() => Float, { nullable: true }) @IsOptional() @IsDecimal(2) @Min(0) @Max(100) discountPercent?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }) validUntil?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(['en', 'zh-CN', 'zh-TW']) language?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
}

@InputType()
export class SubmitQuoteInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => String, { nullable: true, description: `Needed when a discount is above your tolerance: ${APPROVAL_REASONS.join(', ')}` })
  @IsOptional()
  @IsIn([...APPROVAL_REASONS], { message: `reasonCode must be one of ${APPROVAL_REASONS.join(', ')}` })
  reasonCode?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class DecideQuoteInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field() @IsBoolean() approve: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class QuoteIdInput {
  @Field(() => ID) @IsUUID('all') id: string;
}

@InputType()
export class UnlockQuoteInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field() @IsString() @MaxLength(2000) reason: string;
}

@ObjectType()
export class QuotePayload {
  @Field(() => Quote) quote: Quote;
}

@ObjectType()
export class ToleranceBreachModel {
  @Field(() => Int) lineNo: number;
  @Field(() => String, { nullable: true }) productLine: string | null;
  @Field(() => Float) discountPercent: number;
  @Field(() => Float) allowedPercent: number;
}

@ObjectType()
export class SubmitQuotePayload {
  @Field(() => Quote) quote: Quote;
  @Field({ description: 'true when a manager must approve before the quote can be accepted.' }) needsApproval: boolean;
  @Field(() => [ToleranceBreachModel]) breaches: ToleranceBreachModel[];
}

@ObjectType()
export class QuotePriceConflict {
  @Field(() => ID) rootAccountId: string;
  @Field(() => ID) productId: string;
  @Field() sku: string;
  @Field() currency: string;
  @Field(() => ID) lowQuoteId: string;
  @Field() lowQuoteName: string;
  @Field(() => Float) lowNetUnitPrice: number;
  @Field(() => ID) highQuoteId: string;
  @Field() highQuoteName: string;
  @Field(() => Float) highNetUnitPrice: number;
  @Field(() => Float) spreadPercent: number;
}
