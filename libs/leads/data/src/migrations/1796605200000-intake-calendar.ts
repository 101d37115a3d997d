import { MigrationInterface, QueryRunner } from 'typeorm';

/** The hours every install started with; the default business calendar (or, without one, these) serves an intake that names none. */
const BUILT_IN = { timeZone: 'Asia/Shanghai', workDays: [1, 2, 3, 4, 5], start: 540, end: 1080 };

interface InlineCalendar {
  timeZone: string;
  workDays: number[];
  start: number;
  end: number;
}

// jsonb keeps its own key order: compared field by field.
const isBuiltIn = (c: InlineCalendar): boolean =>
  c.timeZone === BUILT_IN.timeZone && c.start === BUILT_IN.start && c.end === BUILT_IN.end && [...new Set(c.workDays)].sort().join() === BUILT_IN.workDays.join();

/**
 * The lead intake's business hours move onto the shared business calendars (issue 18 item 5), so
 * one holiday list serves the speed-to-lead SLA and the service desk. Hours an administrator changed
 * become a calendar of their own ("Lead intake hours") the intake names; the hours every install
 * started with become "none named", which follows the default business calendar.
 */
export class IntakeCalendar1796605200000 implements MigrationInterface {
  name = 'IntakeCalendar1796605200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead_settings" ADD "calendar_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "lead_settings" ADD CONSTRAINT "lead_settings_calendar_fk" FOREIGN KEY ("calendar_id") REFERENCES "business_calendar"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    const [row] = (await queryRunner.query(`SELECT calendar FROM lead_settings WHERE id = 1`)) as { calendar: InlineCalendar }[];
    if (row && !isBuiltIn(row.calendar)) {
      const cal = row.calendar;
      const days = [...new Set(cal.workDays)].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
      const week = Object.fromEntries(days.map((d) => [String(d), [{ start: cal.start, end: cal.end }]]));
      const [{ taken }] = await queryRunner.query(`SELECT count(*)::int AS taken FROM business_calendar WHERE lower(name) LIKE 'lead intake hours%'`);
      const name = taken ? `Lead intake hours ${taken + 1}` : 'Lead intake hours';
      const [{ id }] = await queryRunner.query(`INSERT INTO business_calendar (name, time_zone, week) VALUES ($1, $2, $3) RETURNING id`, [name, cal.timeZone, JSON.stringify(week)]);
      await queryRunner.query(`UPDATE lead_settings SET calendar_id = $1 WHERE id = 1`, [id]);
    }
    await queryRunner.query(`ALTER TABLE "lead_settings" DROP COLUMN "calendar"`);
    // Null: the next SLA check computes the waiting leads' due times in the calendar (once).
    await queryRunner.query(`ALTER TABLE "lead_settings" ADD "due_calendar_version" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead_settings" DROP COLUMN "due_calendar_version"`);
    await queryRunner.query(`ALTER TABLE "lead_settings" ADD "calendar" jsonb`);
    // Back to one period on the days that have one (the first period's hours): lunch breaks and days off are lost.
    await queryRunner.query(
      `UPDATE lead_settings s SET calendar = COALESCE(
         (SELECT jsonb_build_object('timeZone', c.time_zone, 'workDays', (SELECT jsonb_agg(k::int ORDER BY k) FROM jsonb_each(c.week) w(k, v) WHERE jsonb_array_length(v) > 0),
                                    'start', (SELECT min((v->0->>'start')::int) FROM jsonb_each(c.week) w(k, v) WHERE jsonb_array_length(v) > 0),
                                    'end', (SELECT max((v->-1->>'end')::int) FROM jsonb_each(c.week) w(k, v) WHERE jsonb_array_length(v) > 0))
            FROM business_calendar c WHERE c.id = COALESCE(s.calendar_id, (SELECT d.id FROM business_calendar d WHERE d.is_default))),
         $1::jsonb)`,
      [JSON.stringify(BUILT_IN)],
    );
    await queryRunner.query(`ALTER TABLE "lead_settings" ALTER COLUMN "calendar" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "lead_settings" DROP CONSTRAINT "lead_settings_calendar_fk"`);
    await queryRunner.query(`ALTER TABLE "lead_settings" DROP COLUMN "calendar_id"`);
  }
}
