import { Injectable, Logger } from '@nestjs/common';
import { notifyMany, publishToOutbox } from '@rapport/shared-database';
import { MailingRepository, NurtureEngineRepository } from '@rapport/marketing-data';
import { CampaignType, isResponse, waitEnds, type WaitConfig } from '@rapport/marketing-domain';

export interface AdvanceResult {
  enrolled: number;
  stopped: number;
  waited: number;
  branched: number;
  sent: number;
  memberStatus: number;
  notified: number;
  completed: number;
  /** Mailings that got rows to send, and so a pump. */
  woken: string[];
}

/**
 * More passes than any sequence has steps: every jump goes forward, so an enrolment moves at most
 * once per step in a run, and a pass that moves nobody ends the run earlier.
 */
const MAX_PASSES = 60;

/**
 * The nurture engine (docs/adr/0017), run every minute by the `advance-nurtures` schedule: enrols
 * the sources' new members, stops whom the stop rules stop, then moves every due enrolment
 * through its steps, one set-based statement per step kind, until nobody is due. Sends become
 * rows of the step's mailing, which the mailing pump sends like any other (ADR 0016).
 */
@Injectable()
export class NurtureEngineService {
  private readonly logger = new Logger(NurtureEngineService.name);

  constructor(
    private readonly engine: NurtureEngineRepository,
    private readonly mailings: MailingRepository,
  ) {}

  /** One run; null when another run holds the engine's lock (that run does the work). */
  async advance(): Promise<AdvanceResult | null> {
    const lock = await this.engine.acquireRun();
    if (!lock) return null;
    try {
      return await this.run();
    } finally {
      await this.engine.releaseRun(lock);
    }
  }

  private async run(): Promise<AdvanceResult> {
    const r: AdvanceResult = { enrolled: 0, stopped: 0, waited: 0, branched: 0, sent: 0, memberStatus: 0, notified: 0, completed: 0, woken: [] };
    for (const s of await this.engine.activeSources()) r.enrolled += await this.engine.enrol(s.id, s.campaignId, s.statuses, s.segmentId);
    r.stopped = await this.engine.stop();
    const policy = await this.mailings.policy();
    const waits = await this.engine.waitSteps();
    const memberSteps = (await this.engine.memberStatusSteps()).map((s) => ({ stepId: s.id, responded: isResponse(s.campaignType as CampaignType, s.status) }));
    const woken = new Set<string>();
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const now = await this.engine.now();
      const waited = await this.engine.wait(waits.map((w) => ({ stepId: w.id, at: waitEnds(now, w.config as unknown as WaitConfig, policy.timeZone) })));
      const branched = await this.engine.branch();
      const memberStatus = await this.engine.setMemberStatus(memberSteps);
      const notified = await this.notifyOwners();
      const sent = await this.engine.send(policy);
      for (const id of sent.mailingIds) woken.add(id);
      r.completed += await this.engine.complete();
      r.waited += waited;
      r.branched += branched;
      r.memberStatus += memberStatus;
      r.notified += notified;
      r.sent += sent.moved;
      if (!waited && !branched && !memberStatus && !notified && !sent.moved) break;
      if (pass === MAX_PASSES - 1) this.logger.warn('nurture engine: still moving after its last pass; the next run goes on');
    }
    r.woken = [...woken];
    await this.wakePumps(r.woken);
    return r;
  }

  /** Moves the due notify-owner steps and writes their notices in one transaction; a person without an owner falls back to the nurture's. */
  private async notifyOwners(): Promise<number> {
    return this.engine.ds.transaction(async (m) => {
      const moved = await this.engine.moveNotifyOwner(m);
      const notices = moved
        .filter((n) => n.ownerId)
        .map((n) => ({
          userId: n.ownerId!,
          kind: 'nurture.step',
          title: `Nurture “${n.nurtureName}”: ${n.address} reached step ${n.position + 1}`,
          body: n.message,
          payload: { nurtureId: n.nurtureId, address: n.address, contactId: n.contactId, leadId: n.leadId, position: n.position },
          dedupKey: `nurture-notify:${n.enrolmentId}:${n.position}`,
        }));
      await notifyMany(m, notices, { email: true });
      return moved.length;
    });
  }

  /** A pump for each mailing that got rows, now rather than at the watchdog's next minute (the dedup key is per minute). */
  private async wakePumps(mailingIds: string[]): Promise<void> {
    if (!mailingIds.length) return;
    const minute = Math.floor(Date.now() / 60_000);
    await this.engine.ds.transaction(async (m) => {
      for (const id of mailingIds) await publishToOutbox(m, { queue: 'marketing', jobName: 'send-mailing', payload: { mailingId: id }, dedupKey: `send-mailing:${id}:nurture:${minute}` });
    });
  }
}
