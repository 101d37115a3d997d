import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CsatAnswer } from '@rapport/service-domain';
import { CsatQueueModeEntity, CsatSettingsEntity, CsatSurveyEntity } from '../entities/csat.entity';

/** What a resolution needs to know of its case to offer a survey. */
export interface CsatCaseFacts {
  id: string;
  number: string;
  subject: string;
  contactId: string | null;
  ownerId: string | null;
  teamId: string | null;
  channel: string;
  queueId: string | null;
  createdAt: Date;
  contactLocale: string | null;
}

/** A survey with what its mail and page show: the case's number and subject, the contact's address and name. */
export interface CsatSurveyView {
  survey: CsatSurveyEntity;
  number: string;
  subject: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
}

/** TypeORM hands back `[rows, count]` for UPDATE … RETURNING (plain rows for SELECT and INSERT). */
const updated = (result: unknown): unknown[] => (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : (result as unknown[]));

// Counts one hit per client and window in one statement (as the web-to-lead limit does): the row
// lock of ON CONFLICT DO UPDATE serialises every API process's hits; the database's clock decides.

/** Surveys, their settings and the public routes' rate counter (issue 19 item 5). Queries only. */
@Injectable()
export class CsatRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  settings(m: EntityManager = this.ds.manager): Promise<CsatSettingsEntity | null> {
    return m.findOneBy(CsatSettingsEntity, { id: 1 });
  }

  async saveSettings(m: EntityManager, values: Omit<CsatSettingsEntity, 'id' | 'updatedAt'>): Promise<CsatSettingsEntity> {
    await m.upsert(CsatSettingsEntity, { id: 1, ...values, updatedAt: new Date() } as never, ['id']);
    return m.findOneByOrFail(CsatSettingsEntity, { id: 1 });
  }

  /** Every routing queue with its own survey mode (null: it follows the company's), by name. */
  queueModes(m: EntityManager = this.ds.manager): Promise<{ queueId: string; queueName: string; active: boolean; mode: string | null }[]> {
    return m.query(
      `SELECT q.id AS "queueId", q.name AS "queueName", q.active, qm.mode FROM routing_queue q LEFT JOIN csat_queue_mode qm ON qm.queue_id = q.id ORDER BY q.name, q.id`,
    );
  }

  /** The case's queue's own survey mode, or null (no queue, or the queue follows the company's). */
  async queueModeOf(m: EntityManager, queueId: string | null): Promise<string | null> {
    if (!queueId) return null;
    return (await m.findOneBy(CsatQueueModeEntity, { queueId }))?.mode ?? null;
  }

  /** Of these queue ids, the ones that do not exist. */
  async missingQueues(m: EntityManager, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows: { id: string }[] = await m.query(`SELECT v.id FROM unnest($1::uuid[]) AS v(id) WHERE NOT EXISTS (SELECT 1 FROM routing_queue q WHERE q.id = v.id)`, [ids]);
    return rows.map((r) => r.id);
  }

  /** Sets the listed queues' own modes; a null mode makes the queue follow the company's again. Unlisted queues keep theirs. */
  async saveQueueModes(m: EntityManager, modes: { queueId: string; mode: string | null }[]): Promise<void> {
    const cleared = modes.filter((q) => q.mode === null).map((q) => q.queueId);
    const set = modes.filter((q): q is { queueId: string; mode: string } => q.mode !== null);
    if (cleared.length) await m.query(`DELETE FROM csat_queue_mode WHERE queue_id = ANY($1::uuid[])`, [cleared]);
    if (set.length) await m.upsert(CsatQueueModeEntity, set.map((q) => ({ ...q, updatedAt: new Date() })) as never, ['queueId']);
  }

  async caseFacts(m: EntityManager, caseId: string): Promise<CsatCaseFacts | null> {
    const rows: CsatCaseFacts[] = await m.query(
      `SELECT k.id, k.number, k.subject, k.contact_id AS "contactId", k.owner_id AS "ownerId", k.team_id AS "teamId", k.channel, k.queue_id AS "queueId",
              k.created_at AS "createdAt", c.locale AS "contactLocale"
         FROM service_case k LEFT JOIN contact c ON c.id = k.contact_id AND c.deleted_at IS NULL
        WHERE k.id = $1`,
      [caseId],
    );
    return rows[0] ?? null;
  }

  /** Resolutions logged on the case before the latest one. */
  async earlierResolutions(m: EntityManager, caseId: string): Promise<number> {
    const [r]: { n: number }[] = await m.query(`SELECT greatest(count(*) - 1, 0)::int AS n FROM case_event WHERE case_id = $1 AND kind = 'resolved'`, [caseId]);
    return r?.n ?? 0;
  }

  /** The case's survey, locked for the rest of the transaction. */
  surveyOfCase(m: EntityManager, caseId: string): Promise<CsatSurveyEntity | null> {
    return m.createQueryBuilder(CsatSurveyEntity, 's').where('s.case_id = :caseId', { caseId }).setLock('pessimistic_write').getOne();
  }

  /** A new survey; null when the case got one at the same moment (the unique case key). */
  async insert(m: EntityManager, values: Omit<CsatSurveyEntity, 'id' | 'invitations' | 'mailsSent' | 'sentAt' | 'answeredAt' | 'rating' | 'answers' | 'comment' | 'answeredBy' | 'lowNotifiedAt' | 'createdAt' | 'updatedAt'>): Promise<string | null> {
    const r = await m.createQueryBuilder().insert().into(CsatSurveyEntity).values(values as never).orIgnore().returning('id').execute();
    return (r.raw as { id: string }[])[0]?.id ?? null;
  }

  /** Offers an unanswered survey again for a later resolution; the number of this invitation. */
  async reinvite(m: EntityManager, id: string, values: Pick<CsatSurveyEntity, 'ownerId' | 'teamId' | 'channel' | 'queueId' | 'resolvedAt' | 'resolutionMinutes' | 'language' | 'contactId'>): Promise<number | null> {
    const rows = updated(
      await m.query(
        `UPDATE csat_survey SET invitations = invitations + 1, owner_id = $2, team_id = $3, channel = $4, queue_id = $5, resolved_at = $6, resolution_minutes = $7, language = $8, contact_id = $9, updated_at = now()
        WHERE id = $1 AND answered_at IS NULL RETURNING invitations`,
        [id, values.ownerId, values.teamId, values.channel, values.queueId, values.resolvedAt, values.resolutionMinutes, values.language, values.contactId],
      ),
    ) as { invitations: number }[];
    return rows[0]?.invitations ?? null;
  }

  /** A survey with its case and contact; `lock` holds the row for the rest of the transaction. */
  async view(m: EntityManager, id: string, lock = false): Promise<CsatSurveyView | null> {
    const qb = m.createQueryBuilder(CsatSurveyEntity, 's').where('s.id = :id', { id });
    const survey = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
    if (!survey) return null;
    const [r]: { number: string; subject: string; email: string | null; first_name: string | null; last_name: string | null }[] = await m.query(
      `SELECT k.number, k.subject, c.emails[1] AS email, c.first_name, c.last_name
         FROM service_case k LEFT JOIN contact c ON c.id = $2 AND c.deleted_at IS NULL WHERE k.id = $1 AND k.deleted_at IS NULL`,
      [survey.caseId, survey.contactId],
    );
    return r ? { survey, number: r.number, subject: r.subject, email: r.email, firstName: r.first_name, lastName: r.last_name } : null;
  }

  async markMailed(m: EntityManager, id: string, invitation: number, at: Date): Promise<void> {
    await m.query(`UPDATE csat_survey SET mails_sent = $2, sent_at = $3, updated_at = now() WHERE id = $1`, [id, invitation, at]);
  }

  /** Stores the answer unless one is there already (then false): one answer per case, whoever comes second. */
  async answer(m: EntityManager, id: string, a: CsatAnswer, answeredBy: string | null, at: Date): Promise<boolean> {
    const rows = updated(
      await m.query(
        `UPDATE csat_survey SET rating = $2, answers = $3::jsonb, comment = $4, answered_by = $5, answered_at = $6, updated_at = now()
        WHERE id = $1 AND answered_at IS NULL RETURNING id`,
        [id, a.rating, JSON.stringify(a.answers), a.comment, answeredBy, at],
      ),
    );
    return rows.length > 0;
  }

  async markLowNotified(m: EntityManager, id: string, at: Date): Promise<boolean> {
    const rows = updated(await m.query(`UPDATE csat_survey SET low_notified_at = $2 WHERE id = $1 AND low_notified_at IS NULL RETURNING id`, [id, at]));
    return rows.length > 0;
  }

  /** The case's survey for one of its contacts (the portal), or null. */
  surveyForContact(m: EntityManager, caseId: string, contactId: string): Promise<CsatSurveyEntity | null> {
    return m.findOneBy(CsatSurveyEntity, { caseId, contactId });
  }


}
