import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface PortalLoginRow {
  user_id: string;
  email: string;
  name: string;
  locale: string;
  active: boolean;
  contact_id: string;
  account_admin: boolean;
  verified_at: Date | null;
  link_purpose: string | null;
  link_nonce: string | null;
  link_expires_at: Date | null;
}

const LOGIN = `SELECT u.id AS user_id, u.email, u.name, u.locale, u.active, p.contact_id, p.account_admin, p.verified_at, p.link_purpose, p.link_nonce, p.link_expires_at
                 FROM portal_user p JOIN app_user u ON u.id = p.user_id`;

/** Portal logins' SQL (issue 19 item 4, ADR 0025): who signs in as which contact, and the one link each has out. */
@Injectable()
export class PortalAccessRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  /** Whoever signs in with this address, staff or customer; a customer's login with its portal row. */
  async userByEmail(m: EntityManager, email: string): Promise<{ id: string; login: PortalLoginRow | null } | null> {
    const users: { id: string }[] = await m.query(`SELECT id FROM app_user WHERE email = $1`, [email]);
    if (!users[0]) return null;
    const logins: PortalLoginRow[] = await m.query(`${LOGIN} WHERE p.user_id = $1`, [users[0].id]);
    return { id: users[0].id, login: logins[0] ?? null };
  }

  async loginOfContact(m: EntityManager, contactId: string): Promise<PortalLoginRow | null> {
    const rows: PortalLoginRow[] = await m.query(`${LOGIN} WHERE p.contact_id = $1`, [contactId]);
    return rows[0] ?? null;
  }

  /** A login locked for the change its link makes (two clicks on one link take turns; the second finds it used). */
  async lockLogin(m: EntityManager, userId: string): Promise<PortalLoginRow | null> {
    const rows: PortalLoginRow[] = await m.query(`${LOGIN} WHERE p.user_id = $1 FOR UPDATE OF p`, [userId]);
    return rows[0] ?? null;
  }

  /** The contact as a login needs it: where to write, the name and language to greet with. */
  async contact(m: EntityManager, contactId: string): Promise<{ email: string | null; first_name: string | null; last_name: string; locale: string } | null> {
    const rows: { email: string | null; first_name: string | null; last_name: string; locale: string }[] = await m.query(
      `SELECT emails[1] AS email, first_name, last_name, locale FROM contact WHERE id = $1 AND deleted_at IS NULL`,
      [contactId],
    );
    return rows[0] ?? null;
  }

  /** A customer's login: an `app_user` with the portal role and its portal row, unverified. */
  async createLogin(m: EntityManager, v: { email: string; name: string; locale: string; passwordHash: string | null; contactId: string; accountAdmin: boolean; invitedBy: string | null }): Promise<string> {
    const [{ id }] = (await m.query(`INSERT INTO app_user (email, name, role, locale, password_hash) VALUES ($1, $2, 'portal_user', $3, $4) RETURNING id`, [
      v.email,
      v.name,
      v.locale,
      v.passwordHash,
    ])) as { id: string }[];
    await m.query(`INSERT INTO portal_user (user_id, contact_id, account_admin, invited_by) VALUES ($1, $2, $3, $4)`, [id, v.contactId, v.accountAdmin, v.invitedBy]);
    return id!;
  }

  /** The link out: a new one voids the last. */
  async setLink(m: EntityManager, userId: string, link: { purpose: string; nonce: string; expiresAt: Date }): Promise<void> {
    await m.query(`UPDATE portal_user SET link_purpose = $2, link_nonce = $3, link_expires_at = $4 WHERE user_id = $1`, [userId, link.purpose, link.nonce, link.expiresAt]);
  }

  async setAccountAdmin(m: EntityManager, userId: string, accountAdmin: boolean): Promise<void> {
    await m.query(`UPDATE portal_user SET account_admin = $2 WHERE user_id = $1`, [userId, accountAdmin]);
  }

  /** A link used: gone, the address verified (once), a password set when one was chosen. */
  async useLink(m: EntityManager, userId: string, now: Date, passwordHash: string | null): Promise<void> {
    await m.query(`UPDATE portal_user SET link_purpose = NULL, link_nonce = NULL, link_expires_at = NULL, verified_at = COALESCE(verified_at, $2) WHERE user_id = $1`, [userId, now]);
    if (passwordHash) await m.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
  }
}
