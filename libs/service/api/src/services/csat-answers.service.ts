import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { notify } from '@rapport/shared-database';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { isLowRating, parseCsatAnswer, questionText, verifySurveyToken, type CsatLanguage, type CsatQuestionKind } from '@rapport/service-domain';
import { CaseRepository, CsatRepository, type CsatSurveyView } from '@rapport/service-data';
import { CsatService } from './csat.service';

/** What the customer sees of a survey: in its language, and whether it was answered. */
export interface SurveyPage {
  number: string;
  subject: string;
  language: CsatLanguage;
  answered: boolean;
  rating: number | null;
  questions: { key: string; kind: CsatQuestionKind; text: string; required: boolean }[];
}

const invalidLink = () => new AppError(ErrorCode.NotFound, 'This survey link is not valid.');
const answeredAlready = () => new AppError(ErrorCode.Conflict, 'This survey has already been answered; thank you.');

/**
 * The customer's side of a survey (issue 19 item 5): read and answer it through the signed link (no
 * sign-in), or as a portal user for one of their cases. Anything that is not a genuine link to an
 * existing survey is the same "not valid" answer, so a caller learns nothing of which cases exist.
 * A low rating tells the case owner's manager once; it reopens nothing.
 */
@Injectable()
export class CsatAnswersService {
  private readonly logger = new Logger(CsatAnswersService.name);

  constructor(
    private readonly repo: CsatRepository,
    private readonly cases: CaseRepository,
    private readonly csat: CsatService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async viewByToken(token: unknown): Promise<SurveyPage> {
    const v = await this.byToken(this.repo.ds.manager, token, false);
    return this.page(v);
  }

  answerByToken(token: unknown, body: unknown, now = new Date()): Promise<SurveyPage> {
    return this.repo.ds.transaction(async (m) => this.answerIn(m, await this.byToken(m, token, true), body, null, '', now));
  }

  /** The portal: the survey of a case of the contact the portal user is (the caller checked who they are). */
  async viewForContact(contactId: string, caseId: string): Promise<SurveyPage> {
    return this.page(await this.forContact(this.repo.ds.manager, contactId, caseId, false));
  }

  answerForContact(contactId: string, caseId: string, portalUserId: string, body: unknown, now = new Date()): Promise<SurveyPage> {
    return this.repo.ds.transaction(async (m) => this.answerIn(m, await this.forContact(m, contactId, caseId, true), body, portalUserId, 'input', now));
  }

  private async byToken(m: EntityManager, token: unknown, lock: boolean): Promise<CsatSurveyView> {
    const t = verifySurveyToken(token, this.config.sessionSecret);
    const v = t ? await this.repo.view(m, t.surveyId, lock) : null;
    if (!v || v.survey.nonce !== t!.nonce) throw invalidLink();
    return v;
  }

  private async forContact(m: EntityManager, contactId: string, caseId: string, lock: boolean): Promise<CsatSurveyView> {
    const s = await this.repo.surveyForContact(m, caseId, contactId);
    const v = s ? await this.repo.view(m, s.id, lock) : null;
    if (!v) throw new AppError(ErrorCode.NotFound, 'This case has no survey for you.');
    return v;
  }

  private async page(v: CsatSurveyView): Promise<SurveyPage> {
    const language = v.survey.language as CsatLanguage;
    const { questions } = await this.csat.settingsIn();
    return {
      number: v.number,
      subject: v.subject,
      language,
      answered: !!v.survey.answeredAt,
      rating: v.survey.rating,
      questions: questions.map((q) => ({ key: q.key, kind: q.kind, text: questionText(q, language), required: q.required })),
    };
  }

  private async answerIn(m: EntityManager, v: CsatSurveyView, body: unknown, answeredBy: string | null, path: string, now: Date): Promise<SurveyPage> {
    if (v.survey.answeredAt) throw answeredAlready();
    const settings = await this.csat.settingsIn(m);
    const parsed = parseCsatAnswer(settings.questions, body, path);
    if ('problems' in parsed) throw AppError.validation(parsed.problems);
    // The row is locked; the condition in the statement still keeps a second answer out whatever the caller did.
    if (!(await this.repo.answer(m, v.survey.id, parsed.answer, answeredBy, now))) throw answeredAlready();
    if (isLowRating(parsed.answer.rating, settings.lowRatingThreshold)) await this.tellManager(m, v, parsed.answer.rating, parsed.answer.comment, now);
    return this.page({ ...v, survey: { ...v.survey, answeredAt: now, rating: parsed.answer.rating } });
  }

  /** The owner's manager hears of a low rating once (the survey's mark and the notice's key); nobody when the owner has no manager. */
  private async tellManager(m: EntityManager, v: CsatSurveyView, rating: number, comment: string | null, now: Date): Promise<void> {
    const owner = v.survey.ownerId;
    const manager = owner ? await this.cases.managerOf(m, owner) : null;
    if (!manager) {
      this.logger.warn(`low rating on ${v.number}: the case owner has no manager to tell`);
      return;
    }
    if (!(await this.repo.markLowNotified(m, v.survey.id, now))) return;
    await notify(m, {
      userId: manager,
      kind: 'csat.low_rating',
      title: `${v.number}: the customer rated the service ${rating} of 5`,
      body: comment ?? v.subject,
      payload: { caseId: v.survey.caseId, surveyId: v.survey.id, number: v.number, rating, agentId: owner },
      dedupKey: `csat-low:${v.survey.id}`,
      email: true,
    });
  }
}
