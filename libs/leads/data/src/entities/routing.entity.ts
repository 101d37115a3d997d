import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Distribution, RoutingCriteria } from '@rapport/leads-domain';

/** Ordered routing rule: criteria → a user, or a team distributed round-robin / least-loaded. */
@Entity('routing_rule')
@Index('routing_rule_position_idx', ['position'])
export class RoutingRuleEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  criteria: RoutingCriteria;

  @Column({ name: 'target_user_id', type: 'uuid', nullable: true })
  targetUserId: string | null;

  @Column({ name: 'target_team_id', type: 'uuid', nullable: true })
  targetTeamId: string | null;

  @Column({ type: 'text', default: 'round_robin' })
  distribution: Distribution;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A rep's availability for routing; reps without a row work Mon–Fri 09–18 Shanghai time, no cap. */
@Entity('routing_profile')
export class RoutingProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'time_zone', type: 'text', default: 'Asia/Shanghai' })
  timeZone: string;

  @Column({ name: 'work_days', type: 'int', array: true, default: () => `'{1,2,3,4,5}'` })
  workDays: number[];

  @Column({ name: 'work_start', type: 'int', default: 540 })
  workStart: number;

  @Column({ name: 'work_end', type: 'int', default: 1080 })
  workEnd: number;

  @Column({ name: 'daily_capacity', type: 'int', nullable: true })
  dailyCapacity: number | null;

  @Column({ name: 'ooo_from', type: 'timestamptz', nullable: true })
  outOfOfficeFrom: Date | null;

  @Column({ name: 'ooo_until', type: 'timestamptz', nullable: true })
  outOfOfficeUntil: Date | null;

  @Column({ name: 'last_assigned_at', type: 'timestamptz', nullable: true })
  lastAssignedAt: Date | null;
}

/** Where a lead stands in intake: routed when and why, its SLA clock and first response (the due time is `lead.sla_due_at`). */
@Entity('lead_routing')
@Index('lead_routing_unanswered_idx', ['receivedAt'], { where: 'first_response_at IS NULL' })
@Index('lead_routing_assignee_idx', ['assignedUserId', 'routedAt'])
export class LeadRoutingEntity {
  @PrimaryColumn({ name: 'lead_id', type: 'uuid' })
  leadId: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'routed_at', type: 'timestamptz', nullable: true })
  routedAt: Date | null;

  @Column({ name: 'rule_id', type: 'uuid', nullable: true })
  ruleId: string | null;

  @Column({ name: 'assigned_user_id', type: 'uuid', nullable: true })
  assignedUserId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  explanation: Record<string, unknown> | null;

  @Column({ name: 'explanation_text', type: 'text', nullable: true })
  explanationText: string | null;

  @Column({ type: 'text', default: 'normal' })
  priority: string;

  @Column({ name: 'sla_minutes', type: 'int', nullable: true })
  slaMinutes: number | null;

  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true })
  firstResponseAt: Date | null;
}

/** One row per escalation step taken; the primary key makes a retried check a no-op. */
@Entity('lead_escalation')
export class LeadEscalationEntity {
  @PrimaryColumn({ name: 'lead_id', type: 'uuid' })
  leadId: string;

  @PrimaryColumn({ type: 'int' })
  level: number;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'at', type: 'timestamptz' })
  at: Date;
}
