import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@rapport/shared-database';
import type { QueueCriteria } from '@rapport/service-domain';
import { CaseEntity } from './case.entity';
import { ServiceSkillEntity } from './work-order.entity';

/**
 * A routing queue (issue 19 item 1): the skills (at levels) its agents need, how it shares work
 * (round-robin or least-busy), its service-level target, and where an item goes after waiting too
 * long. At most one is the default, which takes cases no rule matches.
 */
@Entity('routing_queue')
@Index('routing_queue_name_key', ['name'], { unique: true })
@Index('routing_queue_default_key', ['isDefault'], { unique: true, where: 'is_default' })
@Check('routing_queue_distribution', `distribution IN ('round_robin', 'least_busy')`)
@Check('routing_queue_target', `target_seconds > 0`)
@Check('routing_queue_overflow_after', `overflow_after_seconds IS NULL OR overflow_after_seconds >= 0`)
export class RoutingQueueEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text', default: 'round_robin' }) distribution: string;
  /** Service level: an item counts as answered in time when its first response came within this many seconds of queueing. */
  @Column({ name: 'target_seconds', type: 'int', default: 3600 }) targetSeconds: number;
  @Column({ name: 'overflow_queue_id', type: 'uuid', nullable: true }) overflowQueueId: string | null;
  @ManyToOne(() => RoutingQueueEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'overflow_queue_id', foreignKeyConstraintName: 'routing_queue_overflow_fk' })
  overflowQueue?: RoutingQueueEntity;
  @Column({ name: 'overflow_after_seconds', type: 'int', nullable: true }) overflowAfterSeconds: number | null;
  @Column({ name: 'is_default', type: 'boolean', default: false }) isDefault: boolean;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

/** A skill a queue's agents must have, at least at `level` (the same skills field visits use). */
@Entity('routing_queue_skill')
@Check('routing_queue_skill_level', `level BETWEEN 1 AND 5`)
export class RoutingQueueSkillEntity {
  @PrimaryColumn({ name: 'queue_id', type: 'uuid' }) queueId: string;
  @PrimaryColumn({ name: 'skill_key', type: 'text' }) skillKey: string;
  @ManyToOne(() => RoutingQueueEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'queue_id', foreignKeyConstraintName: 'routing_queue_skill_queue_fk' })
  queue?: RoutingQueueEntity;
  @ManyToOne(() => ServiceSkillEntity, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'skill_key', referencedColumnName: 'key', foreignKeyConstraintName: 'routing_queue_skill_skill_fk' })
  skill?: ServiceSkillEntity;
  @Column({ type: 'int' }) level: number;
}

/** An ordered rule: the first whose criteria all hold for a new case puts it in `queue_id`. */
@Entity('routing_queue_rule')
@Index('routing_queue_rule_order_idx', ['position', 'id'])
export class RoutingQueueRuleEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'queue_id', type: 'uuid' }) queueId: string;
  @ManyToOne(() => RoutingQueueEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'queue_id', foreignKeyConstraintName: 'routing_queue_rule_queue_fk' })
  queue?: RoutingQueueEntity;
  @Column({ type: 'jsonb', default: () => `'{}'` }) criteria: QueueCriteria;
  @Column({ type: 'int', default: 0 }) position: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
}

/**
 * An agent's place in routing: presence (set by them; `away` by the system after inactivity), the
 * languages they answer in, how many open items they may hold per channel, and when they were last
 * given one (round-robin). Skills are `user_skill`'s.
 */
@Entity('agent_presence')
@Check('agent_presence_state', `presence IN ('available', 'busy', 'away', 'offline')`)
export class AgentPresenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'agent_presence_user_fk' })
  user?: UserEntity;
  @Column({ type: 'text', default: 'offline' }) presence: string;
  @Column({ name: 'presence_since', type: 'timestamptz', default: () => 'now()' }) presenceSince: Date;
  /** The last sign of life from their screen; `available` turns `away` when it is too old. */
  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' }) lastSeenAt: Date;
  /** The system, not the agent, made them away (their next sign of life makes them available again). */
  @Column({ name: 'auto_away', type: 'boolean', default: false }) autoAway: boolean;
  @Column({ type: 'text', array: true, default: () => `'{en}'` }) languages: string[];
  @Column({ type: 'jsonb', default: () => `'{}'` }) capacity: Record<string, number>;
  @Column({ name: 'last_assigned_at', type: 'timestamptz', nullable: true }) lastAssignedAt: Date | null;
}

/**
 * One case waiting in (or answered from) a queue. `waiting` → `assigned` (to an agent, counting
 * against their capacity on `channel` while the case is open and theirs) → `released` (resolved,
 * closed, reassigned by hand) ; `cancelled` when the case left the queue unanswered. At most one
 * waiting item per case.
 */
@Entity('routing_item')
@Index('routing_item_waiting_key', ['caseId'], { unique: true, where: `state = 'waiting'` })
@Index('routing_item_waiting_idx', ['enqueuedAt', 'id'], { where: `state = 'waiting'` })
@Index('routing_item_assigned_idx', ['assignedTo'], { where: `state = 'assigned'` })
@Index('routing_item_queue_idx', ['queueId', 'enqueuedAt'])
@Index('routing_item_case_idx', ['caseId'])
@Check('routing_item_state', `state IN ('waiting', 'assigned', 'released', 'cancelled')`)
export class RoutingItemEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'routing_item_case_fk' })
  serviceCase?: CaseEntity;
  /** The queue it waits in (the one its rule named). */
  @Column({ name: 'queue_id', type: 'uuid' }) queueId: string;
  @ManyToOne(() => RoutingQueueEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'queue_id', foreignKeyConstraintName: 'routing_item_queue_fk' })
  queue?: RoutingQueueEntity;
  @Column({ name: 'rule_id', type: 'uuid', nullable: true }) ruleId: string | null;
  @Column({ type: 'text' }) channel: string;
  @Column({ type: 'text', nullable: true }) language: string | null;
  @Column({ type: 'text', default: 'waiting' }) state: string;
  @Column({ name: 'enqueued_at', type: 'timestamptz' }) enqueuedAt: Date;
  @Column({ name: 'assigned_to', type: 'uuid', nullable: true }) assignedTo: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_to', foreignKeyConstraintName: 'routing_item_agent_fk' })
  agent?: UserEntity;
  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true }) assignedAt: Date | null;
  /** The queue whose agents answered it (the overflow queue's, when it overflowed). */
  @Column({ name: 'answered_queue_id', type: 'uuid', nullable: true }) answeredQueueId: string | null;
  @Column({ name: 'released_at', type: 'timestamptz', nullable: true }) releasedAt: Date | null;
  @Column({ type: 'jsonb', nullable: true }) explanation: Record<string, unknown> | null;
}
