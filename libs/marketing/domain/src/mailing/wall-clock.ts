/**
 * Wall-clock arithmetic in IANA time zones (no library: Intl knows the zones): what a day and time
 * in a zone are as an instant, and back. Mailings at a local hour and recurring mailings use it,
 * so 9:00 stays 9:00 across daylight saving.
 */
export interface LocalDate {
  y: number;
  m: number;
  d: number;
}

function parts(at: Date, timeZone: string): Record<string, number> {
  return Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  );
}

/** The calendar day an instant falls on in a zone. */
export function localDateOf(at: Date, timeZone: string): LocalDate {
  const p = parts(at, timeZone);
  return { y: p.year!, m: p.month!, d: p.day! };
}

/** The instant a wall-clock time on a day stands for in a zone (the first, should the clock show it twice). */
export function instantAt(day: LocalDate, hour: number, minute: number, timeZone: string): Date {
  const wanted = Date.UTC(day.y, day.m - 1, day.d, hour, minute);
  // Guess as if UTC, then correct by the zone's offset at the guess (twice, for a change in between).
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const p = parts(new Date(guess), timeZone);
    guess += wanted - Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  }
  return new Date(guess);
}

/** Days since 1970-01-01 of a calendar day, and back: calendar arithmetic without zones. */
export const dayNumber = (d: LocalDate) => Math.floor(Date.UTC(d.y, d.m - 1, d.d) / 86_400_000);
export function fromDayNumber(n: number): LocalDate {
  const t = new Date(n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
