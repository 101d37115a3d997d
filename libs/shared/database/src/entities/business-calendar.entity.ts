import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { BusinessCalendar, WorkPeriod } from '@rapport/shared-domain';

/** A named day in a calendar: a day off, or a make-up working day. */
export interface StoredCalendarDay {
  date: string;
  name: string;
}

/**
 * A business calendar (issue 18 item 5, ADR 0021): the working periods of each weekday in a time
 * zone, days off and make-up working days. Shared by the domains that count business time, so one
 * holiday list serves all: service SLA policies count their clocks in one (the default one serves
 * policies that name none), the lead intake's speed-to-lead SLA in the one its settings name.
 */
@Entity('business_calendar')
// Names are unique whatever their case (an expression index, written in the migration).
@Index('business_calendar_name_key', { synchronize: false })
@Index('business_calendar_default_key', ['isDefault'], { unique: true, where: 'is_default' })
export class BusinessCalendarEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'time_zone', type: 'text' }) timeZone: string;
  /** Working periods per ISO weekday ("1" Monday … "7" Sunday). */
  @Column({ type: 'jsonb' }) week: Record<string, WorkPeriod[]>;
  @Column({ type: 'jsonb', default: () => `'[]'` }) holidays: StoredCalendarDay[];
  /** Make-up working days: they work the first working weekday's periods. */
  @Column({ type: 'jsonb', default: () => `'[]'` }) workdays: StoredCalendarDay[];
  @Column({ name: 'is_default', type: 'boolean', default: false }) isDefault: boolean;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

/** A stored calendar as the business-time engine takes it (make-up days work the first working weekday's periods). */
export function storedCalendar(timeZone: string, week: Record<string, { start: number; end: number }[]>, holidays: { date: string }[], workdays: { date: string }[]): BusinessCalendar {
  return {
    timeZone,
    week: Object.fromEntries(Object.entries(week).map(([d, periods]) => [Number(d), periods])),
    holidays: holidays.map((h) => h.date),
    workdays: Object.fromEntries(workdays.map((w) => [w.date, null])),
  };
}

/** A calendar entity as the engine takes it. */
export const calendarOf = (c: Pick<BusinessCalendarEntity, 'timeZone' | 'week' | 'holidays' | 'workdays'>): BusinessCalendar => storedCalendar(c.timeZone, c.week, c.holidays, c.workdays);
