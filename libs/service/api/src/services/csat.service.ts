import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { publishToOutbox } from '@rapport/shared-database';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { QUEUES } from '@rapport/shared-queue';
import { csatQueueModeProblems, csatSettingsProblems, csatShares, DEFAULT_CSAT_SETTINGS, effectiveCsatMode, newSurveyNonce, surveyDecision, surveyLanguage, type CsatLanguage, type CsatMode, type CsatQueueModeSetting, type CsatSettings } from '@rapport/service-domain';
import { CaseRepository, CsatReportRepository, CsatRepository, type CsatCounts, type CsatGrouping, type CsatResponsesFilter, type CsatSurveyEntity } from '@rapport/service-data';
import { assertServiceSetup } from './service-access';

const DAY_MS = 86_400_000;

/** A routing queue's own survey mode as set-up shows it (null: it follows the company's). */
export interface CsatQueueModeView {
  queueId: string;
  queueName: string;
  active: boolean;
  mode: CsatMode | null;
}

export type CsatSettingsView = CsatSettings & { queueModes: CsatQueueModeView[] };

export interface CsatReportRowView extends CsatCounts {
  surveysSent: number;
  responseRate: number | null;
  average: number | null;
  satisfiedShare: number | null;
}

/**
 * Customer satisfaction (issue 19 item 5): the settings (service set-up), the survey a resolution
 * offers (in the resolving transaction, with its mail through the outbox: accepted means stored),
 * and the figures and answers within the reader's `csat` scope. Answers come in through
 * `CsatAnswersService`, from the customer only.
 */
@Injectable()
export class CsatService {
  constructor(
    private readonly repo: CsatRepository,
    private readonly reports: CsatReportRepository,
    private readonly cases: CaseRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async settingsIn(m: EntityManager = this.repo.ds.manager): Promise<CsatSettings> {
    const row = await this.repo.settings(m);
    if (!row) return DEFAULT_CSAT_SETTINGS;
    return { mode: row.mode as CsatMode, questions: row.questions, lowRatingThreshold: row.lowRatingThreshold, defaultLanguage: row.defaultLanguage as CsatLanguage };
  }

  async settings(actor: Actor): Promise<CsatSettingsView> {
    assertServiceSetup(actor, 'read');
    return this.viewIn(this.repo.ds.manager);
  }

  private async viewIn(m: EntityManager): Promise<CsatSettingsView> {
    const queueModes = (await this.repo.queueModes(m)).map((q) => ({ ...q, mode: q.mode as CsatMode | null }));
    return { ...(await this.settingsIn(m)), queueModes };
  }

  /** Saves the settings; `queueModes`, when given, sets the listed queues' own modes (unlisted queues keep theirs). */
  async saveSettings(actor: Actor, input: CsatSettings & { queueModes?: CsatQueueModeSetting[] | null }): Promise<CsatSettingsView> {
    assertServiceSetup(actor, 'write');
    const settings: CsatSettings = {
      mode: input.mode,
      lowRatingThreshold: input.lowRatingThreshold,
      defaultLanguage: input.defaultLanguage,
      questions: input.questions.map((q) => ({ key: q.key.trim(), kind: q.kind, required: !!q.required, text: { en: q.text.en.trim(), 'zh-CN': q.text['zh-CN']?.trim() || null, 'zh-TW': q.text['zh-TW']?.trim() || null } })),
    };
    const queueModes = input.queueModes ?? [];
    const problems = [...csatSettingsProblems(settings), ...csatQueueModeProblems(queueModes)];
    if (problems.length) throw AppError.validation(problems);
    return this.repo.ds.transaction(async (m) => {
      const missing = new Set(await this.repo.missingQueues(m, queueModes.map((q) => q.queueId)));
      const unknown = queueModes.flatMap((q, i) => (missing.has(q.queueId) ? [{ path: `input.queueModes.${i}.queueId`, message: 'This queue does not exist.' }] : []));
      if (unknown.length) throw AppError.validation(unknown.slice(0, 20));
      await this.repo.saveSettings(m, { ...settings, updatedBy: actor.userId });
      await this.repo.saveQueueModes(m, queueModes);
      return this.viewIn(m);
    });
  }

  /**
   * A case was resolved (its status entered a done category) in the caller's transaction: offers
   * its survey as the settings say (the case's queue's own mode before the company's), and queues
   * the invitation mail in the same transaction.
   */
  async onResolved(m: EntityManager, caseId: string, now: Date): Promise<void> {
    const settings = await this.settingsIn(m);
    const k = await this.repo.caseFacts(m, caseId);
    if (!k) return;
    const mode = effectiveCsatMode(settings.mode, (await this.repo.queueModeOf(m, k.queueId)) as CsatMode | null);
    if (mode === 'off') return;
    const existing = await this.repo.surveyOfCase(m, caseId);
    const decision = surveyDecision({ mode }, {
      survey: existing ? { answered: !!existing.answeredAt } : null,
      earlierResolutions: await this.repo.earlierResolutions(m, caseId),
      hasContact: !!k.contactId,
    });
    if (decision === 'none') return;
    const values = {
      contactId: k.contactId,
      language: surveyLanguage(k.contactLocale, settings.defaultLanguage),
      ownerId: k.ownerId,
      teamId: k.teamId,
      channel: k.channel,
      queueId: k.queueId,
      resolvedAt: now,
      resolutionMinutes: Math.max(0, Math.round((now.getTime() - new Date(k.createdAt).getTime()) / 60_000)),
    };
    const surveyId = decision === 'invite' ? await this.repo.insert(m, { ...values, caseId, nonce: newSurveyNonce() }) : existing!.id;
    const invitation = decision === 'invite' ? 1 : await this.repo.reinvite(m, existing!.id, values);
    if (!surveyId || !invitation) return;
    await publishToOutbox(m, { queue: QUEUES.serviceMail, jobName: 'send-csat-survey', payload: { surveyId, invitation }, dedupKey: `csat-survey:${surveyId}:${invitation}` });
  }

  /** The figures for resolutions in [from, to), grouped, within the reader's scope; with a total row. */
  async report(actor: Actor, input: { from: Date; to: Date; groupBy: CsatGrouping }) {
    if (scopeFor(actor, 'csat', 'read') === RecordScope.None) throw AppError.forbidden();
    const span = input.to.getTime() - input.from.getTime();
    if (!(span > 0) || span > 366 * DAY_MS) throw AppError.validation([{ path: 'input.to', message: 'must be after the start, at most 366 days later' }]);
    const settings = await this.settingsIn();
    const timeZone = (await this.cases.calendarZone(this.repo.ds.manager, null)) ?? 'UTC';
    const counts = await this.reports.report(actor, { ...input, threshold: settings.lowRatingThreshold, timeZone });
    const withShares = (c: CsatCounts): CsatReportRowView => ({ ...c, surveysSent: c.surveys, ...csatShares(c) });
    const total = counts.reduce<CsatCounts>(
      (t, c) => ({
        ...t,
        surveys: t.surveys + c.surveys,
        responses: t.responses + c.responses,
        ratingSum: t.ratingSum + c.ratingSum,
        satisfied: t.satisfied + c.satisfied,
        dissatisfied: t.dissatisfied + c.dissatisfied,
        ratings: t.ratings.map((n, i) => n + (c.ratings[i] ?? 0)),
      }),
      { key: null, label: null, surveys: 0, responses: 0, ratingSum: 0, satisfied: 0, dissatisfied: 0, ratings: [0, 0, 0, 0, 0] },
    );
    return { from: input.from, to: input.to, groupBy: input.groupBy, timeZone, lowRatingThreshold: settings.lowRatingThreshold, rows: counts.map(withShares), total: withShares(total) };
  }

  /** Answers with their comments, newest first, within the reader's scope. */
  async responses(actor: Actor, args: { first?: number | null; after?: string | null; filter?: CsatResponsesFilter | null }) {
    if (scopeFor(actor, 'csat', 'read') === RecordScope.None) throw AppError.forbidden();
    const page = await this.reports.responses(actor, args.filter ?? {}, args, this.config.pageSizeMax);
    const nodes = page.edges.map((e) => e.node);
    const labels = await this.reports.labels([...new Set(nodes.map((s) => s.caseId))], [...new Set(nodes.map((s) => s.ownerId).filter((id): id is string => !!id))]);
    const view = (s: CsatSurveyEntity) => ({
      id: s.id,
      caseId: s.caseId,
      caseNumber: labels.cases.get(s.caseId)?.number ?? '',
      caseSubject: labels.cases.get(s.caseId)?.subject ?? '',
      rating: s.rating!,
      answers: Object.entries(s.answers).map(([key, value]) => ({ key, value: String(value) })),
      comment: s.comment,
      language: s.language,
      channel: s.channel,
      agentId: s.ownerId,
      agentName: s.ownerId ? (labels.users.get(s.ownerId) ?? null) : null,
      teamId: s.teamId,
      queueId: s.queueId,
      resolvedAt: s.resolvedAt,
      answeredAt: s.answeredAt!,
      viaPortal: !!s.answeredBy,
    });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: view(e.node) })) };
  }
}
