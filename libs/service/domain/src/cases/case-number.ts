/** A case's human-readable number: `CS-2026-000123`, counted per calendar year (of the time zone given). */
export function caseNumber(year: number, sequence: number): string {
  return `CS-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The year a case created at `at` is numbered in, in the organisation's time zone. */
export function caseYear(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(at));
}

/** A case number found in a mail subject (`[CS-2026-000123]`), for threading replies that lost their headers. */
export function caseNumberIn(subject: string): string | null {
  const m = /\[(CS-\d{4}-\d{6,})\]/.exec(subject);
  return m ? m[1] : null;
}

/** `YYYY-MM-DD` of an instant in a zone (a contract's day, a visit's day). */
export const localDateIn = (at: Date, timeZone: string): string => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
