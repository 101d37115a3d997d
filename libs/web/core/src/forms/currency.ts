/** ISO 4217 code as the API takes it (`CNY`, `USD`); fields upper-case what people type. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
