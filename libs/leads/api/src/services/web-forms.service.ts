import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor } from '@rapport/shared-domain';
import { writeAudit, diffFields } from '@rapport/shared-database';
import { AppError, MessageLocale } from '@rapport/shared-errors';
import { isUuid } from '@rapport/shared-util';
import { WebFormEntity } from '@rapport/leads-data';
import { SaveWebFormInput, WebFormModel } from '../models/web-form.model';
import { renderErrorHtml, renderFormHtml } from './form-html';
import { assertAllowed } from './access';

const AUDITED: (keyof WebFormEntity)[] = ['name', 'fields', 'source', 'campaign', 'redirectUrl', 'consentText', 'consentRequired', 'active'];

/** Web-to-lead form definitions (admins) and their embeddable HTML. */
@Injectable()
export class WebFormsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(actor: Actor): Promise<WebFormModel[]> {
    assertAllowed(actor, 'leadSetup', 'read');
    const forms = await this.ds.getRepository(WebFormEntity).find({ order: { createdAt: 'DESC' } });
    return forms.map((f) => this.view(f));
  }

  async save(actor: Actor, input: SaveWebFormInput): Promise<WebFormModel> {
    assertAllowed(actor, 'leadSetup', 'write');
    const keys = input.fields.map((f) => f.key);
    const dup = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dup) throw AppError.validation([{ path: `input.fields.${keys.lastIndexOf(dup)}.key`, message: `The field ${dup} is on the form twice` }]);
    if (!keys.includes('email') && !keys.includes('phone')) {
      throw AppError.validation([{ path: 'input.fields', message: 'A form needs an email or a phone field, or nobody can answer the inquiry' }]);
    }
    return this.ds.transaction(async (m) => {
      const before = input.id ? await m.findOneBy(WebFormEntity, { id: input.id }) : null;
      if (input.id && !before) throw AppError.notFound('The form');
      const values = {
        name: input.name.trim(),
        fields: input.fields,
        source: input.source,
        campaign: input.campaign?.trim() || null,
        redirectUrl: input.redirectUrl || null,
        consentText: input.consentText?.trim() || null,
        consentRequired: input.consentRequired && !!input.consentText?.trim(),
        active: input.active,
      };
      const form: WebFormEntity = before ? Object.assign(m.create(WebFormEntity, { ...before }), values) : m.create(WebFormEntity, { ...values, createdBy: actor.userId });
      await m.save(form);
      await writeAudit(m, actor, { entityType: 'web_form', entityId: form.id, action: before ? 'update' : 'create', changes: diffFields(before, form, AUDITED) });
      return this.view(form);
    });
  }

  async hostedPage(id: string): Promise<string> {
    const form = await this.ds.getRepository(WebFormEntity).findOneBy({ id, active: true });
    if (!form) throw AppError.notFound('The form');
    const body = renderFormHtml(form, this.config.publicOrigin);
    return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${form.name.replace(/</g, '&lt;')}</title></head><body style="font-family:sans-serif;max-width:40em;margin:2em auto">${body}</body></html>`;
  }

  /** The page a browser's refused form post gets, naming each field as the form (if it is one of ours) labels it. */
  async errorPage(err: AppError, formId: unknown, locale: MessageLocale): Promise<string> {
    const form = err.fields.length && isUuid(formId) ? await this.ds.getRepository(WebFormEntity).findOneBy({ id: formId }) : null;
    const labels = Object.fromEntries((form?.fields ?? []).map((f) => [f.key, f.label]));
    return renderErrorHtml(err.fields, err, locale, labels);
  }

  private view(f: WebFormEntity): WebFormModel {
    return { ...f, embedHtml: renderFormHtml(f, this.config.publicOrigin), hostedUrl: `${this.config.publicOrigin}/api/public/forms/${f.id}` };
  }
}
