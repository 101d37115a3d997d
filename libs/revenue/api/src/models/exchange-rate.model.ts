import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { IsDay } from '@rapport/shared-api';

const CURRENCY = /^[A-Z]{3}$/;
// Up to 10 digits before and after the point, and more than zero (checked by the service).
const RATE = /^\d{1,10}(\.\d{1,10})?$/;

@ObjectType({ description: 'What one unit of a currency is worth in the base currency (CNY), from a day until the next rate of that currency.' })
export class ExchangeRate {
  @Field() currency: string;
  @Field({ description: 'The first day the rate applies (YYYY-MM-DD).' }) validFrom: string;
  @Field({ description: 'Exact decimal, e.g. "7.1234" for USD: one dollar is worth 7.1234 CNY.' }) rate: string;
}

@InputType()
export class SetExchangeRateInput {
  @Field() @Matches(CURRENCY, { message: 'Use a 3-letter currency code such as USD.' }) currency: string;
  @Field() @IsDay() validFrom: string;
  @Field() @Matches(RATE, { message: 'The rate is a decimal number such as 7.1234 (at most 10 decimals).' }) rate: string;
}

@InputType()
export class RemoveExchangeRateInput {
  @Field() @Matches(CURRENCY, { message: 'Use a 3-letter currency code such as USD.' }) currency: string;
  @Field() @IsDay() validFrom: string;
}

@ObjectType()
export class ExchangeRatePayload {
  @Field(() => ExchangeRate) exchangeRate: ExchangeRate;
}

@ObjectType()
export class RemoveExchangeRatePayload {
  @Field({ description: 'Whether a rate was there to remove.' }) removed: boolean;
}
