import { Inject, Injectable } from '@nestjs/common';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { APP_CONFIG, type AppConfig } from '@rapport/shared-config';
import { AppError } from '@rapport/shared-errors';
import { MailService } from '@rapport/shared-mail';
import { normalizeEmailAddress } from '@rapport/sales-domain';
import { SalesRepository, type ContactEntity } from '@rapport/sales-data';
import {
  pickVariant,
  contentKeyOf,
  renderEmail,
  SAMPLE_CONTEXT,
  signUnsubscribeToken,
  templateProblems,
  type RenderContext,
  type TemplateKind,
  type TemplateLocale,
  type TemplateVariant,
} from '@rapport/marketing-domain';
import { EmailTemplateEntity, EmailTemplateRepository, type EmailTemplateVersionEntity } from '@rapport/marketing-data';
import type { CreateEmailTemplateInput, EmailTemplateVariantInput, PreviewEmailInput, UpdateEmailTemplateInput } from '../models/email-template.model';

const variantsOf = (input: readonly EmailTemplateVariantInput[]): TemplateVariant[] =>
  input.map((v) => ({ locale: v.locale, subject: v.subject, preheader: v.preheader?.trim() || null, mjml: v.mjml }));


/**
 * Email templates (issue 15): campaign readers read them, campaign managers write them; content is
 * checked by the domain's `templateProblems` and saved as a new version only when it changed.
 */
@Injectable()
export class EmailTemplatesService {
  constructor(
    private readonly repo: EmailTemplateRepository,
    private readonly sales: SalesRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(actor: Actor, includeArchived: boolean): Promise<EmailTemplateEntity[]> {
    this.assert(actor, 'read');
    return this.repo.list(includeArchived);
  }

  async get(actor: Actor, id: string): Promise<EmailTemplateEntity | null> {
    this.assert(actor, 'read');
    return this.repo.template(id);
  }

  /** Several templates for one reader, in the order asked (null: no such template), for loaders. */
  async visibleByIds(actor: Actor, ids: readonly string[]): Promise<(EmailTemplateEntity | null)[]> {
    if (scopeFor(actor, 'campaign', 'read') === RecordScope.None) return ids.map(() => null);
    const found = new Map((await this.repo.templatesByIds(ids)).map((t) => [t.id, t]));
    return ids.map((id) => found.get(id) ?? null);
  }

  versionsByIds(ids: readonly string[]): Promise<EmailTemplateVersionEntity[]> {
    return this.repo.versionsByIds(ids);
  }

  async create(actor: Actor, input: CreateEmailTemplateInput): Promise<EmailTemplateEntity> {
    this.assert(actor, 'write');
    const variants = variantsOf(input.variants);
    await this.check(variants, input.kind);
    return this.repo.ds.transaction(async (m) => {
      const template = await this.repo.create(m, { name: input.name.trim(), kind: input.kind, createdBy: actor.userId });
      await this.repo.addVersion(m, template.id, variants, contentKeyOf(variants), actor.userId);
      return m.findOneByOrFail(EmailTemplateEntity, { id: template.id });
    });
  }

  async update(actor: Actor, input: UpdateEmailTemplateInput): Promise<EmailTemplateEntity> {
    this.assert(actor, 'write');
    return this.repo.ds.transaction(async (m) => {
      const template = await this.repo.lock(m, input.id);
      if (!template) throw AppError.notFound('The template');
      await this.repo.rename(m, template.id, { ...(input.name !== undefined ? { name: input.name.trim() } : {}), ...(input.archived !== undefined ? { archived: input.archived } : {}) });
      if (input.variants) {
        const variants = variantsOf(input.variants);
        await this.check(variants, template.kind as TemplateKind);
        const [current] = template.currentVersionId ? await this.repo.versionsByIds([template.currentVersionId], m) : [];
        const key = contentKeyOf(variants);
        if (current?.contentKey !== key) await this.repo.addVersion(m, template.id, variants, key, actor.userId);
      }
      return m.findOneByOrFail(EmailTemplateEntity, { id: template.id });
    });
  }

  /** The email as a person would get it (a contact the reader may read, else sample values), or its problems. */
  async preview(actor: Actor, input: PreviewEmailInput): Promise<{ subject: string | null; html: string | null; text: string | null; locale: string; problems: { path: string; message: string }[] }> {
    this.assert(actor, 'read');
    let variants: TemplateVariant[];
    let kind: TemplateKind;
    if (input.templateId) {
      const template = await this.repo.template(input.templateId);
      if (!template) throw AppError.notFound('The template');
      const [version] = template.currentVersionId ? await this.repo.versionsByIds([template.currentVersionId]) : [];
      variants = version?.variants ?? [];
      kind = template.kind as TemplateKind;
    } else if (input.variants) {
      variants = variantsOf(input.variants);
      kind = input.kind ?? 'marketing';
    } else {
      throw AppError.validation([{ path: 'input', message: 'Give a template or its variants.' }]);
    }
    const contact = input.contactId ? ((await this.sales.visibleByIds<ContactEntity>('contact', actor, [input.contactId]))[0] ?? null) : null;
    if (input.contactId && !contact) throw AppError.notFound('The contact');
    const locale = (input.locale ?? contact?.locale ?? 'en') as TemplateLocale;
    const problems = await templateProblems(variants, kind);
    const variant = pickVariant(variants, locale);
    if (problems.length || !variant) return { subject: null, html: null, text: null, locale, problems };
    const mail = await renderEmail(variant, this.contextFor(contact));
    return { ...mail, locale: variant.locale, problems: [] };
  }

  /**
   * A test send of what `preview` shows, to the actor's own address only (so it can never mail a
   * customer), marked as a test in the subject. Writers of templates only.
   */
  async sendTest(actor: Actor, input: PreviewEmailInput): Promise<{ sentTo: string }> {
    this.assert(actor, 'write');
    const preview = await this.preview(actor, input);
    if (preview.problems.length || !preview.html) throw AppError.validation(preview.problems.map((p) => ({ path: `input.${p.path}`, message: p.message })));
    const to = await this.repo.userEmail(actor.userId);
    if (!to) throw AppError.validation([{ path: 'input', message: 'Your account has no email address to send the test to.' }]);
    const { sent } = await this.mail.send({ to, subject: `[Test] ${preview.subject}`, html: preview.html, text: preview.text ?? '' });
    if (!sent) throw AppError.validation([{ path: 'input', message: 'Mail is not set up on this server (SMTP_URL): nothing was sent.' }]);
    return { sentTo: to };
  }

  /** What a template sees for a person: their names, their own unsubscribe links, the sender. */
  contextFor(contact: ContactEntity | null, subscriptionTypeId: string | null = null): RenderContext {
    const company = { name: this.config.mailCompanyName, postal_address: this.config.mailPostalAddress };
    const address = contact ? normalizeEmailAddress(contact.emails?.[0]) : null;
    if (!contact || !address) return { ...SAMPLE_CONTEXT, company };
    const token = signUnsubscribeToken({ address, subscriptionTypeId }, this.config.sessionSecret);
    return {
      contact: { first_name: contact.firstName || null, last_name: contact.lastName || null, email: address, company: null },
      company,
      unsubscribe_url: `${this.config.publicOrigin}/api/public/unsubscribe/${token}`,
      preferences_url: `${this.config.publicOrigin}/api/public/preferences/${token}`,
      campaign: null,
    };
  }

  private async check(variants: TemplateVariant[], kind: TemplateKind): Promise<void> {
    const problems = await templateProblems(variants, kind);
    if (problems.length) throw AppError.validation(problems.map((p) => ({ path: `input.${p.path}`, message: p.message })));
  }

  private assert(actor: Actor, action: 'read' | 'write'): void {
    if (scopeFor(actor, 'campaign', action) === RecordScope.None) throw AppError.forbidden();
  }
}
