import { Injectable } from '@nestjs/common';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { PortalRepository } from '@rapport/service-data';
import type { AnswerPortalSurveyInput, PortalSurvey } from '../models/portal.model';
import { CsatAnswersService, type SurveyPage } from './csat-answers.service';

const view = (p: SurveyPage): PortalSurvey => ({ answered: p.answered, rating: p.rating, language: p.language, questions: p.questions });

/**
 * A case's satisfaction survey in the portal (issue 19 item 5): the customer reads and answers it
 * signed in, for a case they may see and whose survey is theirs (the contact it was offered to), once.
 */
@Injectable()
export class PortalSurveysService {
  constructor(
    private readonly portal: PortalRepository,
    private readonly answers: CsatAnswersService,
  ) {}

  async view(actor: Actor, caseId: string): Promise<PortalSurvey | null> {
    const contactId = await this.visibleCase(actor, caseId);
    try {
      return view(await this.answers.viewForContact(contactId, caseId));
    } catch (e) {
      if (e instanceof AppError && e.code === ErrorCode.NotFound) return null;
      throw e;
    }
  }

  async answer(actor: Actor, input: AnswerPortalSurveyInput, now = new Date()): Promise<PortalSurvey> {
    const contactId = await this.visibleCase(actor, input.caseId);
    // The survey's own parser checks the answers against its questions (by key and kind), with their paths.
    const answers = Object.fromEntries((input.answers ?? []).map((a) => [a.key, a.rating ?? a.yes ?? a.text ?? null]));
    return view(await this.answers.answerForContact(contactId, input.caseId, actor.userId, { rating: input.rating, answers, comment: input.comment ?? null }, now));
  }

  /** The customer's contact, when the case is one they may see. */
  private async visibleCase(actor: Actor, caseId: string): Promise<string> {
    if (!actor.customer || scopeFor(actor, 'portalCase', 'read') === RecordScope.None) throw AppError.forbidden();
    if (!(await this.portal.cases(actor, 'read').andWhere('k.id = :id', { id: caseId }).getExists())) throw AppError.notFound('The case');
    return actor.customer.contactId;
  }
}
