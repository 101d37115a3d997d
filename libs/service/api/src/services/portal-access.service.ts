import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { AuthService, hashPassword } from '@rapport/shared-auth';
import { publishToOutbox, writeAudit } from '@rapport/shared-database';
import type { Actor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { QUEUES } from '@rapport/shared-queue';
import { normalizeEmail } from '@rapport/shared-util';
import { normalizePersonName } from '@rapport/sales-domain';
import { SalesRepository } from '@rapport/sales-data';
import { linkIsLive, linkSigner, newLinkNonce, PORTAL_LINK_LIFETIME_MS, portalPasswordProblem, SERVICE_LANGUAGES, type PortalLinkPurpose } from '@rapport/service-domain';
import { CaseRepository, PortalAccessRepository, type PortalLoginRow } from '@rapport/service-data';
import type { InvitePortalUserInput } from '../models/portal.model';

/** The portal's mailed links: a login's id and its current nonce, with a key of their own. */
export const portalLinks = linkSigner('portal-link');

export interface PortalRegistration {
  email: string;
  name: string;
  password: string;
  language?: string | null;
}

export interface PortalSession {
  token: string;
  expiresAt: Date;
}

/**
 * Who may use the customer portal (issue 19 item 4, ADR 0025): contacts invited by staff, and people
 * who sign themselves up and prove their address by the link mailed to them; afterwards by password
 * or a sign-in link by mail. Public answers never say whether an address is known: signing up and
 * asking for a link always answer the same, and the mail says what applies (a known customer gets a
 * sign-in link instead of a second account). Every link is one at a time, single-use and short-lived.
 */
@Injectable()
export class PortalAccessService {
  constructor(
    private readonly repo: PortalAccessRepository,
    private readonly cases: CaseRepository,
    private readonly sales: SalesRepository,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Staff invite a contact they may change; an invitation not yet taken up is sent again. */
  async invite(actor: Actor, input: InvitePortalUserInput, now = new Date()): Promise<PortalLoginRow> {
    return this.repo.ds.transaction(async (m) => {
      const visible = await this.sales.contacts(actor, 'write', m).andWhere('c.id = :id', { id: input.contactId }).getExists();
      if (!visible) throw AppError.notFound('The contact');
      const contact = await this.repo.contact(m, input.contactId);
      if (!contact?.email) throw AppError.validation([{ path: 'input.contactId', message: 'The contact has no email address to invite.' }]);
      let login = await this.repo.loginOfContact(m, input.contactId);
      if (login?.verified_at) throw AppError.validation([{ path: 'input.contactId', message: 'This contact already uses the portal.' }]);
      if (!login) {
        const email = normalizeEmail(contact.email);
        if (await this.repo.userByEmail(m, email)) throw AppError.validation([{ path: 'input.contactId', message: 'Someone already signs in with this contact’s address.' }]);
        const name = [contact.first_name, contact.last_name].filter(Boolean).join(' ') || email;
        const userId = await this.repo.createLogin(m, { email, name, locale: languageOf(contact.locale), passwordHash: null, contactId: input.contactId, accountAdmin: input.accountAdmin ?? false, invitedBy: actor.userId });
        login = (await this.repo.lockLogin(m, userId))!;
      } else if (input.accountAdmin !== undefined && input.accountAdmin !== null) {
        await this.repo.setAccountAdmin(m, login.user_id, input.accountAdmin);
      }
      await this.sendLink(m, login.user_id, 'invite', now);
      await writeAudit(m, actor, { entityType: 'contact', entityId: input.contactId, action: 'update', changes: [{ field: 'portalInvitation', from: null, to: login.email }] });
      return (await this.repo.lockLogin(m, login.user_id))!;
    });
  }

  /**
   * Someone signs themselves up. A new address becomes a login on the contact with that address
   * (or a new contact, flagged for review) with a link to confirm it; an address that already has a
   * customer login gets a sign-in link instead; a staff address gets nothing. The answer is the same.
   */
  async register(input: PortalRegistration, now = new Date()): Promise<void> {
    const email = normalizeEmail(input.email);
    const problem = portalPasswordProblem(input.password, 'password');
    if (problem) throw AppError.validation([problem]);
    const passwordHash = await hashPassword(input.password);
    try {
      await this.registerIn(email, input, passwordHash, now);
    } catch (e) {
      // Two sign-ups of one address at once: the second meets the first's login (unique address) and is answered as a known one.
      if ((e as { code?: string }).code !== '23505') throw e;
      await this.registerIn(email, input, passwordHash, now);
    }
  }

  private async registerIn(email: string, input: PortalRegistration, passwordHash: string, now: Date): Promise<void> {
    await this.repo.ds.transaction(async (m) => {
      const existing = await this.repo.userByEmail(m, email);
      if (existing) {
        if (existing.login) await this.sendLink(m, existing.id, existing.login.verified_at ? 'sign-in' : 'verify', now);
        return;
      }
      const known = await this.cases.contactByEmail(m, email);
      const taken = known ? await this.repo.loginOfContact(m, known.id) : null;
      if (taken) {
        // The contact already has a login under another of its addresses: that one is theirs.
        await this.sendLink(m, taken.user_id, taken.verified_at ? 'sign-in' : 'verify', now);
        return;
      }
      const name = input.name.trim().slice(0, 100);
      const contactId = known?.id ?? (await this.newContact(m, email, name, languageOf(input.language)));
      const userId = await this.repo.createLogin(m, { email, name: name || email, locale: languageOf(input.language), passwordHash, contactId, accountAdmin: false, invitedBy: null });
      await this.sendLink(m, userId, 'verify', now);
    });
  }

  /** A known customer asks for a sign-in link; anyone else is answered the same and sent nothing. */
  async requestSignInLink(emailRaw: string, now = new Date()): Promise<void> {
    const email = normalizeEmail(emailRaw);
    await this.repo.ds.transaction(async (m) => {
      const existing = await this.repo.userByEmail(m, email);
      if (existing?.login?.active) await this.sendLink(m, existing.id, existing.login.verified_at ? 'sign-in' : 'verify', now);
    });
  }

  /**
   * Follows a mailed link: confirming an address or taking up an invitation (a password may be chosen
   * then; an invitation without one signs in by links), or signing in. The link is used up; the
   * answer is a session. Anything but a live link of this login is the same refusal.
   */
  async follow(token: unknown, purposes: readonly PortalLinkPurpose[], password: string | null | undefined, userAgent: string | null, now = new Date()): Promise<PortalSession> {
    const link = portalLinks.verify(token, this.config.sessionSecret);
    const problem = password ? portalPasswordProblem(password, 'password') : null;
    if (problem) throw AppError.validation([problem]);
    const passwordHash = password ? await hashPassword(password) : null;
    const userId = await this.repo.ds.transaction(async (m) => {
      const login = link ? await this.repo.lockLogin(m, link.id) : null;
      const live = login && login.active && purposes.some((purpose) => linkIsLive({ purpose: login.link_purpose, nonce: login.link_nonce, expiresAt: login.link_expires_at }, { purpose, nonce: link!.nonce }, now));
      if (!live) throw AppError.validation([{ path: 'token', message: 'This link is not valid any more; ask for a new one.' }]);
      await this.repo.useLink(m, login.user_id, now, passwordHash);
      return login.user_id;
    });
    const session = await this.auth.sessionWithoutPassword(userId, userAgent);
    if (!session) throw AppError.validation([{ path: 'token', message: 'This link is not valid any more; ask for a new one.' }]);
    return { token: session.token, expiresAt: session.expiresAt };
  }

  /** A new link for a login, with its mail through the outbox (sent once the transaction commits). */
  private async sendLink(m: EntityManager, userId: string, purpose: PortalLinkPurpose, now: Date): Promise<void> {
    const nonce = newLinkNonce();
    await this.repo.setLink(m, userId, { purpose, nonce, expiresAt: new Date(now.getTime() + PORTAL_LINK_LIFETIME_MS[purpose]) });
    await publishToOutbox(m, { queue: QUEUES.serviceMail, jobName: 'send-portal-link', payload: { userId, nonce }, dedupKey: `portal-link:${userId}:${nonce}` });
  }

  /** Someone unknown who signed up: a contact flagged for review, owned by the service intake, in the language they signed up in (mail and surveys follow it). */
  private async newContact(m: EntityManager, email: string, name: string, locale: string): Promise<string> {
    const parts = name.split(/\s+/).filter(Boolean);
    const [firstName, lastName] = parts.length > 1 ? [parts.slice(0, -1).join(' '), parts.at(-1)!] : ['', parts[0] ?? email.split('@')[0]!];
    const intake = await this.cases.intakeOwner(m);
    return this.cases.createUnreviewedContact(m, { address: email, firstName, lastName, nameNormalized: normalizePersonName(firstName, lastName), ownerId: intake?.ownerId ?? null, teamId: intake?.teamId ?? null, locale });
  }
}

/** One of the served languages, English when the value is none of them. */
const languageOf = (value: string | null | undefined) => SERVICE_LANGUAGES.find((l) => l === value) ?? 'en';
