/** The base currency: exchange rates say what one unit of another currency is worth in it; company-wide figures (cost to serve) are in it. */
export const BASE_CURRENCY = 'CNY';
