import { releaseSessionLock, trySessionLock } from './session-lock';
import { Injectable } from '@nestjs/common';
import { isUuid } from '@rapport/shared-util';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { ContactPolicy, ContactPolicyRuleKey } from '@rapport/marketing-domain';
import { ContactPolicyEntity, MailingEntity } from '../entities/mailing.entity';

export interface MailingListArgs {
  campaignId?: string | null;
  status?: string | null;
  /** Only mailings this user owns (a reader with the `own` scope). */
  ownerId?: string | null;
  /** A recurring series' occurrences instead of the one-off and recurring mailings. */
  parentId?: string | null;
  first: number;
  after?: string | null;
}

const lockKey = (mailingId: string) => `mailing-pump:${mailingId}`;

@Injectable()
export class MailingRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  find(id: string, m: EntityManager = this.ds.manager): Promise<MailingEntity | null> {
    return m.getRepository(MailingEntity).findOneBy({ id });
  }

  /** Locks the mailing's row for a status change (pause, resume, cancel, start). */
  lock(m: EntityManager, id: string): Promise<MailingEntity | null> {
    return m.getRepository(MailingEntity).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
  }

  async save(m: EntityManager, values: Partial<MailingEntity>): Promise<MailingEntity> {
    const repo = m.getRepository(MailingEntity);
    return repo.save(repo.create(values));
  }

  async update(m: EntityManager, id: string, changes: Partial<Omit<MailingEntity, 'campaign' | 'template' | 'templateVersion' | 'subscriptionType'>>): Promise<void> {
    await m.getRepository(MailingEntity).update({ id }, changes);
  }

  /**
   * Newest first, keyset-paged by id (uuidv7 ids grow with time). One-off and recurring mailings: a
   * nurture's are listed with their nurture, a series' occurrences with their series (`parentId`).
   */
  async list(args: MailingListArgs): Promise<{ rows: MailingEntity[]; hasMore: boolean }> {
    const q = this.listed(args).orderBy('m.id', 'DESC').take(args.first + 1);
    if (args.after) q.andWhere('m.id < :after', { after: args.after });
    const rows = await q.getMany();
    return { rows: rows.slice(0, args.first), hasMore: rows.length > args.first };
  }

  async count(args: Pick<MailingListArgs, 'campaignId' | 'status' | 'ownerId' | 'parentId'>): Promise<number> {
    return this.listed(args).getCount();
  }

  private listed(args: Pick<MailingListArgs, 'campaignId' | 'status' | 'ownerId' | 'parentId'>) {
    const q = this.ds.getRepository(MailingEntity).createQueryBuilder('m');
    if (args.parentId) q.where(`m.kind = 'occurrence' AND m.parent_id = :p`, { p: args.parentId });
    else q.where(`m.kind IN ('one_off', 'recurring')`);
    if (args.campaignId) q.andWhere('m.campaign_id = :c', { c: args.campaignId });
    if (args.status) q.andWhere('m.status = :s', { s: args.status });
    if (args.ownerId) q.andWhere('m.owner_id = :o', { o: args.ownerId });
    return q;
  }

  /** The series whose next occurrence is due, locked (one at a time; another watchdog skips it). */
  async lockDueSeries(m: EntityManager): Promise<MailingEntity | null> {
    return m
      .getRepository(MailingEntity)
      .createQueryBuilder('m')
      .where(`m.kind = 'recurring' AND m.status = 'scheduled' AND m.next_run_at <= now()`)
      .orderBy('m.next_run_at')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
  }

  /**
   * A series' occurrence at `at`: a scheduled mailing of its own with the series' content and
   * audience, due then. At most one per series and time (unique key): a watchdog that runs twice,
   * or again after a crash, makes no second one. The new id, or null when it existed.
   */
  async addOccurrence(m: EntityManager, seriesId: string, at: Date, name: string): Promise<string | null> {
    const [row] = await m.query(
      `INSERT INTO mailing (name, campaign_id, template_id, subscription_type_id, audience, status, kind, resend_allowed, scheduled_at, local_hour, owner_id, created_by, parent_id, occurrence_at)
       SELECT $3, campaign_id, template_id, subscription_type_id, audience, 'scheduled', 'occurrence', resend_allowed, $2, local_hour, owner_id, created_by, id, $2 FROM mailing WHERE id = $1
       ON CONFLICT (parent_id, occurrence_at) WHERE parent_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [seriesId, at, name],
    );
    return row?.id ?? null;
  }

  /** The campaigns among these ids that exist (not deleted), with their type; ids that are not uuids name nothing. */
  async campaignTypes(ids: readonly string[], m: EntityManager = this.ds.manager): Promise<Map<string, string>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Map();
    const rows: { id: string; type: string }[] = await m.query(`SELECT id, type FROM campaign WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`, [valid]);
    return new Map(rows.map((r) => [r.id, r.type]));
  }

  /** Which of these segments exist and are not archived (a mailing's audience may name them). */
  async liveSegments(ids: readonly string[], m: EntityManager = this.ds.manager): Promise<Set<string>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Set();
    const rows: { id: string }[] = await m.query(`SELECT id FROM segment WHERE id = ANY($1::uuid[]) AND archived_at IS NULL`, [valid]);
    return new Set(rows.map((r) => r.id));
  }

  /**
   * A one-off mailing with nothing left queued or on the wire is completed; a nurture's stays
   * `sending`, as the engine adds rows while its nurture runs (ADR 0017).
   */
  async completeIfDone(id: string): Promise<void> {
    await this.ds.query(
      `UPDATE mailing SET status = 'completed', finished_at = now()
        WHERE id = $1 AND status = 'sending' AND kind IN ('one_off', 'occurrence') AND NOT EXISTS (SELECT 1 FROM mailing_send WHERE mailing_id = $1 AND status IN ('queued', 'sending'))`,
      [id],
    );
  }

  /** Pauses a mailing that is still sending (a cancel or a person's pause in between wins); whether it did. */
  async pauseSending(m: EntityManager, id: string, reason: string): Promise<boolean> {
    const [, changed] = await m.query(`UPDATE mailing SET status = 'paused', paused_reason = $2, updated_at = now() WHERE id = $1 AND status = 'sending'`, [id, reason]);
    return Number(changed) > 0;
  }

  /**
   * Mailings a pump should work on now: scheduled and due, or sending (ADR 0016 §6). A nurture's
   * mailing is `sending` for as long as its nurture runs, so it counts only while it has rows to
   * send (ADR 0017): otherwise every nurture step would get a pump every minute.
   */
  async due(): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM mailing m
        WHERE (m.status = 'scheduled' AND m.kind <> 'recurring' AND (m.scheduled_at IS NULL OR m.scheduled_at <= now()))
           OR (m.status = 'sending' AND (
                -- a one-off not yet prepared, or with nothing left to send but not yet marked done
                (m.kind IN ('one_off', 'occurrence') AND (m.prepared_at IS NULL OR NOT EXISTS (SELECT 1 FROM mailing_send s WHERE s.mailing_id = m.id AND s.status IN ('queued', 'sending'))))
                -- rows on the wire (a dead pump's), or queued and due: not the ones waiting for their recipient's hour
                OR EXISTS (SELECT 1 FROM mailing_send s WHERE s.mailing_id = m.id AND (s.status = 'sending' OR (s.status = 'queued' AND (s.not_before IS NULL OR s.not_before <= now()))))))
        ORDER BY id`,
    );
    return rows.map((r) => r.id);
  }

  /** What a mailing's messages name: its campaign, and its subscription type (the List-Id). */
  async senderFacts(campaignId: string, subscriptionTypeId: string): Promise<{ campaignName: string; typeKey: string; typeName: string }> {
    const [row]: { campaignName: string; typeKey: string; typeName: string }[] = await this.ds.query(
      `SELECT c.name AS "campaignName", t.key AS "typeKey", t.name AS "typeName" FROM campaign c, subscription_type t WHERE c.id = $1 AND t.id = $2`,
      [campaignId, subscriptionTypeId],
    );
    return row ?? { campaignName: '', typeKey: 'marketing', typeName: 'Marketing' };
  }

  /** Counts a failure in a row; returns the new count. */
  async countFailure(id: string): Promise<number> {
    const [[row]] = await this.ds.query(`UPDATE mailing SET consecutive_failures = consecutive_failures + 1 WHERE id = $1 RETURNING consecutive_failures AS n`, [id]);
    return Number(row?.n ?? 0);
  }

  async resetFailures(id: string): Promise<void> {
    await this.ds.query(`UPDATE mailing SET consecutive_failures = 0 WHERE id = $1 AND consecutive_failures <> 0`, [id]);
  }

  /**
   * The pump's mutex (ADR 0016 §2): a session advisory lock on a connection of its own, released
   * by `releasePump` or by PostgreSQL when the connection (or the worker) dies. Null when another
   * pump holds it.
   */
  acquirePump(mailingId: string): Promise<QueryRunner | null> {
    return trySessionLock(this.ds, lockKey(mailingId));
  }

  releasePump(runner: QueryRunner, mailingId: string): Promise<void> {
    return releaseSessionLock(runner, lockKey(mailingId));
  }

  async policy(m: EntityManager = this.ds.manager): Promise<ContactPolicy> {
    const row = await m.getRepository(ContactPolicyEntity).findOneBy({ id: 1 });
    return policyOf(row);
  }

  async savePolicy(policy: ContactPolicy, updatedBy: string | null): Promise<ContactPolicy> {
    const values: Partial<ContactPolicyEntity> = {
      id: 1,
      capMaxMessages: policy.frequencyCap?.maxMessages ?? null,
      capWindowDays: policy.frequencyCap?.windowDays ?? null,
      sameContentOnce: policy.sameContentOnce,
      quietStartHour: policy.quietHours?.startHour ?? null,
      quietEndHour: policy.quietHours?.endHour ?? null,
      timeZone: policy.timeZone,
      rules: policy.rules,
      updatedBy,
    };
    await this.ds.getRepository(ContactPolicyEntity).save(values);
    return this.policy();
  }
}

/** The row as the domain's policy; a missing row (never in a migrated database) is no policy at all. */
export function policyOf(row: ContactPolicyEntity | null): ContactPolicy {
  return {
    frequencyCap: row?.capMaxMessages && row.capWindowDays ? { maxMessages: row.capMaxMessages, windowDays: row.capWindowDays } : null,
    sameContentOnce: row?.sameContentOnce ?? true,
    quietHours: row && row.quietStartHour !== null && row.quietEndHour !== null ? { startHour: row.quietStartHour, endHour: row.quietEndHour } : null,
    timeZone: row?.timeZone ?? 'Asia/Shanghai',
    rules: (row?.rules ?? []) as ContactPolicyRuleKey[],
  };
}
