import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rapport/shared-config';
import { AppError } from '@rapport/shared-errors';
import { statusAfter, verifyUnsubscribeToken, type ConsentStatus, type UnsubscribeTarget } from '@rapport/marketing-domain';
import { ConsentRepository, type SubscriptionTypeEntity } from '@rapport/marketing-data';

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

/**
 * Consent answered by the person themselves through the link in a mail (issue 15, RFC 8058): the
 * signed token is the only credential (it reached the address's mailbox), so no login or cookie.
 * An answer that changes nothing is not recorded again, so a repeated POST adds no history.
 */
@Injectable()
export class PublicConsentService {
  constructor(
    private readonly repo: ConsentRepository,
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

  private answer(address: string, subscriptionTypeId: string | null, status: ConsentStatus, source: 'unsubscribe_link' | 'preference_centre', evidence: Evidence) {
    return this.repo.ds.transaction((m) =>
      this.repo.record(m, {
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
      }),
    );
  }
}
