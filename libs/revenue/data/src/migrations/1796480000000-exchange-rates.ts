import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exchange rates (issue 14: campaign returns in the campaign's currency). One rate per currency
 * and day it takes effect, as the value of one unit in the base currency CNY (rate 1, seeded here).
 * `fx_rate` picks the rate in force on a day (the latest on or before it; for a day before a
 * currency's first rate, that first rate); `fx_convert` converts an amount between two currencies
 * on a day and is NULL when either currency has no rate at all, so callers can say which amounts
 * they could not count instead of counting them wrongly. Both are STABLE SQL functions, so the
 * planner inlines them and an amount already in the target currency costs no lookup.
 */
export class ExchangeRates1796480000000 implements MigrationInterface {
  name = 'ExchangeRates1796480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "exchange_rate" (
      "currency" text NOT NULL,
      "valid_from" date NOT NULL,
      "rate" numeric(20,10) NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_by" uuid,
      CONSTRAINT "PK_exchange_rate" PRIMARY KEY ("currency", "valid_from"),
      CONSTRAINT "exchange_rate_currency_check" CHECK (currency ~ '^[A-Z]{3}$'),
      CONSTRAINT "exchange_rate_rate_check" CHECK (rate > 0)
    )`);
    await q.query(`INSERT INTO exchange_rate (currency, valid_from, rate) VALUES ('CNY', '1900-01-01', 1)`);
    await q.query(`CREATE FUNCTION fx_rate(ccy text, on_day date) RETURNS numeric LANGUAGE sql STABLE AS $$
      SELECT COALESCE(
        (SELECT rate FROM exchange_rate WHERE currency = ccy AND valid_from <= on_day ORDER BY valid_from DESC LIMIT 1),
        (SELECT rate FROM exchange_rate WHERE currency = ccy ORDER BY valid_from LIMIT 1))
    $$`);
    await q.query(`CREATE FUNCTION fx_convert(amount numeric, from_ccy text, to_ccy text, on_day date) RETURNS numeric LANGUAGE sql STABLE AS $$
      SELECT CASE WHEN from_ccy = to_ccy THEN amount ELSE amount * fx_rate(from_ccy, on_day) / fx_rate(to_ccy, on_day) END
    $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION fx_convert(numeric, text, text, date)`);
    await q.query(`DROP FUNCTION fx_rate(text, date)`);
    await q.query(`DROP TABLE "exchange_rate"`);
  }
}
