import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { applyScope } from '@rapport/shared-database';
import type { Action, Actor, CustomerIdentity } from '@rapport/shared-domain';
import { CaseEntity } from '../entities/case.entity';

/** A message as the customer sees it: never an internal note, the agent by their name only. */
export interface PortalMessageRow {
  id: string;
  direction: 'inbound' | 'outbound';
  channel: string;
  body: string;
  author_name: string | null;
  created_at: Date;
}

/**
 * The customer portal's SQL (issue 19 item 4). Every case read starts from `cases(actor, action)`:
 * the `portalCase` scope, whose customer arms are the case's contact and account (Actor.customer),
 * so a portal user reaches their own cases, or their account's as its service admin, and nothing
 * else, through the one visibility mechanism.
 */
@Injectable()
export class PortalRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  cases(actor: Actor, action: Action, m: EntityManager = this.ds.manager): SelectQueryBuilder<CaseEntity> {
    return applyScope(m.createQueryBuilder(CaseEntity, 'k').where('k.deleted_at IS NULL'), actor, 'portalCase', action, {
      // Customers own nothing by owner or team: only the customer arms apply (the scope ignores these).
      owner: 'NULL',
      team: null,
      customer: { contact: 'k.contact_id', account: 'k.account_id' },
    });
  }

  /** The identity of a verified portal login whose contact is still there; null otherwise. */
  async identity(userId: string): Promise<CustomerIdentity | null> {
    const rows: { contact_id: string; account_id: string | null; account_admin: boolean }[] = await this.ds.query(
      `SELECT p.contact_id, c.account_id, p.account_admin
         FROM portal_user p JOIN contact c ON c.id = p.contact_id AND c.deleted_at IS NULL
        WHERE p.user_id = $1 AND p.verified_at IS NOT NULL`,
      [userId],
    );
    const r = rows[0];
    return r ? { contactId: r.contact_id, accountId: r.account_id, accountAdmin: r.account_admin } : null;
  }

  /** The thread without internal notes, oldest first; staff are named, customers are "you" (null). */
  messages(caseIds: readonly string[]): Promise<(PortalMessageRow & { case_id: string })[]> {
    return this.ds.query(
      `SELECT m.id, m.case_id, m.direction, m.channel, m.body, CASE WHEN m.direction = 'outbound' THEN u.name END AS author_name, m.created_at
         FROM case_message m LEFT JOIN app_user u ON u.id = m.author_id
        WHERE m.case_id = ANY($1::uuid[]) AND m.direction <> 'internal'
        ORDER BY m.created_at, m.id`,
      [caseIds],
    );
  }

  /** The customer's contact as the portal shows it: name, first address, account. */
  async contactCard(contactId: string): Promise<{ first_name: string | null; last_name: string; email: string | null; account_name: string | null } | null> {
    const rows: { first_name: string | null; last_name: string; email: string | null; account_name: string | null }[] = await this.ds.query(
      `SELECT c.first_name, c.last_name, c.emails[1] AS email, a.name AS account_name FROM contact c LEFT JOIN account a ON a.id = c.account_id AND a.deleted_at IS NULL WHERE c.id = $1 AND c.deleted_at IS NULL`,
      [contactId],
    );
    return rows[0] ?? null;
  }

  /**
   * A message the customer (their contact) wrote on the portal on this case since `since`: the only
   * kind a portal upload may add files to, with how many files it carries and their bytes together.
   */
  async ownRecentMessage(m: EntityManager, caseId: string, messageId: string, contactId: string, since: Date): Promise<{ files: number; bytes: number } | null> {
    const rows: { files: string; bytes: string }[] = await m.query(
      `SELECT count(a.id) AS files, coalesce(sum(a.size), 0) AS bytes
         FROM case_message msg LEFT JOIN case_attachment a ON a.message_id = msg.id
        WHERE msg.id = $1 AND msg.case_id = $2 AND msg.contact_id = $3 AND msg.direction = 'inbound' AND msg.channel = 'portal' AND msg.created_at >= $4
        GROUP BY msg.id`,
      [messageId, caseId, contactId, since],
    );
    const r = rows[0];
    return r ? { files: Number(r.files), bytes: Number(r.bytes) } : null;
  }

  /**
   * The products a customer may say a case is about: those of their account's contracts in effect
   * on the customer's date at `at` (the default calendar's, as a new case's contract is chosen; UTC
   * without one); when there are none (or no account), the active catalogue. Names in every language
   * (the service picks one); at most `limit`, by name; `only` narrows to one product (the check of
   * a new case's product).
   */
  offeredProducts(
    at: Date,
    accountId: string | null,
    limit: number,
    only: string | null = null,
    m: EntityManager = this.ds.manager,
  ): Promise<{ id: string; name: string; names: Record<string, string> }[]> {
    return m.query(
      `WITH today AS (
         SELECT ($2::timestamptz AT TIME ZONE coalesce((SELECT time_zone FROM business_calendar WHERE is_default LIMIT 1), 'UTC'))::date AS day),
       contracted AS (
         SELECT DISTINCT unnest(e.product_ids) AS id FROM entitlement e, today t
          WHERE e.account_id = $1 AND e.starts_on <= t.day AND (e.ends_on IS NULL OR e.ends_on >= t.day))
       SELECT p.id, p.name, p.names FROM product p
        WHERE ($4::uuid IS NULL OR p.id = $4)
          AND CASE WHEN EXISTS (SELECT 1 FROM contracted c JOIN product q ON q.id = c.id) THEN p.id IN (SELECT id FROM contracted) ELSE p.active END
        ORDER BY p.name, p.id LIMIT $3`,
      [accountId, at, limit, only],
    );
  }

  /** Status names and categories, for the customer's words ("We are working on it"). */
  statuses(): Promise<{ key: string; names: Record<string, string>; category: string }[]> {
    return this.ds.query(`SELECT key, names, category FROM case_status`);
  }
}
