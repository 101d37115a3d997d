import { Injectable } from '@nestjs/common';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { diffFields, writeAudit } from '@rapport/shared-database';
import { AppError, type FieldError, msg } from '@rapport/shared-errors';
import { renderReplyTemplate, replyTemplateProblems, replyTemplateVariables, type ReplyTemplateLanguage } from '@rapport/service-domain';
import { CaseReplyTemplateEntity, CaseReplyTemplateRepository } from '@rapport/service-data';
import type { SaveCaseReplyTemplateInput } from '../models/case-reply-template.model';
import { CasesService } from './cases.service';
import { assertServiceSetup } from './service-access';

const AUDITED: (keyof CaseReplyTemplateEntity)[] = ['name', 'language', 'body', 'active'];

/**
 * Reply templates (issue 18 item 9): set up like the other service set-up (the permission table's
 * `serviceSetup` row: readers see every template, writers change them), offered to everyone who
 * may reply to a case (the active ones), and rendered for a case the caller may read. Bodies are
 * checked whole before they are stored, so a stored template always renders.
 */
@Injectable()
export class CaseReplyTemplatesService {
  constructor(
    private readonly repo: CaseReplyTemplateRepository,
    private readonly cases: CasesService,
  ) {}

  list(actor: Actor, args: { language?: ReplyTemplateLanguage | null; includeInactive?: boolean | null }): Promise<CaseReplyTemplateEntity[]> {
    // Inactive ones are set-up's business; the active ones are for whoever answers customers.
    if (args.includeInactive) assertServiceSetup(actor, 'read');
    else if (!mayReply(actor) && scopeFor(actor, 'serviceSetup', 'read') === RecordScope.None) throw AppError.forbidden();
    return this.repo.list({ language: args.language ?? null, includeInactive: !!args.includeInactive });
  }

  async save(actor: Actor, input: SaveCaseReplyTemplateInput): Promise<CaseReplyTemplateEntity> {
    assertServiceSetup(actor, 'write');
    const before = input.id ? await this.repo.byId(input.id) : null;
    if (input.id && !before) throw AppError.notFound('The reply template', 'template');
    const values = { name: input.name.trim(), language: input.language ?? null, body: input.body.replace(/\s+$/, ''), active: input.active ?? before?.active ?? true };
    check(values);
    try {
      return await this.repo.ds.transaction(async (m) => {
        const saved = before
          ? { ...before, ...values, updatedAt: new Date() }
          : m.create(CaseReplyTemplateEntity, { ...values, createdBy: actor.userId });
        await m.save(CaseReplyTemplateEntity, saved);
        await writeAudit(m, actor, { entityType: 'case_reply_template', entityId: saved.id, action: before ? 'update' : 'create', changes: diffFields(before, saved, AUDITED) });
        return saved;
      });
    } catch (e) {
      if ((e as { constraint?: string }).constraint === 'case_reply_template_name_key') throw AppError.validation([{ path: 'input.name', message: 'is taken by another template' }]);
      throw e;
    }
  }

  async delete(actor: Actor, id: string): Promise<string> {
    assertServiceSetup(actor, 'write');
    return this.repo.ds.transaction(async (m) => {
      const before = await this.repo.byId(id, m);
      if (!before) throw AppError.notFound('The reply template', 'template');
      await m.delete(CaseReplyTemplateEntity, { id });
      await writeAudit(m, actor, { entityType: 'case_reply_template', entityId: id, action: 'delete', changes: diffFields(before, { name: null, language: null, body: null, active: null } as never, AUDITED) });
      return id;
    });
  }

  /**
   * A template's text for a case: the case as any other case read (not found when the caller may
   * not read it, whatever the reason), an active template (an inactive one is not offered, so it is
   * not found either), placeholders filled with the case's names and the caller's.
   */
  async render(actor: Actor, caseId: string, templateId: string): Promise<string> {
    const k = await this.cases.findVisible(actor, caseId);
    if (!k) throw AppError.notFound('The case');
    const template = await this.repo.byId(templateId);
    if (!template?.active) throw AppError.notFound('The reply template', 'template');
    const facts = await this.repo.caseFacts(k.id, actor.userId);
    if (!facts) throw AppError.notFound('The case');
    return renderReplyTemplate(template.body, replyTemplateVariables(facts));
  }
}

/** Whoever may reply to some case (the permission table's `case` write grant) gets the templates offered. */
const mayReply = (actor: Actor) => scopeFor(actor, 'case', 'write') !== RecordScope.None;

/** Every problem of a template at once, by field; the Liquid's own words stay in the detail of a syntax error. */
function check(values: { name: string; body: string }): void {
  const errors: FieldError[] = [];
  if (!values.name) errors.push({ path: 'input.name', ...msg('service.templateNameRequired') });
  if (!values.body.trim()) errors.push({ path: 'input.body', ...msg('service.templateBodyRequired') });
  else
    for (const p of replyTemplateProblems(values.body)) {
      if (p.kind === 'syntax') errors.push({ path: 'input.body', ...msg('service.templateSyntax', { line: p.line, detail: p.detail }) });
      else if (p.kind === 'fileTag') errors.push({ path: 'input.body', ...msg('service.templateFileTag') });
      else errors.push({ path: 'input.body', ...msg('service.templateUnknownPlaceholder', { name: p.name }) });
    }
  if (errors.length) throw AppError.validation(errors);
}
