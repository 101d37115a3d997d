import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { ExchangeRate, ExchangeRatePayload, RemoveExchangeRateInput, RemoveExchangeRatePayload, SetExchangeRateInput } from '../models/exchange-rate.model';
import { ExchangeRatesService } from '../services/exchange-rates.service';

@Resolver()
export class ExchangeRateResolver {
  constructor(private readonly rates: ExchangeRatesService) {}

  @Query(() => [ExchangeRate], { description: 'Every exchange rate, by currency, newest first. CNY is the base (rate 1).' })
  exchangeRates(@CurrentActor() a: Actor) {
    return this.rates.list(a);
  }

  @Mutation(() => ExchangeRatePayload, { description: 'Records (or corrects) the rate of a currency from a day on.' })
  async setExchangeRate(@CurrentActor() a: Actor, @Args('input') input: SetExchangeRateInput) {
    return { exchangeRate: await this.rates.set(a, input) };
  }

  @Mutation(() => RemoveExchangeRatePayload)
  async removeExchangeRate(@CurrentActor() a: Actor, @Args('input') input: RemoveExchangeRateInput) {
    return { removed: await this.rates.remove(a, input) };
  }
}
