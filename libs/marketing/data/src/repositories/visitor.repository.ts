import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { visibleRecordCondition } from '@rapport/shared-database';
import { WebInterestRuleEntity, WebVisitorEntity, WebVisitorSettingsEntity } from '../entities/visitor.entity';

export type IdentificationSource = 'form' | 'event' | 'email';

/**
 * Links a visitor to a person, creating the visitor when the identification arrives before its
 * first batch (a form post navigates away; the script's beacon for that page may land after it).
 * The latest identification wins: the row holds one contact or one lead. A person deleted since the
 * token was signed identifies nobody.
 */
const IDENTIFY_SQL = `
  INSERT INTO web_visitor AS w (id, first_seen, last_seen, contact_id, lead_id, identified_at, identified_by)
  SELECT x.visitor_id, now(), now(), x.contact_id, x.lead_id, now(), $4
    FROM (SELECT $1::uuid AS visitor_id, $2::uuid AS contact_id, $3::uuid AS lead_id) x
   WHERE EXISTS (SELECT 1 FROM contact c WHERE c.id = x.contact_id AND c.deleted_at IS NULL)
      OR EXISTS (SELECT 1 FROM lead l WHERE l.id = x.lead_id AND l.deleted_at IS NULL)
  ON CONFLICT (id) DO UPDATE SET contact_id = EXCLUDED.contact_id, lead_id = EXCLUDED.lead_id, identified_at = now(), identified_by = EXCLUDED.identified_by`;

export interface KnownVisitorRow {
  id: string;
  firstSeen: Date;
  lastSeen: Date;
  contactId: string | null;
  leadId: string | null;
  identifiedAt: Date | null;
  identifiedBy: string | null;
}

/** The SQL of web visitors (who a browser is), the admins' interest rules and the tracking settings. */
@Injectable()
export class VisitorRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  async identify(m: EntityManager, visitorId: string, person: { kind: 'contact' | 'lead'; id: string }, source: IdentificationSource): Promise<void> {
    await m.query(IDENTIFY_SQL, [visitorId, person.kind === 'contact' ? person.id : null, person.kind === 'lead' ? person.id : null, source]);
  }

  /**
   * Links the visitors named by just-stored web-to-lead submissions to their leads (the leads
   * domain's CreateHook for `lead_submission`, in the intake's transaction). Reads the leads
   * domain's table by SQL only, as marketing reads sales' people: no import crosses the boundary.
   */
  async identifyFromSubmissions(m: EntityManager, submissionIds: string[]): Promise<void> {
    await m.query(
      `INSERT INTO web_visitor AS w (id, first_seen, last_seen, lead_id, identified_at, identified_by)
       SELECT DISTINCT ON (s.visitor_id) s.visitor_id, now(), now(), s.lead_id, now(), 'form'
         FROM lead_submission s WHERE s.id = ANY($1::uuid[]) AND s.visitor_id IS NOT NULL
        ORDER BY s.visitor_id, s.received_at DESC
       ON CONFLICT (id) DO UPDATE SET contact_id = NULL, lead_id = EXCLUDED.lead_id, identified_at = now(), identified_by = 'form'`,
      [submissionIds],
    );
  }

  /** A merge's survivor takes the merged people's visitors (MergeHooks). */
  async moveOnMerge(m: EntityManager, column: 'contact_id' | 'lead_id', survivorId: string, mergedIds: string[]): Promise<void> {
    await m.query(`UPDATE web_visitor SET ${column} = $1 WHERE ${column} = ANY($2::uuid[])`, [survivorId, mergedIds]);
  }

  /** The visitors of one person (see personVisitorsSql for a contact's converted leads). */
  visitorsOf(person: { kind: 'contact' | 'lead'; id: string }): Promise<KnownVisitorRow[]> {
    const where = person.kind === 'lead' ? `w.lead_id = $1` : `w.contact_id = $1 OR w.lead_id IN (SELECT id FROM lead WHERE converted_contact_id = $1)`;
    return this.ds.query(
      `SELECT w.id, w.first_seen AS "firstSeen", w.last_seen AS "lastSeen", w.contact_id AS "contactId", w.lead_id AS "leadId", w.identified_at AS "identifiedAt", w.identified_by AS "identifiedBy"
         FROM web_visitor w WHERE ${where} ORDER BY w.last_seen DESC`,
      [person.id],
    );
  }

  /**
   * Identified visitors seen since `since` whose person the actor may read (the same scope SQL as
   * every record read: visibleRecordCondition), newest first, after the keyset when given. A
   * visitor whose person is out of sight, or deleted, is not in the list at all.
   */
  known(actor: Actor, since: Date, first: number, after: { lastSeen: string; id: string } | null): Promise<KnownVisitorRow[]> {
    const contact = visibleRecordCondition(actor, 'contact', 'read', 'w.contact_id');
    const lead = visibleRecordCondition(actor, 'lead', 'read', 'w.lead_id');
    const qb = this.ds
      .createQueryBuilder()
      .select(['w.id AS id', 'w.first_seen AS "firstSeen"', 'w.last_seen AS "lastSeen"', 'w.contact_id AS "contactId"', 'w.lead_id AS "leadId"', 'w.identified_at AS "identifiedAt"', 'w.identified_by AS "identifiedBy"'])
      .from(WebVisitorEntity, 'w')
      .where('(w.contact_id IS NOT NULL OR w.lead_id IS NOT NULL) AND w.last_seen >= :since', { since })
      .andWhere(
        `((w.contact_id IS NOT NULL AND EXISTS (SELECT 1 FROM contact pc WHERE pc.id = w.contact_id AND pc.deleted_at IS NULL) AND ${contact.sql})
          OR (w.lead_id IS NOT NULL AND EXISTS (SELECT 1 FROM lead pl WHERE pl.id = w.lead_id AND pl.deleted_at IS NULL) AND ${lead.sql}))`,
        { ...contact.params, ...lead.params },
      )
      .orderBy('w.last_seen', 'DESC')
      .addOrderBy('w.id', 'DESC')
      .limit(first + 1);
    if (after) qb.andWhere('(w.last_seen, w.id) < (CAST(:afterSeen AS timestamptz), CAST(:afterId AS uuid))', { afterSeen: after.lastSeen, afterId: after.id });
    return qb.getRawMany<KnownVisitorRow>();
  }

  rules(m: EntityManager = this.ds.manager): Promise<WebInterestRuleEntity[]> {
    return m.find(WebInterestRuleEntity, { order: { position: 'ASC', pattern: 'ASC', productLine: 'ASC' } });
  }

  ruleCount(m: EntityManager): Promise<number> {
    return m.count(WebInterestRuleEntity);
  }

  async settings(m: EntityManager = this.ds.manager): Promise<WebVisitorSettingsEntity> {
    // The migration inserts the row; recreated here should anyone have deleted it by hand.
    return (await m.findOneBy(WebVisitorSettingsEntity, { id: 1 })) ?? m.save(WebVisitorSettingsEntity, m.create(WebVisitorSettingsEntity, { id: 1 }));
  }
}
