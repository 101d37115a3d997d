import { CastReturnObject, stringify, Stringifier } from 'csv-stringify';
import { escapeCsvFormula } from '@rapport/shared-util';

/** An escaped cell is also quoted, as OWASP advises, so no reader splits or trims it. */
const safe = (text: string): string | CastReturnObject => {
  const escaped = escapeCsvFormula(text);
  return escaped === text ? text : { value: escaped, quoted: true };
};

/**
 * The one CSV writer of every export, so formula injection is closed in all of them at once:
 * each text cell goes through `escapeCsvFormula`, including the text made from dates, lists and
 * objects; numbers stay numbers. Dates are ISO 8601, lists `a; b`, other objects JSON.
 */
export function csvWriter(columns: string[]): Stringifier {
  return stringify({
    header: true,
    columns,
    cast: {
      string: safe,
      date: (d) => d.toISOString(),
      boolean: (b) => (b ? 'true' : 'false'),
      object: (o) => safe(Array.isArray(o) ? o.join('; ') : JSON.stringify(o)),
    },
  });
}
