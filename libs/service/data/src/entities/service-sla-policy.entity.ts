import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { SlaPolicyTerms } from '@rapport/service-domain';
import { BusinessCalendarEntity } from '@rapport/shared-database';

/**
 * A service SLA policy (issue 18 item 5): per case priority, targets for first response, next
 * response and resolution in business minutes, counted in its calendar (the default one when it
 * names none), and the share of a target at which the owner is warned. Entitlements (an account's
 * contracts) select one, the default one serves everyone else; the lead intake's speed-to-lead
 * `SlaPolicy` is another thing.
 */
@Entity('service_sla_policy')
// Names are unique whatever their case (an expression index, written in the migration).
@Index('service_sla_policy_name_key', { synchronize: false })
// At most one default: what customers without a contract are served under.
@Index('service_sla_policy_default_key', ['isDefault'], { unique: true, where: 'is_default' })
export class ServiceSlaPolicyEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'calendar_id', type: 'uuid', nullable: true }) calendarId: string | null;
  @ManyToOne(() => BusinessCalendarEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'calendar_id', foreignKeyConstraintName: 'service_sla_policy_calendar_fk' })
  calendar?: BusinessCalendarEntity | null;
  /** Targets per priority: `{ urgent: { firstResponse, nextResponse, resolution }, … }` in business minutes. */
  @Column({ type: 'jsonb' }) targets: SlaPolicyTerms['targets'];
  @Column({ name: 'warn_at_percent', type: 'int', default: 75 }) warnAtPercent: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** Serves cases of customers without a contract in force (and cases without an account); one at most, active. */
  @Column({ name: 'is_default', type: 'boolean', default: false }) isDefault: boolean;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
