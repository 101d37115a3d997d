import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, canAccessRecord, RecordScope, scopeFor } from '@rapport/shared-domain';
import { appendTimeline, publishToOutbox } from '@rapport/shared-database';
import { AppError, FieldError } from '@rapport/shared-errors';
import { isUuid } from '@rapport/shared-util';
import { ConsentRepository, EmailTemplateRepository, MailingEntity, MailingEventRepository, MailingRepository, MailingSendRepository } from '@rapport/marketing-data';
import { ALL_MEMBER_STATUSES, ContactPolicy, contactPolicyProblems, MailingAudience, MailingSkipReason, progressOf, type MailingProgress } from '@rapport/marketing-domain';
import type { CreateMailingInput, MailingAudienceInput, UpdateMailingInput } from '../models/mailing.model';
import { MailingSeriesService, recurrenceOf } from './mailing-series.service';

/** Most lists one audience may combine (each is a campaign's member list). */
const MAX_LISTS = 50;

/**
 * Mailings (issue 15, docs/adr/0016): drafts, the audience count, starting, pausing, resuming and
 * cancelling. Sending itself is the worker's MailingPumpService. Writes need `mailing` write on the
 * mailing (own: the ones you own); reading needs `mailing` read.
 */
@Injectable()
export class MailingsService {
  constructor(
    private readonly mailings: MailingRepository,
    private readonly sends: MailingSendRepository,
    private readonly templates: EmailTemplateRepository,
    private readonly consent: ConsentRepository,
    private readonly events: MailingEventRepository,
    private readonly series: MailingSeriesService,
  ) {}

  async get(actor: Actor, id: string): Promise<MailingEntity | null> {
    const mailing = await this.mailings.find(id);
    return mailing && this.may(actor, mailing, 'read') ? mailing : null;
  }

  async list(actor: Actor, args: { campaignId?: string | null; status?: string | null; parentId?: string | null; first: number; after?: string | null }) {
    this.assertAny(actor, 'read');
    const own = scopeFor(actor, 'mailing', 'read') === RecordScope.Own ? actor.userId : null;
    // A cursor is a mailing id; anything else starts from the top rather than reaching the database.
    const after = isUuid(args.after) ? args.after : null;
    const [page, totalCount] = await Promise.all([this.mailings.list({ ...args, after, ownerId: own }), this.mailings.count({ ...args, ownerId: own })]);
    return { ...page, totalCount };
  }

  async create(actor: Actor, input: CreateMailingInput): Promise<MailingEntity> {
    this.assertAny(actor, 'write');
    const audience = audienceOf(input.audience);
    await this.check(actor, { campaignId: input.campaignId, templateId: input.templateId, subscriptionTypeId: input.subscriptionTypeId, audience, name: input.name });
    const recurrence = input.recurrence ? recurrenceOf(input.recurrence, (await this.mailings.policy()).timeZone) : null;
    return this.mailings.ds.transaction(async (m) => {
      const mailing = await this.mailings.save(m, {
        name: input.name.trim(),
        campaignId: input.campaignId,
        templateId: input.templateId,
        subscriptionTypeId: input.subscriptionTypeId,
        audience,
        resendAllowed: input.resendAllowed ?? false,
        scheduledAt: input.scheduledAt ?? null,
        localHour: input.localHour ?? null,
        kind: recurrence ? 'recurring' : 'one_off',
        recurrence,
        status: 'draft',
        ownerId: actor.userId,
        createdBy: actor.userId,
      });
      await appendTimeline(m, actor, { subjectType: 'campaign', subjectId: mailing.campaignId, eventType: 'mailing.created', payload: { mailingId: mailing.id, name: mailing.name } });
      return mailing;
    });
  }

  async update(actor: Actor, input: UpdateMailingInput): Promise<MailingEntity> {
    return this.change(actor, input.id, async (m, mailing) => {
      if (mailing.status !== 'draft') throw AppError.validation([{ path: 'input.id', message: 'Only a draft mailing can be changed.' }]);
      const next = {
        name: input.name?.trim() ?? mailing.name,
        templateId: input.templateId ?? mailing.templateId,
        subscriptionTypeId: input.subscriptionTypeId ?? mailing.subscriptionTypeId,
        audience: input.audience ? audienceOf(input.audience) : mailing.audience,
        resendAllowed: input.resendAllowed ?? mailing.resendAllowed,
        scheduledAt: input.scheduledAt === undefined ? mailing.scheduledAt : input.scheduledAt,
        localHour: input.localHour === undefined ? mailing.localHour : input.localHour,
        // A draft may become a series or stop being one until it is started.
        ...(input.recurrence === undefined ? {} : input.recurrence === null ? { recurrence: null, kind: 'one_off' } : { recurrence: recurrenceOf(input.recurrence, (await this.mailings.policy(m)).timeZone), kind: 'recurring' }),
      };
      await this.check(actor, { ...next, campaignId: mailing.campaignId }, m);
      await this.mailings.update(m, mailing.id, next);
    });
  }

  /**
   * Starts a draft: now, or at `scheduledAt`. The worker's watchdog starts a scheduled mailing when
   * it is due; one to go now is handed to a pump through the outbox in the same transaction.
   */
  async send(actor: Actor, id: string, scheduledAt: Date | null | undefined): Promise<MailingEntity> {
    return this.change(actor, id, async (m, mailing) => {
      if (mailing.status !== 'draft') throw AppError.validation([{ path: 'input.id', message: 'This mailing was already started.' }]);
      const at = scheduledAt === undefined ? mailing.scheduledAt : scheduledAt;
      if (at && at.getTime() < Date.now() - 60_000) throw AppError.validation([{ path: 'input.scheduledAt', message: 'Choose a time in the future, or send now.' }]);
      if (mailing.kind === 'recurring') {
        await this.series.start(m, mailing, at ?? new Date());
        await appendTimeline(m, actor, { subjectType: 'campaign', subjectId: mailing.campaignId, eventType: 'mailing.scheduled', payload: { mailingId: mailing.id, name: mailing.name, at: (at ?? new Date()).toISOString() } });
        return;
      }
      const template = await this.templates.template(mailing.templateId, m);
      if (!template?.currentVersionId || template.archived) throw AppError.validation([{ path: 'input.id', message: 'The template is archived or has no content.' }]);
      await this.mailings.update(m, mailing.id, { status: 'scheduled', scheduledAt: at ?? null, templateVersionId: template.currentVersionId });
      if (!at || at.getTime() <= Date.now()) await this.pumpSoon(m, mailing.id, 'start');
      await appendTimeline(m, actor, { subjectType: 'campaign', subjectId: mailing.campaignId, eventType: 'mailing.scheduled', payload: { mailingId: mailing.id, name: mailing.name, at: at?.toISOString() ?? null } });
    });
  }

  async pause(actor: Actor, id: string): Promise<MailingEntity> {
    return this.change(actor, id, async (m, mailing) => {
      if (!['scheduled', 'sending'].includes(mailing.status)) throw AppError.validation([{ path: 'input.id', message: 'Only a scheduled or sending mailing can be paused.' }]);
      await this.mailings.update(m, mailing.id, { status: 'paused', pausedReason: null });
    });
  }

  async resume(actor: Actor, id: string): Promise<MailingEntity> {
    // A nurture's mailing that paused itself after failures is resumed like any other; one its nurture paused waits for the nurture.
    return this.change(
      actor,
      id,
      async (m, mailing) => {
        if (mailing.status !== 'paused') throw AppError.validation([{ path: 'input.id', message: 'Only a paused mailing can be resumed.' }]);
        if (mailing.kind === 'recurring') return this.series.resume(m, mailing);
        await this.mailings.update(m, mailing.id, { status: mailing.startedAt ? 'sending' : 'scheduled', pausedReason: null, consecutiveFailures: 0 });
        await this.pumpSoon(m, mailing.id, `resume-${Date.now()}`);
      },
      (mailing) => mailing.pausedReason !== null,
    );
  }

  /** Stops a mailing for good: whoever was not handed to the relay yet is skipped as `cancelled`. */
  async cancel(actor: Actor, id: string): Promise<MailingEntity> {
    return this.change(actor, id, async (m, mailing) => {
      if (['completed', 'cancelled'].includes(mailing.status)) throw AppError.validation([{ path: 'input.id', message: 'This mailing has already ended.' }]);
      await this.mailings.update(m, mailing.id, { status: 'cancelled', finishedAt: new Date() });
      await this.sends.skipQueued(m, mailing.id, 'cancelled');
    });
  }

  /** Who the mailing would reach if it were prepared now, by outcome. */
  async audienceCount(actor: Actor, id: string): Promise<{ total: number; eligible: number; skipped: { reason: MailingSkipReason; count: number }[] }> {
    const mailing = await this.get(actor, id);
    if (!mailing) throw AppError.notFound('The mailing');
    const template = await this.templates.template(mailing.templateId);
    const [version] = template?.currentVersionId ? await this.templates.versionsByIds([mailing.templateVersionId ?? template.currentVersionId]) : [];
    const rows = await this.sends.preview(mailing, version?.contentKey ?? '', await this.mailings.policy());
    const skipped = rows.filter((r): r is { reason: MailingSkipReason; count: number } => r.reason !== null).sort((a, b) => b.count - a.count);
    const eligible = rows.find((r) => r.reason === null)?.count ?? 0;
    return { total: eligible + skipped.reduce((n, r) => n + r.count, 0), eligible, skipped };
  }

  async progress(mailingIds: readonly string[]): Promise<Map<string, MailingProgress>> {
    const rows = await this.sends.countsByStatus(mailingIds);
    const by = new Map<string, Record<string, number>>();
    for (const r of rows) by.set(r.mailingId, { ...by.get(r.mailingId), [r.status]: r.count });
    return new Map(mailingIds.map((id) => [id, progressOf(by.get(id) ?? {})]));
  }

  /** What the viewer may do with a mailing now: the service's own rules, so screens never guess. */
  viewerCan(actor: Actor, mailing: MailingEntity) {
    const write = this.may(actor, mailing, 'write');
    return {
      update: write && mailing.status === 'draft',
      send: write && mailing.status === 'draft',
      pause: write && ['scheduled', 'sending'].includes(mailing.status),
      resume: write && mailing.status === 'paused',
      cancel: write && !['completed', 'cancelled'].includes(mailing.status),
    };
  }

  async engagement(mailingIds: readonly string[]) {
    const rows = new Map((await this.events.engagementOf(mailingIds)).map((r) => [r.mailingId, r]));
    return mailingIds.map((id) => {
      const r = rows.get(id);
      const zero = { sent: 0, opens: 0, uniqueOpens: 0, machineOpens: 0, clicks: 0, uniqueClicks: 0, machineClicks: 0, unsubscribes: 0, hardBounces: 0, softBounces: 0, complaints: 0, replies: 0 };
      const e = r ?? { mailingId: id, ...zero };
      return { ...e, delivered: Math.max(e.sent - e.hardBounces, 0) };
    });
  }

  linkClicks(mailingId: string) {
    return this.events.linkClicks(mailingId);
  }

  hourly(mailingId: string) {
    return this.events.hourly(mailingId);
  }

  skipReasons(mailingId: string) {
    return this.sends.skipReasons(mailingId);
  }

  async policy(actor: Actor): Promise<ContactPolicy> {
    if (scopeFor(actor, 'contactPolicy', 'read') === RecordScope.None) throw AppError.forbidden();
    return this.mailings.policy();
  }

  async updatePolicy(actor: Actor, policy: ContactPolicy): Promise<ContactPolicy> {
    if (scopeFor(actor, 'contactPolicy', 'write') === RecordScope.None) throw AppError.forbidden();
    const problems = contactPolicyProblems(policy);
    if (problems.length) throw AppError.validation(problems.map((p) => ({ path: `input.${p.path}`, message: p.message })));
    return this.mailings.savePolicy(policy, actor.userId);
  }

  private pumpSoon(m: EntityManager, mailingId: string, why: string) {
    return publishToOutbox(m, { queue: 'marketing', jobName: 'send-mailing', payload: { mailingId }, dedupKey: `send-mailing:${mailingId}:${why}` });
  }

  /** Locks the mailing, checks the actor may change it, applies the change and returns it as stored. */
  private async change(actor: Actor, id: string, work: (m: EntityManager, mailing: MailingEntity) => Promise<void>, nurtureMay = (_mailing: MailingEntity) => false): Promise<MailingEntity> {
    this.assertAny(actor, 'write');
    await this.mailings.ds.transaction(async (m) => {
      const mailing = await this.mailings.lock(m, id);
      if (!mailing || !this.may(actor, mailing, 'read')) throw AppError.notFound('The mailing');
      if (!this.may(actor, mailing, 'write')) throw AppError.forbidden();
      // Its nurture starts, pauses and changes it (ADR 0017): on its own it would stop mid-sequence.
      if (mailing.kind === 'nurture' && !nurtureMay(mailing)) throw AppError.validation([{ path: 'input.id', message: 'This mailing is a step of a nurture: change the nurture instead.' }]);
      await work(m, mailing);
    });
    return (await this.mailings.find(id))!;
  }

  /** `m`: the caller's transaction, when it checks inside one (a second pool connection there can starve the pool). */
  private async check(actor: Actor, d: { campaignId: string; templateId: string; subscriptionTypeId: string; audience: MailingAudience; name: string }, m?: EntityManager): Promise<void> {
    const problems: FieldError[] = [];
    if (!d.name.trim()) problems.push({ path: 'input.name', message: 'Give the mailing a name.' });
    if (scopeFor(actor, 'campaign', 'read') === RecordScope.None) throw AppError.forbidden();
    const campaignIds = [d.campaignId, ...d.audience.listIds, ...d.audience.excludeListIds];
    const found = await this.mailings.campaignTypes(campaignIds, m);
    if (!found.has(d.campaignId)) problems.push({ path: 'input.campaignId', message: 'No such campaign.' });
    for (const [key, ids] of [['listIds', d.audience.listIds], ['excludeListIds', d.audience.excludeListIds]] as const) {
      if (ids.length > MAX_LISTS) problems.push({ path: `input.audience.${key}`, message: `Combine at most ${MAX_LISTS} lists.` });
      else if (ids.some((i) => !found.has(i))) problems.push({ path: `input.audience.${key}`, message: 'No such campaign.' });
    }
    const unknownStatus = d.audience.campaignMemberStatuses.find((s) => !ALL_MEMBER_STATUSES.includes(s));
    if (unknownStatus) problems.push({ path: 'input.audience.campaignMemberStatuses', message: `No member status “${unknownStatus}”.` });
    const segments = [...(d.audience.segmentIds ?? []), ...(d.audience.excludeSegmentIds ?? [])];
    const liveSegments = segments.length ? await this.mailings.liveSegments(segments, m) : new Set<string>();
    for (const key of ['segmentIds', 'excludeSegmentIds'] as const) {
      if ((d.audience[key] ?? []).some((i) => !liveSegments.has(i))) problems.push({ path: `input.audience.${key}`, message: 'No such segment.' });
    }
    if (!d.audience.campaignMemberStatuses.length && !d.audience.listIds.length && !d.audience.segmentIds?.length) problems.push({ path: 'input.audience', message: 'Choose who gets the mailing: member statuses of the campaign, lists or segments.' });
    const template = await this.templates.template(d.templateId, m);
    if (!template || template.archived) problems.push({ path: 'input.templateId', message: 'No such template.' });
    else if (template.kind !== 'marketing') problems.push({ path: 'input.templateId', message: 'A mailing sends a marketing template.' });
    const type = await this.consent.subscriptionType(d.subscriptionTypeId, m);
    if (!type || !type.active) problems.push({ path: 'input.subscriptionTypeId', message: 'No such subscription type.' });
    if (problems.length) throw AppError.validation(problems);
  }

  /** The shared record rule; a mailing has an owner and no team (mailings are the company's, not a team's). */
  private may(actor: Actor, mailing: MailingEntity, action: 'read' | 'write'): boolean {
    return canAccessRecord(actor, 'mailing', action, { ownerId: mailing.ownerId, teamId: null });
  }

  private assertAny(actor: Actor, action: 'read' | 'write'): void {
    if (scopeFor(actor, 'mailing', action) === RecordScope.None) throw AppError.forbidden();
  }
}

function audienceOf(input: MailingAudienceInput): MailingAudience {
  return {
    campaignMemberStatuses: [...new Set(input.campaignMemberStatuses ?? [])],
    listIds: [...new Set(input.listIds ?? [])],
    excludeListIds: [...new Set(input.excludeListIds ?? [])],
    segmentIds: [...new Set(input.segmentIds ?? [])],
    excludeSegmentIds: [...new Set(input.excludeSegmentIds ?? [])],
  };
}
