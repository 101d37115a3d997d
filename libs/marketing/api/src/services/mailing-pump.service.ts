import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { notify, publishToOutbox } from '@rapport/shared-database';
import { BulkMailTransport } from '@rapport/shared-mail';
import { ClaimedSend, ConsentRepository, EmailTemplateRepository, MailingEntity, MailingForSending, MailingRepository, MailingSendRepository } from '@rapport/marketing-data';
import { afterSmtp, mailingMessageId, sendAddress, sendToken, shouldPause, signUnsubscribeToken } from '@rapport/marketing-domain';
import { MailingRenderer } from './mailing-renderer';

export type PumpOutcome = 'busy' | 'not-due' | 'done' | 'paused' | 'stopped' | 'waiting';

/** Recipients claimed per round trip: large enough to keep every SMTP connection busy, small enough that a pause takes effect at once. */
const BATCH = 50;
const PIPELINE = 3;

/**
 * Sends a mailing (docs/adr/0016): starts it when due, writes its recipient rows once, then claims
 * and sends batches until nothing may go now. One pump per mailing (a PostgreSQL advisory lock);
 * every step is a state in `mailing_send`, so a pump that dies is replaced by the watchdog and
 * carries on where it stopped.
 */
@Injectable()
export class MailingPumpService implements OnModuleDestroy {
  private readonly logger = new Logger(MailingPumpService.name);
  private transport: BulkMailTransport | null = null;

  constructor(
    private readonly mailings: MailingRepository,
    private readonly sends: MailingSendRepository,
    private readonly templates: EmailTemplateRepository,
    private readonly consent: ConsentRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The watchdog (ADR 0016 §6): every mailing that is due or unfinished and has no live pump gets
   * one through the outbox. The dedup key is per minute, so a missed run is no loss and a repeated
   * one adds nothing.
   */
  async wakeDue(now = new Date()): Promise<string[]> {
    const woken: string[] = [];
    for (const id of await this.mailings.due()) {
      const lock = await this.mailings.acquirePump(id);
      if (!lock) continue;
      await this.mailings.releasePump(lock, id);
      const minute = Math.floor(now.getTime() / 60_000);
      await this.mailings.ds.transaction((m) => publishToOutbox(m, { queue: 'marketing', jobName: 'send-mailing', payload: { mailingId: id }, dedupKey: `send-mailing:${id}:watch:${minute}` }));
      woken.push(id);
    }
    return woken;
  }

  async run(mailingId: string, onProgress?: (sent: number) => Promise<void> | void): Promise<{ outcome: PumpOutcome; sent: number }> {
    const lock = await this.mailings.acquirePump(mailingId);
    if (!lock) return { outcome: 'busy', sent: 0 };
    try {
      return await this.pump(mailingId, onProgress);
    } finally {
      await this.mailings.releasePump(lock, mailingId);
    }
  }

  private async pump(mailingId: string, onProgress?: (sent: number) => Promise<void> | void): Promise<{ outcome: PumpOutcome; sent: number }> {
    const started = await this.start(mailingId);
    if (!started) return { outcome: 'not-due', sent: 0 };
    const { mailing, versionId } = started;
    const version = (await this.templates.versionsByIds([versionId]))[0];
    if (!version) throw new Error(`mailing ${mailingId}: template version ${versionId} is gone`);
    const policy = await this.mailings.policy();
    const forSending: MailingForSending = { id: mailing.id, campaignId: mailing.campaignId, subscriptionTypeId: mailing.subscriptionTypeId, audience: mailing.audience, resendAllowed: mailing.resendAllowed, localHour: mailing.localHour };
    // A nurture's mailing has no audience of its own: the nurture engine writes its rows (ADR 0017).
    if (!mailing.preparedAt && (mailing.kind === 'one_off' || mailing.kind === 'occurrence')) {
      const written = await this.mailings.ds.transaction(async (m) => {
        const n = await this.sends.prepare(m, forSending, version.contentKey, policy);
        await this.mailings.update(m, mailing.id, { preparedAt: new Date() });
        return n;
      });
      this.logger.log(`mailing ${mailingId}: ${written} recipient rows written`);
    }
    const abandoned = await this.sends.releaseAbandoned(mailingId);
    if (abandoned) this.logger.warn(`mailing ${mailingId}: ${abandoned} sends a stopped pump left unfinished go out again (same Message-ID)`);

    const facts = await this.mailings.senderFacts(mailing.campaignId, mailing.subscriptionTypeId);
    const renderer = await MailingRenderer.create(version.variants, {
      ...facts,
      company: { name: this.config.mailCompanyName, postal_address: this.config.mailPostalAddress },
      mailingName: mailing.name,
      origin: this.config.publicOrigin,
      secret: this.config.sessionSecret,
    });
    for (const slow of renderer.slowVariants) this.logger.warn(`mailing ${mailingId}: rendered per recipient (${slow})`);
    let sent = 0;
    // Batches overlap (claim the next while the last is on the wire), so the relay connections
    // never wait for a claim's round trips; at most PIPELINE batches are out at once.
    const inFlight = new Set<Promise<void>>();
    const settle = async () => void (await Promise.all(inFlight));
    for (;;) {
      const current = await this.mailings.find(mailingId);
      if (current?.status !== 'sending') return settle().then(() => ({ outcome: current?.status === 'paused' ? ('paused' as const) : ('stopped' as const), sent }));
      if (await this.pauseOnFailures(current)) return settle().then(() => ({ outcome: 'paused' as const, sent }));
      const batch = await this.sends.claim(forSending, version.contentKey, policy, BATCH);
      if (!batch.length) {
        // What is still on the wire may come back as retries: finish it before deciding "done".
        if (inFlight.size) {
          await Promise.race(inFlight);
          continue;
        }
        return { outcome: await this.finishIfDone(mailingId), sent };
      }
      const work: Promise<void> = (async () => {
        const results = await Promise.all(batch.map((s) => this.sendOne(mailingId, s, renderer, current.subscriptionTypeId)));
        const sentNow = results.filter((r) => r === 'sent').length;
        sent += sentNow;
        // Once per batch, not per message: a success ends a run of failures.
        if (sentNow) await this.mailings.resetFailures(mailingId);
        await onProgress?.(sent);
      })().finally(() => inFlight.delete(work));
      inFlight.add(work);
      if (inFlight.size >= PIPELINE) await Promise.race(inFlight);
    }
  }

  /** A scheduled mailing that is due becomes `sending` with its template version pinned; null when there is nothing to send now. */
  private async start(mailingId: string) {
    return this.mailings.ds.transaction(async (m) => {
      const mailing = await this.mailings.lock(m, mailingId);
      if (!mailing) return null;
      if (mailing.status === 'scheduled' && (!mailing.scheduledAt || mailing.scheduledAt <= new Date())) {
        const template = await this.templates.template(mailing.templateId, m);
        if (!template?.currentVersionId) throw new Error(`mailing ${mailingId}: its template has no version`);
        mailing.templateVersionId ??= template.currentVersionId;
        mailing.status = 'sending';
        mailing.startedAt = new Date();
        await this.mailings.update(m, mailingId, { status: 'sending', startedAt: mailing.startedAt, templateVersionId: mailing.templateVersionId });
      }
      if (mailing.status !== 'sending' || !mailing.templateVersionId) return null;
      return { mailing, versionId: mailing.templateVersionId };
    });
  }

  private async sendOne(mailingId: string, s: ClaimedSend, renderer: MailingRenderer, subscriptionTypeId: string): Promise<'sent' | 'failed' | 'retry'> {
    const domain = this.config.mailingDomain;
    const token = signUnsubscribeToken({ address: s.address, subscriptionTypeId }, this.config.sessionSecret);
    // `?s=` names the send (signed), so an unsubscribe through this mail is counted on this mailing.
    const unsubscribeUrl = `${this.config.publicOrigin}/api/public/unsubscribe/${token}?s=${sendToken(s.id, this.config.sessionSecret)}`;
    let outcome;
    try {
      const mail = await renderer.render(s, { unsubscribeUrl, preferencesUrl: `${this.config.publicOrigin}/api/public/preferences/${token}` });
      outcome = await this.transportOf().send({
        from: this.config.mailFrom,
        to: s.address,
        envelopeFrom: sendAddress('bounce', s.id, domain, this.config.sessionSecret),
        replyTo: sendAddress('reply', s.id, domain, this.config.sessionSecret),
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mailingMessageId(s.id, domain),
        headers: {
          'List-Unsubscribe': `<${unsubscribeUrl}>, <mailto:${sendAddress('unsubscribe', s.id, domain, this.config.sessionSecret)}?subject=unsubscribe>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          'List-Id': renderer.listId(domain),
          // Feedback loops (ARF) return the original's headers, not its envelope: this names the send, signed.
          'X-Rapport-Send': sendToken(s.id, this.config.sessionSecret),
        },
      });
    } catch (err) {
      // A template that passed its checks but fails for this person (a render limit): a permanent failure of this send only.
      outcome = { ok: false as const, code: 550, enhanced: null, message: `render failed: ${(err as Error).message}` };
    }
    const next = afterSmtp(outcome, s.attempts);
    if (next.status === 'sent') {
      await this.sends.markSent(s.id);
      return 'sent';
    }
    await this.mailings.countFailure(mailingId);
    if (next.status === 'failed') {
      await this.sends.markFailed(s.id, next.error);
      if (next.hardBounce) await this.mailings.ds.transaction((m) => this.consent.suppress(m, [s.address], 'hard_bounce', next.error, null));
      return 'failed';
    }
    await this.sends.requeue(s.id, next.error, next.retryInSeconds);
    return 'retry';
  }

  /** Too many failures in a row (counted per send, reset by a batch's success) pause the mailing and tell its owner. */
  private async pauseOnFailures(current: MailingEntity): Promise<boolean> {
    if (!shouldPause(current.consecutiveFailures, this.config.mailingPauseAfterFailures)) return false;
    const ownerId = current.ownerId ?? current.createdBy;
    await this.mailings.ds.transaction(async (m) => {
      if (!(await this.mailings.pauseSending(m, current.id, 'mailings.paused.failures')) || !ownerId) return;
      await notify(m, {
        userId: ownerId,
        kind: 'mailing.paused',
        title: `Mailing "${current.name}" paused after ${current.consecutiveFailures} failed sends in a row`,
        payload: { mailingId: current.id },
        dedupKey: `mailing-paused:${current.id}:${current.consecutiveFailures}`,
        email: true,
      });
    });
    return true;
  }

  private async finishIfDone(mailingId: string): Promise<PumpOutcome> {
    const { queued } = await this.sends.remaining(mailingId);
    if (queued > 0) return 'waiting';
    await this.mailings.completeIfDone(mailingId);
    return 'done';
  }

  private transportOf(): BulkMailTransport {
    this.transport ??= new BulkMailTransport(this.config);
    return this.transport;
  }

  onModuleDestroy() {
    this.transport?.close();
  }
}
