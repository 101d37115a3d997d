import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rapport/shared-config';
import { AppError } from '@rapport/shared-errors';
import { signUnsubscribeToken, statusAfter, verifyConfirmToken, verifyUnsubscribeToken, type ConfirmTarget, type ConsentStatus, type UnsubscribeTarget } from '@rapport/marketing-domain';
import { ConsentConfirmationRepository, ConsentRepository, type SubscriptionTypeEntity } from '@rapport/marketing-data';
import { ConsentRecorder } from './consent-recorder.service';

/** What the person's browser or mail client tells us: kept with the answer as evidence. */
export interface Evidence {
  ip: string | null;
  userAgent: string | null;
}

/** The preference centre's view of one address: every offered type with its answer, and the global one. */
export interface Preferences {
  target: UnsubscribeTarget;
  type: SubscriptionTypeEntity | null;
  types: { type: SubscriptionTypeEntity; status: ConsentStatus | null }[];
  global: ConsentStatus | null;
}

/** A double opt-in confirm link's view: the type asked for, the address's answer now, and whether this request confirmed it. */
export interface Confirmation {
  target: ConfirmTarget;
  type: SubscriptionTypeEntity;
  status: ConsentStatus | null;
  confirmed: boolean;
  /** The address's preference-centre link (an unsubscribe token: the confirm token opens only the confirm page). */
  preferencesToken: string;
}

/**
 * Consent answered by the person themselves through the link in a mail (issue 15, RFC 8058): the
 * signed token is the only credential (it reached the address's mailbox), so no login or cookie.
 * An answer that changes nothing is not recorded again, so a repeated POST adds no history.
 */
@Injectable()
export class PublicConsentService {
  constructor(
    private readonly repo: ConsentRepository,
    private readonly confirmations: ConsentConfirmationRepository,
    private readonly recorder: ConsentRecorder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The address and type of a link, or NOT_FOUND for a link that is not ours (never says more). */
  target(token: string): UnsubscribeTarget {
    const target = verifyUnsubscribeToken(token, this.config.sessionSecret);
    if (!target) throw AppError.notFound('The link');
    return target;
  }

  async preferences(token: string): Promise<Preferences> {
    const target = this.target(token);
    const [types, states] = await Promise.all([this.repo.subscriptionTypes(false), this.repo.statesOf([target.address])]);
    const statusOf = (typeId: string | null) => states.find((s) => s.subscriptionTypeId === typeId)?.status ?? null;
    return {
      target,
      type: types.find((t) => t.id === target.subscriptionTypeId) ?? null,
      // Retired types are listed only where the person still has an answer to take back.
      types: types.filter((t) => t.active || statusOf(t.id) === 'opted_in').map((type) => ({ type, status: statusOf(type.id) })),
      global: statusOf(null),
    };
  }

  /** The one-click unsubscribe: the link's type, or all marketing for a link without one. Takes effect before the answer. */
  async unsubscribe(token: string, evidence: Evidence): Promise<Preferences> {
    const prefs = await this.preferences(token);
    const typeId = prefs.target.subscriptionTypeId;
    const current = typeId ? prefs.types.find((t) => t.type.id === typeId)?.status : prefs.global;
    if (current !== 'opted_out') await this.answer(prefs.target.address, typeId, 'opted_out', 'unsubscribe_link', evidence);
    return this.preferences(token);
  }

  /**
   * The preference centre's form: the types ticked are opted in (confirmed: the link came through
   * the mailbox, which is what a double opt-in proves), the others opted out where they had said
   * yes, and "no marketing at all" is the global answer.
   */
  async savePreferences(token: string, wanted: { typeIds: readonly string[]; noMarketing: boolean }, evidence: Evidence): Promise<Preferences> {
    const prefs = await this.preferences(token);
    const { address } = prefs.target;
    for (const { type, status } of prefs.types) {
      const next: ConsentStatus | null = wanted.typeIds.includes(type.id) ? statusAfter('opt_in', type, 'preference_centre', true) : status === null ? null : 'opted_out';
      if (next && next !== status) await this.answer(address, type.id, next, 'preference_centre', evidence);
    }
    const global: ConsentStatus | null = wanted.noMarketing ? 'opted_out' : prefs.global === 'opted_out' ? 'opted_in' : null;
    if (global && global !== prefs.global) await this.answer(address, null, global, 'preference_centre', evidence);
    return this.preferences(token);
  }

  /** What a confirm link shows (GET: changes nothing). NOT_FOUND for a link that is not a confirm link of ours. */
  async confirmation(token: string): Promise<Confirmation> {
    const { target, type } = await this.confirmTarget(token);
    const [state] = (await this.repo.statesOf([target.address])).filter((s) => s.subscriptionTypeId === target.subscriptionTypeId);
    return this.confirmationOf(target, type, state?.status ?? null, false);
  }

  /**
   * Confirms a pending opt-in with the browser's evidence (source `double_opt_in`). Only a pending
   * answer is confirmed: a link from an old mail must not subscribe again someone who opted out
   * since (or never say yes to a retired type); they see their answer as it is. The answer is
   * locked while deciding, so an opt-out arriving at the same moment is not overwritten.
   */
  async confirm(token: string, evidence: Evidence): Promise<Confirmation> {
    const { target, type } = await this.confirmTarget(token);
    return this.repo.ds.transaction(async (m) => {
      const current = await this.confirmations.lockAnswer(m, target.address, target.subscriptionTypeId);
      if (current?.status !== 'pending' || !type.active) return this.confirmationOf(target, type, current?.status ?? null, false);
      const status = statusAfter('opt_in', type, 'double_opt_in');
      await this.recorder.record(m, {
        ...this.evidenceRow(target.address, type.id, status, 'double_opt_in', evidence),
        // The confirmation belongs on the timeline of the record the pending answer came through.
        contactId: current.contactId,
        leadId: current.leadId,
      });
      return this.confirmationOf(target, type, status, true);
    });
  }

  private async confirmTarget(token: string): Promise<{ target: ConfirmTarget; type: SubscriptionTypeEntity }> {
    const target = verifyConfirmToken(token, this.config.sessionSecret);
    const type = target ? await this.repo.subscriptionType(target.subscriptionTypeId) : null;
    if (!target || !type) throw AppError.notFound('The link');
    return { target, type };
  }

  private confirmationOf(target: ConfirmTarget, type: SubscriptionTypeEntity, status: ConsentStatus | null, confirmed: boolean): Confirmation {
    return { target, type, status, confirmed, preferencesToken: signUnsubscribeToken(target, this.config.sessionSecret) };
  }

  private evidenceRow(address: string, subscriptionTypeId: string | null, status: ConsentStatus, source: 'unsubscribe_link' | 'preference_centre' | 'double_opt_in', evidence: Evidence) {
    return {
      address,
      subscriptionTypeId,
      status,
      lawfulBasis: 'consent',
      source,
      wordingVersion: null,
      ip: evidence.ip?.slice(0, 100) ?? null,
      userAgent: evidence.userAgent?.slice(0, 500) ?? null,
      recordedBy: null,
      contactId: null,
      leadId: null,
    };
  }

  private answer(address: string, subscriptionTypeId: string | null, status: ConsentStatus, source: 'unsubscribe_link' | 'preference_centre', evidence: Evidence) {
    return this.repo.ds.transaction((m) => this.recorder.record(m, this.evidenceRow(address, subscriptionTypeId, status, source, evidence)));
  }
}
