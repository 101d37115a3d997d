import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, canAccessRecord, RecordScope, scopeFor } from '@rapport/shared-domain';
import { appendTimeline, publishToOutbox } from '@rapport/shared-database';
import { AppError, FieldError } from '@rapport/shared-errors';
import { isUuid } from '@rapport/shared-util';
import { ConsentRepository, EmailTemplateRepository, MailingRepository, NurtureEntity, NurtureRepository } from '@rapport/marketing-data';
import { ALL_MEMBER_STATUSES, CampaignType, memberStatusProblem, NurtureStep, parseNurtureSteps, stepAsInput, type NurtureStepInput as StepInput } from '@rapport/marketing-domain';
import type { CreateNurtureInput, NurtureSourceInput, NurtureStepModel, UpdateNurtureInput } from '../models/nurture.model';

/**
 * Nurtures (issue 15 item 10, docs/adr/0017): drafts, activating and pausing. The engine that
 * moves people through the steps is NurtureEngineService. Permissions are those of mailings
 * (`mailing`): a nurture is a way of sending mailings.
 */
@Injectable()
export class NurturesService {
  constructor(
    private readonly nurtures: NurtureRepository,
    private readonly mailings: MailingRepository,
    private readonly templates: EmailTemplateRepository,
    private readonly consent: ConsentRepository,
  ) {}

  async get(actor: Actor, id: string): Promise<NurtureEntity | null> {
    const nurture = await this.nurtures.find(id);
    return nurture && this.may(actor, nurture, 'read') ? nurture : null;
  }

  async list(actor: Actor, args: { status?: string | null; first: number; after?: string | null }) {
    this.assertAny(actor, 'read');
    const own = scopeFor(actor, 'mailing', 'read') === RecordScope.Own ? actor.userId : null;
    // A cursor is a nurture id; anything else starts from the top.
    return this.nurtures.list({ ...args, after: isUuid(args.after) ? args.after : null, ownerId: own });
  }

  async create(actor: Actor, input: CreateNurtureInput): Promise<NurtureEntity> {
    this.assertAny(actor, 'write');
    const steps = await this.check(actor, { name: input.name, campaignId: input.campaignId, subscriptionTypeId: input.subscriptionTypeId, source: input.source, steps: input.steps });
    const id = await this.nurtures.ds.transaction(async (m) => {
      const nurture = await this.nurtures.save(m, {
        name: input.name.trim(),
        campaignId: input.campaignId,
        subscriptionTypeId: input.subscriptionTypeId,
        sourceCampaignId: input.source.campaignId,
        sourceMemberStatuses: [...new Set(input.source.memberStatuses)],
        sourceSegmentId: input.source.segmentId ?? null,
        stopWhenCustomer: input.stopWhenCustomer ?? true,
        stopOnReply: input.stopOnReply ?? true,
        stepCount: steps.length,
        status: 'draft',
        ownerId: actor.userId,
        createdBy: actor.userId,
      });
      await this.nurtures.replaceSteps(m, nurture, steps);
      await appendTimeline(m, actor, { subjectType: 'campaign', subjectId: nurture.campaignId, eventType: 'nurture.created', payload: { nurtureId: nurture.id, name: nurture.name } });
      return nurture.id;
    });
    return (await this.nurtures.find(id))!;
  }

  async update(actor: Actor, input: UpdateNurtureInput): Promise<NurtureEntity> {
    return this.change(actor, input.id, async (m, nurture) => {
      if (nurture.status !== 'draft') throw AppError.validation([{ path: 'input.id', message: 'Only a draft nurture can be changed.' }]);
      const current = (await this.nurtures.steps([nurture.id], m)).map((s) => stepAsInput({ kind: s.kind, config: s.config } as NurtureStep));
      const next = {
        name: input.name ?? nurture.name,
        campaignId: nurture.campaignId,
        subscriptionTypeId: input.subscriptionTypeId ?? nurture.subscriptionTypeId,
        source: input.source ?? { campaignId: nurture.sourceCampaignId, memberStatuses: nurture.sourceMemberStatuses, segmentId: nurture.sourceSegmentId },
        steps: input.steps ?? current,
      };
      const steps = await this.check(actor, next, m);
      const changed: Partial<NurtureEntity> = {
        name: next.name.trim(),
        subscriptionTypeId: next.subscriptionTypeId,
        sourceCampaignId: next.source.campaignId,
        sourceMemberStatuses: [...new Set(next.source.memberStatuses)],
        sourceSegmentId: next.source.segmentId ?? null,
        stopWhenCustomer: input.stopWhenCustomer ?? nurture.stopWhenCustomer,
        stopOnReply: input.stopOnReply ?? nurture.stopOnReply,
        stepCount: steps.length,
      };
      await this.nurtures.update(m, nurture.id, changed);
      // The steps' mailings carry the name and the subscription type: rebuilt with the steps.
      await this.nurtures.replaceSteps(m, { ...nurture, ...changed } as NurtureEntity, steps);
    });
  }

  /** Starts a draft or resumes a paused nurture: its mailings start sending and the engine enrols its source from the next run. */
  async activate(actor: Actor, id: string): Promise<NurtureEntity> {
    return this.change(actor, id, async (m, nurture) => {
      if (!['draft', 'paused'].includes(nurture.status)) throw AppError.validation([{ path: 'input.id', message: 'Only a draft or paused nurture can be activated.' }]);
      const { unusable } = await this.nurtures.startMailings(m, nurture.id);
      if (unusable.length) throw AppError.validation(unusable.map((p) => ({ path: `input.steps.${p}.templateId`, message: 'The template is archived or has no content.' })));
      await this.nurtures.update(m, nurture.id, { status: 'active', activatedAt: nurture.activatedAt ?? new Date() });
      // Run the engine now rather than at the next minute's schedule.
      await publishToOutbox(m, { queue: 'maintenance', jobName: 'advance-nurtures', payload: {}, dedupKey: `advance-nurtures:activate:${nurture.id}:${Date.now()}` });
      await appendTimeline(m, actor, { subjectType: 'campaign', subjectId: nurture.campaignId, eventType: 'nurture.activated', payload: { nurtureId: nurture.id, name: nurture.name } });
    });
  }

  /** Nobody moves on and no message of it goes out until it is activated again; enrolments stay where they are. */
  async pause(actor: Actor, id: string): Promise<NurtureEntity> {
    return this.change(actor, id, async (m, nurture) => {
      if (nurture.status !== 'active') throw AppError.validation([{ path: 'input.id', message: 'Only an active nurture can be paused.' }]);
      await this.nurtures.update(m, nurture.id, { status: 'paused' });
      await this.nurtures.pauseMailings(m, nurture.id);
    });
  }

  async steps(nurtureIds: readonly string[]): Promise<Map<string, NurtureStepModel[]>> {
    const rows = await this.nurtures.steps(nurtureIds);
    const by = new Map<string, NurtureStepModel[]>(nurtureIds.map((id) => [id, []]));
    for (const s of rows) by.get(s.nurtureId)?.push(stepModel(s.position, { kind: s.kind, config: s.config } as NurtureStep, s.mailingId));
    return by;
  }

  enrolments(nurtureId: string, first: number, after: string | null) {
    return this.nurtures.enrolments(nurtureId, Math.min(Math.max(first, 1), 200), after);
  }

  counts(nurtureIds: readonly string[]) {
    return this.nurtures.counts(nurtureIds);
  }

  private async change(actor: Actor, id: string, work: (m: EntityManager, nurture: NurtureEntity) => Promise<void>): Promise<NurtureEntity> {
    this.assertAny(actor, 'write');
    await this.nurtures.ds.transaction(async (m) => {
      const nurture = await this.nurtures.lock(m, id);
      if (!nurture || !this.may(actor, nurture, 'read')) throw AppError.notFound('The nurture');
      if (!this.may(actor, nurture, 'write')) throw AppError.forbidden();
      await work(m, nurture);
    });
    return (await this.nurtures.find(id))!;
  }

  /** Every problem of a nurture at once, with the path of its field; the steps in their stored form when there is none. */
  /** `m`: the caller's transaction, when it checks inside one (a second pool connection there can starve the pool). */
  private async check(actor: Actor, d: { name: string; campaignId: string; subscriptionTypeId: string; source: NurtureSourceInput; steps: StepInput[] }, m?: EntityManager): Promise<NurtureStep[]> {
    if (scopeFor(actor, 'campaign', 'read') === RecordScope.None) throw AppError.forbidden();
    const problems: FieldError[] = [];
    if (!d.name.trim()) problems.push({ path: 'input.name', message: 'Give the nurture a name.' });
    const parsed = parseNurtureSteps(d.steps);
    problems.push(...parsed.problems.map((p) => ({ path: `input.${p.path}`, message: p.message })));
    const memberSteps = parsed.steps.flatMap((s, i) => (s.kind === 'set_member_status' && s.config.campaignId ? [{ i, ...s.config }] : []));
    const campaigns = await this.campaignTypes([d.campaignId, d.source.campaignId, ...memberSteps.map((s) => s.campaignId)], m);
    if (!campaigns.has(d.campaignId)) problems.push({ path: 'input.campaignId', message: 'No such campaign.' });
    if (!campaigns.has(d.source.campaignId)) problems.push({ path: 'input.source.campaignId', message: 'No such campaign.' });
    if (!d.source.memberStatuses.length && !d.source.segmentId) problems.push({ path: 'input.source.memberStatuses', message: 'Choose who joins: member statuses of a campaign.' });
    if (d.source.segmentId && !(await this.mailings.liveSegments([d.source.segmentId], m)).has(d.source.segmentId)) problems.push({ path: 'input.source.segmentId', message: 'No such segment.' });
    const unknown = d.source.memberStatuses.find((s) => !ALL_MEMBER_STATUSES.includes(s));
    if (unknown) problems.push({ path: 'input.source.memberStatuses', message: `No member status “${unknown}”.` });
    for (const s of memberSteps) {
      const type = campaigns.get(s.campaignId);
      const problem = type ? memberStatusProblem(type, s.status) : 'No such campaign.';
      if (problem && s.status) problems.push({ path: `input.steps.${s.i}.memberStatus`, message: problem });
    }
    for (const [i, s] of parsed.steps.entries()) {
      if (s.kind !== 'send' || !s.config.templateId) continue;
      const template = await this.templates.template(s.config.templateId, m);
      if (!template || template.archived) problems.push({ path: `input.steps.${i}.templateId`, message: 'No such template.' });
      else if (template.kind !== 'marketing') problems.push({ path: `input.steps.${i}.templateId`, message: 'A mailing sends a marketing template.' });
    }
    const type = await this.consent.subscriptionType(d.subscriptionTypeId, m);
    if (!type || !type.active) problems.push({ path: 'input.subscriptionTypeId', message: 'No such subscription type.' });
    if (problems.length) throw AppError.validation(problems);
    return parsed.steps;
  }

  private async campaignTypes(ids: string[], m?: EntityManager): Promise<Map<string, CampaignType>> {
    return (await this.mailings.campaignTypes(ids, m)) as Map<string, CampaignType>;
  }


  /** The shared record rule; a nurture has an owner and no team (mailings are the company's, not a team's). */
  private may(actor: Actor, nurture: NurtureEntity, action: 'read' | 'write'): boolean {
    return canAccessRecord(actor, 'mailing', action, { ownerId: nurture.ownerId, teamId: null });
  }

  private assertAny(actor: Actor, action: 'read' | 'write'): void {
    if (scopeFor(actor, 'mailing', action) === RecordScope.None) throw AppError.forbidden();
  }
}

/** A stored step in the API's flat shape. */
function stepModel(position: number, step: NurtureStep, mailingId: string | null): NurtureStepModel {
  const f = stepAsInput(step);
  return {
    position,
    kind: step.kind,
    days: f.days ?? null,
    weekday: f.weekday ?? null,
    hour: f.hour ?? null,
    templateId: f.templateId ?? null,
    resendAllowed: f.resendAllowed ?? null,
    mailingId,
    branchOn: f.branchOn ?? null,
    sendStep: f.sendStep ?? null,
    withinHours: f.withinHours ?? null,
    thenStep: f.thenStep ?? null,
    elseStep: f.elseStep ?? null,
    campaignId: f.campaignId ?? null,
    memberStatus: f.memberStatus ?? null,
    message: f.message ?? null,
    next: f.next ?? null,
  };
}
