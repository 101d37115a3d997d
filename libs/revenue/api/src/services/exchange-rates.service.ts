import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { ExchangeRateEntity } from '@rapport/revenue-data';
import type { RemoveExchangeRateInput, SetExchangeRateInput } from '../models/exchange-rate.model';
import { assertAllowed } from './access';

/** The base currency: rates say what one unit of another currency is worth in it. */
export const BASE_CURRENCY = 'CNY';

const view = (r: ExchangeRateEntity) => ({ currency: r.currency, validFrom: r.validFrom, rate: r.rate.replace(/\.?0+$/, '') });

/**
 * Exchange rates (docs/adr/0014). Part of the price catalog: who may read or edit the catalog may
 * read or edit the rates. The base currency's rate is 1 and stays so.
 */
@Injectable()
export class ExchangeRatesService {
  constructor(private readonly ds: DataSource) {}

  async list(actor: Actor) {
    assertAllowed(actor, 'catalog', 'read');
    const rows = await this.ds.getRepository(ExchangeRateEntity).find({ order: { currency: 'ASC', validFrom: 'DESC' } });
    return rows.map(view);
  }

  async set(actor: Actor, input: SetExchangeRateInput) {
    assertAllowed(actor, 'catalog', 'write');
    if (input.currency === BASE_CURRENCY) throw AppError.validation([{ path: 'input.currency', message: `${BASE_CURRENCY} is the base currency: its rate is always 1.` }]);
    if (!(Number(input.rate) > 0)) throw AppError.validation([{ path: 'input.rate', message: 'The rate must be more than zero.' }]);
    if (Number.isNaN(Date.parse(`${input.validFrom}T00:00:00Z`))) throw AppError.validation([{ path: 'input.validFrom', message: 'validFrom is a date (YYYY-MM-DD).' }]);
    await this.ds.query(
      `INSERT INTO exchange_rate (currency, valid_from, rate, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (currency, valid_from) DO UPDATE SET rate = EXCLUDED.rate, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [input.currency, input.validFrom, input.rate, actor.userId],
    );
    return view(await this.ds.getRepository(ExchangeRateEntity).findOneByOrFail({ currency: input.currency, validFrom: input.validFrom }));
  }

  async remove(actor: Actor, input: RemoveExchangeRateInput): Promise<boolean> {
    assertAllowed(actor, 'catalog', 'write');
    if (input.currency === BASE_CURRENCY) throw AppError.validation([{ path: 'input.currency', message: `${BASE_CURRENCY} is the base currency: its rate is always 1.` }]);
    const result = await this.ds.getRepository(ExchangeRateEntity).delete({ currency: input.currency, validFrom: input.validFrom });
    return (result.affected ?? 0) > 0;
  }
}
