/**
 * The next moment it is `hour`:00 in time zone `zone`, from now (SQL; both are expressions). Local
 * wall-clock arithmetic: today's date there plus the hour, a day later when that has passed, read
 * back as an instant in that zone (so a daylight-saving day still lands on the wall-clock hour).
 * The pure twin is `nextLocalHour` in marketing-domain; mailing-local-hour.int-spec.ts holds them equal.
 */
export const nextLocalHourSql = (zone: string, hour: string) => `(
  (date_trunc('day', now() AT TIME ZONE ${zone}) + make_interval(hours => ${hour})
   + CASE WHEN now() AT TIME ZONE ${zone} >= date_trunc('day', now() AT TIME ZONE ${zone}) + make_interval(hours => ${hour}) THEN interval '1 day' ELSE interval '0' END
  ) AT TIME ZONE ${zone})`;

/**
 * Whether it is within the contact policy's quiet hours (`start`, `end`: hours, null = none; they
 * may wrap midnight, 22 → 7) in time zone `zone` now (SQL). The pure twin is `inQuietHours`.
 */
export const inQuietHoursSql = (zone: string, start: string, end: string) => `(
  ${start}::int IS NOT NULL AND CASE WHEN ${start}::int < ${end}::int
    THEN extract(hour FROM now() AT TIME ZONE ${zone})::int >= ${start}::int AND extract(hour FROM now() AT TIME ZONE ${zone})::int < ${end}::int
    ELSE extract(hour FROM now() AT TIME ZONE ${zone})::int >= ${start}::int OR extract(hour FROM now() AT TIME ZONE ${zone})::int < ${end}::int END)`;
