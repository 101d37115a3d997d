/**
 * The dashboard's currency: every amount of the report is converted into it (exchange rates, CNY the
 * base). In the address as `?currency=`; anything but a 3-letter code there means the base.
 */
export const BASE_CURRENCY = 'CNY';

const CODE = /^[A-Z]{3}$/;

/** The currency from the address bar ("usd" reads as USD), else the base. */
export function parseCurrency(param: string | null): string {
  const code = param?.trim().toUpperCase();
  return code && CODE.test(code) ? code : BASE_CURRENCY;
}

/**
 * What the currency picker offers: the base first, then every currency with a rate (each once,
 * alphabetical), and the one on screen even without a rate (a shared link may name it). Without the
 * rates (not allowed to read them, or they failed) that is the base and the current one.
 */
export function currencyChoices(rates: readonly { currency: string }[] | undefined, current: string): string[] {
  const others = new Set([...(rates ?? []).map((r) => r.currency), current]);
  others.delete(BASE_CURRENCY);
  return [BASE_CURRENCY, ...[...others].sort()];
}

/**
 * The currencies whose amounts the report could not count: those the API names, and the report's
 * own currency when it has no rate at all (then nothing in another currency converts into it; known
 * only when the rates could be read).
 */
export function unconvertible(missingRates: readonly string[], currency: string, rates: readonly { currency: string }[] | undefined): string[] {
  const unrated = rates !== undefined && currency !== BASE_CURRENCY && !rates.some((r) => r.currency === currency);
  return unrated && !missingRates.includes(currency) ? [...missingRates, currency].sort() : [...missingRates];
}
