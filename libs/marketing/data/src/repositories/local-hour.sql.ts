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
