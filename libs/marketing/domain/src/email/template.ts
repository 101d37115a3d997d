import { compile } from 'html-to-text';
import { Liquid } from 'liquidjs';
import mjml2html from 'mjml';

/**
 * Email templates (issue 15): responsive MJML with Liquid personalisation, one variant per
 * language. Liquid runs first, sandboxed (no file system: `templates: {}`; own properties only;
 * bounded parse, render time and memory), with every output HTML-escaped; MJML then compiles to
 * HTML (its mj-include is refused by default in v5, so a template never reads a file), and the
 * plain-text part is derived from that HTML.
 */
export const TEMPLATE_LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type TemplateLocale = (typeof TEMPLATE_LOCALES)[number];
export const TEMPLATE_KINDS = ['marketing', 'transactional'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface TemplateVariant {
  locale: TemplateLocale;
  subject: string;
  /** The line mail clients show after the subject. */
  preheader: string | null;
  mjml: string;
}

/** What a template may use; names are Liquid's snake_case, as marketers write them. */
export interface RenderContext {
  contact: { first_name: string | null; last_name: string | null; email: string; company: string | null };
  company: { name: string; postal_address: string };
  unsubscribe_url: string;
  preferences_url: string;
  campaign: { name: string } | null;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface TemplateProblem {
  path: string;
  message: string;
}

/** Every marketing variant must let the person leave and say who sends it (anti-spam law and RFC 8058): `unsubscribe_url` and `company.postal_address`. */

const liquid = new Liquid({
  templates: {},
  ownPropertyOnly: true,
  strictFilters: true,
  outputEscape: 'escape',
  parseLimit: 200_000,
  renderLimit: 2_000,
  memoryLimit: 10_000_000,
});

const mjmlErrors = (errors: { line?: number; message: string }[] | undefined) => (errors ?? []).map((e) => (e.line ? `Line ${e.line}: ${e.message}` : e.message));

/** The variant for a reader: their language, else English, else the first there is. */
export function pickVariant<V extends { locale: string }>(variants: readonly V[], locale: string | null | undefined): V | undefined {
  return variants.find((v) => v.locale === locale) ?? variants.find((v) => v.locale === 'en') ?? variants[0];
}

/**
 * What is wrong with a template's variants, by field: one per language at most, a subject, Liquid
 * that parses, MJML that compiles strictly, and for marketing mail the unsubscribe link and the
 * postal address in every variant.
 */
export async function templateProblems(variants: readonly TemplateVariant[], kind: TemplateKind): Promise<TemplateProblem[]> {
  const problems: TemplateProblem[] = [];
  if (variants.length === 0) problems.push({ path: 'variants', message: 'Write the email in at least one language.' });
  const seen = new Set<string>();
  for (const [i, v] of variants.entries()) {
    const at = (field: string) => `variants.${i}.${field}`;
    if (seen.has(v.locale)) problems.push({ path: at('locale'), message: 'One variant per language.' });
    seen.add(v.locale);
    if (!v.subject.trim()) problems.push({ path: at('subject'), message: 'Give the email a subject.' });
    const used = new Set<string>();
    let parsed = true;
    for (const [field, source] of [['subject', v.subject], ['preheader', v.preheader ?? ''], ['mjml', v.mjml]] as const) {
      try {
        for (const name of liquid.globalFullVariablesSync(liquid.parse(source))) used.add(name);
      } catch (err) {
        parsed = false;
        problems.push({ path: at(field), message: `The personalisation does not parse: ${(err as Error).message.split('\n')[0]}.` });
      }
    }
    // Until the Liquid parses, what it uses and what it renders to are unknown: say that first.
    if (!parsed) continue;
    if (kind === 'marketing') {
      if (!used.has('unsubscribe_url')) problems.push({ path: at('mjml'), message: 'A marketing email needs the unsubscribe link (unsubscribe_url).' });
      if (!used.has('company.postal_address')) problems.push({ path: at('mjml'), message: 'A marketing email needs the postal address (company.postal_address).' });
    }
    // Liquid tags are not MJML: check the MJML with the tags rendered on sample values.
    let sample: string;
    try {
      sample = await liquid.parseAndRender(v.mjml, SAMPLE_CONTEXT);
    } catch (err) {
      problems.push({ path: at('mjml'), message: `The personalisation could not be rendered: ${(err as Error).message.split('\n')[0]}.` });
      continue;
    }
    try {
      await mjml2html(sample, { validationLevel: 'strict' });
    } catch (err) {
      const details = (err as { errors?: { line?: number; message: string }[] }).errors;
      problems.push({ path: at('mjml'), message: `The MJML is not valid: ${details?.length ? mjmlErrors(details).join('; ') : (err as Error).message.split('\n')[0]}` });
    }
  }
  return problems;
}

/** One email for one person: subject, HTML and plain text. Throws only on a template that never passed `templateProblems`. */
export async function renderEmail(variant: TemplateVariant, context: RenderContext): Promise<RenderedEmail> {
  const [subject, preheader, body] = await Promise.all([
    liquid.parseAndRender(variant.subject, context),
    liquid.parseAndRender(variant.preheader ?? '', context),
    liquid.parseAndRender(variant.mjml, context),
  ]);
  const withPreheader = preheader.trim() ? body.replace(/<mj-head>|<mj-body/, (m: string) => (m === '<mj-head>' ? `<mj-head><mj-preview>${preheader}</mj-preview>` : `<mj-head><mj-preview>${preheader}</mj-preview></mj-head><mj-body`)) : body;
  const { html } = await mjml2html(withPreheader, { validationLevel: 'skip' });
  return { subject: subjectLine(subject), html, text: plainText(html) };
}

// --- Shared with prepared.ts (MJML compiled once per variant), so both paths run the same sandbox
// and the same conversions and cannot drift apart.
export { liquid as templateLiquid };
/** Subjects are plain text: Liquid escaped the values for HTML, so undo that here; one line. */
export const subjectLine = (rendered: string) => unescapeHtml(rendered).replace(/\s+/g, ' ').trim();
/** The plain-text part. Compiled once: `convert(html, options)` rebuilds this converter for every message (~0.8 ms). */
export const plainText: (html: string) => string = compile({ wordwrap: 78, selectors: [{ selector: 'img', format: 'skip' }] });

// liquidjs escapes " as &#34; and ' as &#39;: a subject is plain text, so every escape goes back.
const unescapeHtml = (s: string) => s.replace(/&(lt|gt|quot|#34|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#34': '"', '#39': "'", amp: '&' })[e] as string);

/** The values a preview without a chosen person uses, and the check of a template's MJML. */
export const SAMPLE_CONTEXT: RenderContext = {
  contact: { first_name: 'Ann', last_name: 'Wu', email: 'ann.wu@example.com', company: 'Example Ltd.' },
  company: { name: 'Rapport', postal_address: '100 Century Avenue, Shanghai' },
  unsubscribe_url: 'https://example.com/api/public/unsubscribe/sample',
  preferences_url: 'https://example.com/api/public/preferences/sample',
  campaign: { name: 'Sample campaign' },
};
