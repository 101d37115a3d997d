import { Injectable } from '@nestjs/common';
import { Actor, BASE_CURRENCY } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { CatalogRepository, type ExchangeRateEntity } from '@rapport/revenue-data';
import type { RemoveExchangeRateInput, SetExchangeRateInput } from '../models/exchange-rate.model';
import { assertAllowed } from './access';

// numeric(20,10) reads back as "7.1000000000": show the rate as it was typed, "7.1".
const view = (r: ExchangeRateEntity) => ({ currency: r.currency, validFrom: r.validFrom, rate: r.rate.includes('.') ? r.rate.replace(/\.?0+$/, '') : r.rate });

/**
 * Exchange rates (docs/adr/0014). Part of the price catalog: who may read or edit the catalog may
 * read or edit the rates. The base currency's rate is 1 and stays so.
 */
@Injectable()
export class ExchangeRatesService {
  constructor(private readonly repo: CatalogRepository) {}

  async list(actor: Actor) {
    assertAllowed(actor, 'catalog', 'read');
    return (await this.repo.exchangeRates()).map(view);
  }

  async set(actor: Actor, input: SetExchangeRateInput) {
    assertAllowed(actor, 'catalog', 'write');
    if (input.currency === BASE_CURRENCY) throw AppError.validation([{ path: 'input.currency', message: 'CNY is the base currency: its rate is always 1.' }]);
    if (!(Number(input.rate) > 0)) throw AppError.validation([{ path: 'input.rate', message: 'The rate must be more than zero.' }]);
    return view(await this.repo.upsertExchangeRate(input, actor.userId));
  }

  async remove(actor: Actor, input: RemoveExchangeRateInput): Promise<boolean> {
    assertAllowed(actor, 'catalog', 'write');
    if (input.currency === BASE_CURRENCY) throw AppError.validation([{ path: 'input.currency', message: 'CNY is the base currency: its rate is always 1.' }]);
    return this.repo.removeExchangeRate(input.currency, input.validFrom);
  }
}
