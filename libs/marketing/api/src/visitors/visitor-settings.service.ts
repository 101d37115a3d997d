import { Injectable } from '@nestjs/common';
import { PicklistsService } from '@rapport/shared-auth';
import { writeAudit } from '@rapport/shared-database';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError, FieldError, msg } from '@rapport/shared-errors';
import { VisitorRepository, WebInterestRuleEntity, WebVisitorSettingsEntity } from '@rapport/marketing-data';
import { MAX_INTEREST_RULES, MAX_PATTERN_LENGTH, MAX_RETENTION_MONTHS, normalizePattern } from '@rapport/marketing-domain';

/** Every API process reads the settings on each batch and click; a change reaches the others within this. */
const CACHE_MS = 30_000;
export const MAX_SITE_HOSTS = 50;
export const MAX_RATE_LIMIT = 100_000;
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

const field = (path: string, text: ReturnType<typeof msg>): FieldError => ({ path, message: text.message, messageKey: text.messageKey, ...(text.params ? { params: text.params } : {}) });

export interface SaveRuleInput {
  id?: string | null;
  pattern: string;
  productLine: string;
  position?: number | null;
}

export interface SaveSettingsInput {
  siteHosts?: string[] | null;
  retentionMonths?: number | null;
  rateLimitPerMinute?: number | null;
}

/**
 * How web visits are tracked (issue 16 item 6): the admins' URL → product-line rules and the one
 * settings row (the company's sites, retention, rate). Admins change them (the all-users grant, as
 * for custom fields and picklists); anyone who may read campaigns reads them. Changes are audited.
 */
@Injectable()
export class VisitorSettingsService {
  private cached: { at: number; value: WebVisitorSettingsEntity } | null = null;

  constructor(
    private readonly repo: VisitorRepository,
    private readonly picklists: PicklistsService,
  ) {}

  /** The settings as this process last read them (at most CACHE_MS old). */
  async current(): Promise<WebVisitorSettingsEntity> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.value;
    const value = await this.repo.settings();
    this.cached = { at: Date.now(), value };
    return value;
  }

  /** Whether a mailing link to `url` goes to one of the company's own sites (a listed host or one of its subdomains). */
  async isOwnSite(url: string): Promise<boolean> {
    const { siteHosts } = await this.current();
    if (!siteHosts.length) return false;
    let host: string;
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      return false;
    }
    return siteHosts.some((h) => host === h || host.endsWith(`.${h}`));
  }

  settings(actor: Actor): Promise<WebVisitorSettingsEntity> {
    this.assertReads(actor);
    return this.repo.settings();
  }

  async saveSettings(actor: Actor, input: SaveSettingsInput): Promise<WebVisitorSettingsEntity> {
    this.assertAdmin(actor);
    const problems: FieldError[] = [];
    const patch: Partial<WebVisitorSettingsEntity> = {};
    if (input.siteHosts != null) {
      const hosts = [...new Set(input.siteHosts.map((h) => h.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '')).filter(Boolean))];
      if (hosts.length > MAX_SITE_HOSTS) problems.push(field('input.siteHosts', msg('marketing.visitorSiteHosts', { max: MAX_SITE_HOSTS })));
      hosts.forEach((h, i) => {
        if (!HOST.test(h)) problems.push(field(`input.siteHosts.${i}`, msg('marketing.visitorSiteHost')));
      });
      patch.siteHosts = hosts;
    }
    if (input.retentionMonths != null) {
      if (!Number.isInteger(input.retentionMonths) || input.retentionMonths < 1 || input.retentionMonths > MAX_RETENTION_MONTHS) problems.push(field('input.retentionMonths', msg('marketing.visitorRetention', { max: MAX_RETENTION_MONTHS })));
      patch.retentionMonths = input.retentionMonths;
    }
    if (input.rateLimitPerMinute != null) {
      if (!Number.isInteger(input.rateLimitPerMinute) || input.rateLimitPerMinute < 1 || input.rateLimitPerMinute > MAX_RATE_LIMIT) problems.push(field('input.rateLimitPerMinute', msg('marketing.visitorRateLimit', { max: MAX_RATE_LIMIT })));
      patch.rateLimitPerMinute = input.rateLimitPerMinute;
    }
    if (problems.length) throw AppError.validation(problems);
    const saved = await this.repo.ds.transaction(async (m) => {
      const before = await this.repo.settings(m);
      await m.update(WebVisitorSettingsEntity, { id: 1 }, { ...patch, updatedBy: actor.userId });
      const changes = Object.entries(patch).map(([f, to]) => ({ field: f, from: (before as never)[f], to }));
      await writeAudit(m, actor, { entityType: 'web_visitor_settings', entityId: '00000000-0000-0000-0000-000000000001', action: 'update', changes });
      return this.repo.settings(m);
    });
    this.cached = null;
    return saved;
  }

  rules(actor: Actor): Promise<WebInterestRuleEntity[]> {
    this.assertReads(actor);
    return this.repo.rules();
  }

  async saveRule(actor: Actor, input: SaveRuleInput): Promise<WebInterestRuleEntity> {
    this.assertAdmin(actor);
    const pattern = normalizePattern(input.pattern);
    const problems: FieldError[] = pattern ? [] : [field('input.pattern', msg('marketing.interestPattern', { max: MAX_PATTERN_LENGTH }))];
    return this.repo.ds.transaction(async (m) => {
      const existing = input.id ? await m.findOneBy(WebInterestRuleEntity, { id: input.id }) : null;
      if (input.id && !existing) throw AppError.notFound('The interest rule');
      // A configured product line only (docs/adr/0018); a retired one stays on the rule that has it.
      const checked = await this.picklists.check(m, [{ list: 'productLine', input: input.productLine, current: existing?.productLine ?? null, path: 'input.productLine' }]).catch((err: unknown) => {
        if (err instanceof AppError) problems.push(...err.fields);
        else throw err;
        return new Map<string, string | null>();
      });
      const productLine = checked.get('input.productLine');
      if (!problems.some((p) => p.path === 'input.productLine') && !productLine) problems.push(field('input.productLine', msg('marketing.interestProductLine')));
      const twin = pattern && productLine ? await m.findOneBy(WebInterestRuleEntity, { pattern, productLine }) : null;
      if (twin && twin.id !== existing?.id) problems.push(field('input.pattern', msg('marketing.interestRuleTaken')));
      if (!existing && (await this.repo.ruleCount(m)) >= MAX_INTEREST_RULES) problems.push(field('input', msg('marketing.interestRuleCount', { max: MAX_INTEREST_RULES })));
      if (problems.length) throw AppError.validation(problems);
      const values = { pattern: pattern!, productLine: productLine!, position: input.position ?? existing?.position ?? 0, updatedBy: actor.userId };
      const saved = existing ? await m.save(WebInterestRuleEntity, { ...existing, ...values }) : await m.save(WebInterestRuleEntity, m.create(WebInterestRuleEntity, values));
      await writeAudit(m, actor, { entityType: 'web_interest_rule', entityId: saved.id, action: existing ? 'update' : 'create', changes: Object.entries(values).filter(([k]) => k !== 'updatedBy').map(([f, to]) => ({ field: f, from: existing ? (existing as never)[f] : null, to })) });
      return saved;
    });
  }

  async deleteRule(actor: Actor, id: string): Promise<string> {
    this.assertAdmin(actor);
    return this.repo.ds.transaction(async (m) => {
      const existing = await m.findOneBy(WebInterestRuleEntity, { id });
      if (!existing) throw AppError.notFound('The interest rule');
      await m.delete(WebInterestRuleEntity, { id });
      await writeAudit(m, actor, { entityType: 'web_interest_rule', entityId: id, action: 'delete', changes: [{ field: 'pattern', from: existing.pattern, to: null }] });
      return id;
    });
  }

  private assertReads(actor: Actor) {
    if (scopeFor(actor, 'campaign', 'read') === RecordScope.None) throw AppError.forbidden();
  }

  private assertAdmin(actor: Actor) {
    if (scopeFor(actor, 'user', 'write') !== RecordScope.All) throw AppError.forbidden(msg('marketing.visitorAdminOnly'));
  }
}
