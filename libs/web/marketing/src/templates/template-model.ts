import type { CreateEmailTemplateMutationVariables } from '@rapport/web-data-access';

export type EmailTemplateVariantInput = CreateEmailTemplateMutationVariables['input']['variants'][number];

// The template editor's rules, as pure functions (tested in template-model.test.ts): the languages,
// the starter of a new variant, what is sent to the API, whether content changed, and where the
// API's problems belong and how they read in the reader's language.

export const TEMPLATE_LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type TemplateLocale = (typeof TEMPLATE_LOCALES)[number];
export type TemplateKind = 'MARKETING' | 'TRANSACTIONAL';

export interface VariantDraft {
  locale: TemplateLocale;
  subject: string;
  preheader: string;
  mjml: string;
}

export const isTemplateLocale = (v: string): v is TemplateLocale => (TEMPLATE_LOCALES as readonly string[]).includes(v);

/** The Liquid variables a template may use, as the help lists them (the API's RenderContext). */
export const LIQUID_VARIABLES = [
  'contact.first_name',
  'contact.last_name',
  'contact.company',
  'company.name',
  'company.postal_address',
  'unsubscribe_url',
  'preferences_url',
  'campaign.name',
] as const;

/** The starter's words per language: a greeting with a fallback, a line of body, the footer's links. */
const STARTER_WORDS: Record<TemplateLocale, { hello: string; fallback: string; body: string; unsubscribe: string; preferences: string }> = {
  en: { hello: 'Hello', fallback: 'there', body: 'Write your message here.', unsubscribe: 'Unsubscribe', preferences: 'Email preferences' },
  'zh-CN': { hello: '您好，', fallback: '朋友', body: '在这里写邮件内容。', unsubscribe: '退订', preferences: '邮件偏好设置' },
  'zh-TW': { hello: '您好，', fallback: '朋友', body: '在這裡撰寫郵件內容。', unsubscribe: '取消訂閱', preferences: '郵件偏好設定' },
};

/**
 * A new variant's MJML: a greeting with a fallback, a text block, and the footer every marketing
 * email needs — the unsubscribe link and the postal address — so a new language starts valid.
 */
export function starterMjml(locale: TemplateLocale): string {
  const w = STARTER_WORDS[locale];
  const space = locale === 'en' ? ' ' : '';
  return [
    '<mjml>',
    '  <mj-body background-color="#f5f5f5">',
    '    <mj-section background-color="#ffffff">',
    '      <mj-column>',
    `        <mj-text font-size="16px">${w.hello}${space}{{ contact.first_name | default: "${w.fallback}" }}</mj-text>`,
    `        <mj-text>${w.body}</mj-text>`,
    '      </mj-column>',
    '    </mj-section>',
    '    <mj-section>',
    '      <mj-column>',
    `        <mj-text font-size="12px" color="#8c8c8c">{{ company.name }} · {{ company.postal_address }}<br /><a href="{{ unsubscribe_url }}">${w.unsubscribe}</a> · <a href="{{ preferences_url }}">${w.preferences}</a></mj-text>`,
    '      </mj-column>',
    '    </mj-section>',
    '  </mj-body>',
    '</mjml>',
  ].join('\n');
}

export const starterVariant = (locale: TemplateLocale): VariantDraft => ({ locale, subject: '', preheader: '', mjml: starterMjml(locale) });

/** The languages not yet written, in the editor's order: what "add a language" offers. */
export const missingLocales = (drafts: readonly VariantDraft[]): TemplateLocale[] => TEMPLATE_LOCALES.filter((l) => !drafts.some((d) => d.locale === l));

/** The drafts in the editor's language order (en, zh-CN, zh-TW), whatever order they were added in. */
export const sortedDrafts = (drafts: readonly VariantDraft[]): VariantDraft[] => [...drafts].sort((a, b) => TEMPLATE_LOCALES.indexOf(a.locale) - TEMPLATE_LOCALES.indexOf(b.locale));

/** What the API gets: the drafts in order, a blank preheader as none (as the API stores it). */
export function variantsInput(drafts: readonly VariantDraft[]): EmailTemplateVariantInput[] {
  return sortedDrafts(drafts).map((d) => ({ locale: d.locale, subject: d.subject, preheader: d.preheader.trim() ? d.preheader : null, mjml: d.mjml }));
}

/** Saved variants as drafts (languages the editor does not know are left out). */
export function draftsOf(variants: readonly { locale: string; subject: string; preheader?: string | null; mjml: string }[]): VariantDraft[] {
  return sortedDrafts(variants.filter((v) => isTemplateLocale(v.locale)).map((v) => ({ locale: v.locale as TemplateLocale, subject: v.subject, preheader: v.preheader ?? '', mjml: v.mjml })));
}

/**
 * Whether the drafts say the same as the saved version, as the API decides it (same languages,
 * subjects, preheaders and MJML; blank preheader = none): then a save makes no new version.
 */
export function sameContent(drafts: readonly VariantDraft[], saved: readonly { locale: string; subject: string; preheader?: string | null; mjml: string }[]): boolean {
  const a = variantsInput(drafts);
  const b = variantsInput(draftsOf(saved));
  return a.length === b.length && a.every((v, i) => v.locale === b[i]!.locale && v.subject === b[i]!.subject && (v.preheader ?? null) === (b[i]!.preheader ?? null) && v.mjml === b[i]!.mjml);
}

export type VariantField = 'subject' | 'preheader' | 'mjml' | 'locale';

export interface PlacedProblem {
  /** The language the problem is in, or null for the template as a whole. */
  locale: TemplateLocale | null;
  field: VariantField | null;
  message: string;
}

/**
 * Where each problem belongs: `variants.1.mjml` (a preview's path) or `input.variants.1.mjml` (a
 * save's field error) is the second variant *as sent* — `variantsInput` order — and its MJML.
 */
export function placeProblems(problems: readonly { path: string; message: string }[], drafts: readonly VariantDraft[]): PlacedProblem[] {
  const sent = sortedDrafts(drafts);
  return problems.map((p) => {
    const m = /^(?:input\.)?variants\.(\d+)\.(\w+)$/.exec(p.path);
    if (!m) return { locale: null, field: null, message: p.message };
    const draft = sent[Number(m[1])];
    const field = (['subject', 'preheader', 'mjml', 'locale'] as const).find((f) => f === m[2]) ?? null;
    return { locale: draft?.locale ?? null, field, message: p.message };
  });
}

/** The problems of one field of one language, for its Form.Item. */
export const problemsAt = (placed: readonly PlacedProblem[], locale: TemplateLocale, field: VariantField): string[] => placed.filter((p) => p.locale === locale && p.field === field).map((p) => p.message);

/**
 * The preview's problems come in English only ({ path, message }); they are the API's catalogued
 * template messages (`server.marketing.template*`), so each is read back into its key and detail
 * and shown in the reader's language. Anything else stays as the API wrote it.
 */
const PROBLEM_KEYS: { key: string; re: RegExp }[] = [
  { key: 'templateOneLanguage', re: /^Write the email in at least one language\.$/ },
  { key: 'templateOneVariant', re: /^One variant per language\.$/ },
  { key: 'templateSubject', re: /^Give the email a subject\.$/ },
  { key: 'templateNeedsUnsubscribe', re: /^A marketing email needs the unsubscribe link \(unsubscribe_url\)\.$/ },
  { key: 'templateNeedsAddress', re: /^A marketing email needs the postal address \(company\.postal_address\)\.$/ },
  { key: 'templateLiquid', re: /^The personalisation does not parse: ([\s\S]*)\.$/ },
  { key: 'templateRender', re: /^The personalisation could not be rendered: ([\s\S]*)\.$/ },
  { key: 'templateMjml', re: /^The MJML is not valid: ([\s\S]*)$/ },
];

export function problemMessageKey(message: string): { key: string; params: { detail?: string } } | null {
  for (const { key, re } of PROBLEM_KEYS) {
    const m = re.exec(message);
    if (m) return { key: `server.marketing.${key}`, params: m[1] !== undefined ? { detail: m[1] } : {} };
  }
  return null;
}

export type PreviewMode = 'desktop' | 'phone' | 'text';
/** The preview's widths: a desktop mail client shows 600 px of content and more; a phone 375 px. */
export const PREVIEW_WIDTHS: Record<Exclude<PreviewMode, 'text'>, number> = { desktop: 680, phone: 375 };
