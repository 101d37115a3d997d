import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { NurtureStep } from '@rapport/marketing-domain';
import { MailingEntity } from '../entities/mailing.entity';
import { NurtureEnrolmentEntity, NurtureEntity, NurtureStepEntity } from '../entities/nurture.entity';

export interface NurtureListArgs {
  status?: string | null;
  /** Only nurtures this user owns (a reader with the `own` scope). */
  ownerId?: string | null;
  first: number;
  after?: string | null;
}

export interface NurtureCountsRow {
  active: number;
  completed: number;
  stopped: number;
  /** Active enrolments by the position they are at. */
  byPosition: { position: number; count: number }[];
}

/** Nurtures, their steps and who is enrolled (docs/adr/0017). The engine's statements are in NurtureEngineRepository. */
@Injectable()
export class NurtureRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  find(id: string, m: EntityManager = this.ds.manager): Promise<NurtureEntity | null> {
    return m.getRepository(NurtureEntity).findOneBy({ id });
  }

  /** Locks the nurture's row for a change (edit, activate, pause). */
  lock(m: EntityManager, id: string): Promise<NurtureEntity | null> {
    return m.getRepository(NurtureEntity).createQueryBuilder('n').setLock('pessimistic_write').where('n.id = :id', { id }).getOne();
  }

  async save(m: EntityManager, values: Partial<NurtureEntity>): Promise<NurtureEntity> {
    const repo = m.getRepository(NurtureEntity);
    return repo.save(repo.create(values));
  }

  async update(m: EntityManager, id: string, changes: Partial<Omit<NurtureEntity, 'campaign' | 'sourceCampaign' | 'subscriptionType'>>): Promise<void> {
    await m.getRepository(NurtureEntity).update({ id }, changes);
  }

  /** Newest first, keyset-paged by id. */
  async list(args: NurtureListArgs): Promise<{ rows: NurtureEntity[]; hasMore: boolean }> {
    const q = this.ds.getRepository(NurtureEntity).createQueryBuilder('n').orderBy('n.id', 'DESC').take(args.first + 1);
    if (args.status) q.andWhere('n.status = :s', { s: args.status });
    if (args.ownerId) q.andWhere('n.owner_id = :o', { o: args.ownerId });
    if (args.after) q.andWhere('n.id < :after', { after: args.after });
    const rows = await q.getMany();
    return { rows: rows.slice(0, args.first), hasMore: rows.length > args.first };
  }

  steps(nurtureIds: readonly string[], m: EntityManager = this.ds.manager): Promise<NurtureStepEntity[]> {
    if (!nurtureIds.length) return Promise.resolve([]);
    return m.getRepository(NurtureStepEntity).createQueryBuilder('s').where('s.nurture_id = ANY(:ids)', { ids: nurtureIds }).orderBy('s.nurture_id').addOrderBy('s.position').getMany();
  }

  /**
   * Writes the steps of a draft, replacing any it had: each send step gets a draft mailing of kind
   * `nurture` (the mailings of the old steps go with them; a draft never sent anything).
   */
  async replaceSteps(m: EntityManager, nurture: NurtureEntity, steps: NurtureStep[]): Promise<void> {
    const old: { mailing_id: string | null }[] = await m.query(`DELETE FROM nurture_step WHERE nurture_id = $1 RETURNING mailing_id`, [nurture.id]);
    const oldMailings = old.map((r) => r.mailing_id).filter((id): id is string => !!id);
    if (oldMailings.length) await m.query(`DELETE FROM mailing WHERE id = ANY($1::uuid[]) AND kind = 'nurture' AND NOT EXISTS (SELECT 1 FROM mailing_send s WHERE s.mailing_id = mailing.id)`, [oldMailings]);
    for (const [position, step] of steps.entries()) {
      let mailingId: string | null = null;
      if (step.kind === 'send') {
        const mailing = await m.getRepository(MailingEntity).save(
          m.getRepository(MailingEntity).create({
            name: `${nurture.name} · ${position + 1}`,
            kind: 'nurture',
            campaignId: nurture.campaignId,
            templateId: step.config.templateId,
            subscriptionTypeId: nurture.subscriptionTypeId,
            audience: { campaignMemberStatuses: [], listIds: [], excludeListIds: [] },
            resendAllowed: step.config.resendAllowed,
            status: 'draft',
            ownerId: nurture.ownerId,
            createdBy: nurture.createdBy,
          }),
        );
        mailingId = mailing.id;
      }
      await m.getRepository(NurtureStepEntity).insert({ nurtureId: nurture.id, position, kind: step.kind, config: step.config, mailingId });
    }
  }

  /**
   * Starts (or restarts) a nurture's mailings: each pinned to its template's current version the
   * first time, `sending`, and marked prepared, as the engine writes their rows. Returns the
   * send steps whose template has no usable version (none started then).
   */
  async startMailings(m: EntityManager, nurtureId: string): Promise<{ unusable: number[]; mailingIds: string[] }> {
    const rows: { position: number; mailing_id: string; version: string | null }[] = await m.query(
      `SELECT s.position, s.mailing_id, coalesce(ml.template_version_id, CASE WHEN t.archived THEN NULL ELSE t.current_version_id END) AS version
         FROM nurture_step s JOIN mailing ml ON ml.id = s.mailing_id JOIN email_template t ON t.id = ml.template_id
        WHERE s.nurture_id = $1 ORDER BY s.position`,
      [nurtureId],
    );
    const unusable = rows.filter((r) => !r.version).map((r) => r.position);
    if (unusable.length) return { unusable, mailingIds: [] };
    await m.query(
      `UPDATE mailing ml SET status = 'sending', template_version_id = v.version, prepared_at = coalesce(ml.prepared_at, now()), started_at = coalesce(ml.started_at, now()), paused_reason = NULL, consecutive_failures = 0
         FROM jsonb_to_recordset($1::jsonb) AS v(mailing_id uuid, version uuid) WHERE ml.id = v.mailing_id`,
      [JSON.stringify(rows.map((r) => ({ mailing_id: r.mailing_id, version: r.version })))],
    );
    return { unusable: [], mailingIds: rows.map((r) => r.mailing_id) };
  }

  /** Pausing a nurture pauses its mailings too: the pump stops handing its messages to the relay. */
  async pauseMailings(m: EntityManager, nurtureId: string): Promise<void> {
    await m.query(`UPDATE mailing SET status = 'paused', paused_reason = NULL WHERE id IN (SELECT mailing_id FROM nurture_step WHERE nurture_id = $1) AND status = 'sending'`, [nurtureId]);
  }

  /** Enrolments in the order people joined, keyset-paged by id. */
  async enrolments(nurtureId: string, first: number, after: string | null): Promise<{ rows: NurtureEnrolmentEntity[]; hasMore: boolean }> {
    const q = this.ds.getRepository(NurtureEnrolmentEntity).createQueryBuilder('e').where('e.nurture_id = :n', { n: nurtureId }).orderBy('e.id', 'ASC').take(first + 1);
    if (after && /^\d{1,19}$/.test(after)) q.andWhere('e.id > :after', { after });
    const rows = await q.getMany();
    return { rows: rows.slice(0, first), hasMore: rows.length > first };
  }

  async counts(nurtureIds: readonly string[]): Promise<Map<string, NurtureCountsRow>> {
    const rows: { nurture_id: string; status: string; position: number; count: string }[] = await this.ds.query(
      `SELECT nurture_id, status, CASE WHEN status = 'active' THEN position END AS position, count(*) AS count
         FROM nurture_enrolment WHERE nurture_id = ANY($1::uuid[]) GROUP BY 1, 2, 3 ORDER BY 1, 3`,
      [nurtureIds],
    );
    const by = new Map<string, NurtureCountsRow>(nurtureIds.map((id) => [id, { active: 0, completed: 0, stopped: 0, byPosition: [] }]));
    for (const r of rows) {
      const c = by.get(r.nurture_id)!;
      const n = Number(r.count);
      if (r.status === 'active') {
        c.active += n;
        c.byPosition.push({ position: r.position, count: n });
      } else if (r.status === 'completed') c.completed += n;
      else c.stopped += n;
    }
    return by;
  }
}
