import { registerDecorator, ValidateIf, ValidationArguments, ValidationOptions } from 'class-validator';
import { isIsoDay } from '@rapport/shared-util';

/**
 * A number bound for a `numeric(p, scale)` column: finite, with at most `scale` decimals. Written
 * for exponent forms too: class-validator's `IsNumber({ maxDecimalPlaces })` splits the number's
 * text on '.', and `1e-7` (which a JSON or GraphQL client may send) made it throw a TypeError, an
 * INTERNAL error, instead of saying what is wrong. Combine with `@Min`/`@Max` for the range.
 */
export function IsDecimal(scale: number, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isDecimal',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [scale],
      options: { message: (args: ValidationArguments) => `${args.property} must be a number with at most ${scale} decimals`, ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'number' && hasAtMostDecimals(value, scale),
      },
    });
}

/** True when `value` is finite and rounding it to `scale` decimals does not change it. */
export function hasAtMostDecimals(value: number, scale: number): boolean {
  return Number.isFinite(value) && Number(value.toFixed(scale)) === value;
}

/**
 * For update inputs: the field may be left out (keep the value) but not sent as null, because its
 * column cannot be empty; null then fails the field's own validators ("name must be a string")
 * instead of reaching `.trim()` or a NOT NULL column. `IsOptional` would let null through.
 * (`PartialType(Create, { skipNullProperties: false })` does the same for derived inputs.)
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/**
 * A calendar day, YYYY-MM-DD, that exists: class-validator's IsISO8601 also takes date-times and
 * week dates, and a hand-written pattern beside it lets 2026-02-30 through to PostgreSQL.
 */
export function IsDay(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isDay',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'Use a date like 2026-12-31.', ...options },
      validator: { validate: (value: unknown) => isIsoDay(value) },
    });
}
