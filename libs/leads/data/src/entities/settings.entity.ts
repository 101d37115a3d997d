import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BusinessCalendarEntity } from '@rapport/shared-database';
import type { EscalationStep, ScoreField, ScoreOperator } from '@rapport/leads-domain';

/**
 * Company-wide intake settings (a single row, id = 1): fallback owner, the business calendar the
 * speed-to-lead SLA counts in (one of the shared business calendars, so the service desk's holiday
 * list serves the intake too; none named: the default one), escalation ladder.
 */
@Entity('lead_settings')
export class LeadSettingsEntity {
  @PrimaryColumn({ type: 'int', default: 1 })
  id: number;

  @Column({ name: 'fallback_user_id', type: 'uuid', nullable: true })
  fallbackUserId: string | null;

  @Column({ name: 'calendar_id', type: 'uuid', nullable: true })
  calendarId: string | null;

  @ManyToOne(() => BusinessCalendarEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'calendar_id', foreignKeyConstraintName: 'lead_settings_calendar_fk' })
  calendar?: BusinessCalendarEntity | null;

  @Column({ type: 'jsonb' })
  ladder: EscalationStep[];

  /** The intake calendar's version (intakeCalendarVersion) the waiting leads' due times were last computed in. */
  @Column({ name: 'due_calendar_version', type: 'text', nullable: true })
  dueCalendarVersion: string | null;
}

@Entity('scoring_rule')
export class ScoringRuleEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  field: ScoreField;

  @Column({ type: 'text' })
  operator: ScoreOperator;

  @Column({ type: 'jsonb', nullable: true })
  value: string | number | string[] | null;

  @Column({ type: 'int' })
  points: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}

/** First-response time per source and priority; the most specific active policy wins. */
@Entity('sla_policy')
export class SlaPolicyEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'text', nullable: true })
  priority: string | null;

  @Column({ name: 'response_minutes', type: 'int' })
  responseMinutes: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
