import type { Template } from 'liquidjs';
import mjml2html from 'mjml';
import { checkRegion, delimitedTokens, MUTATING, optionsSupported, Placeholders, regionKind, scanMjml, splitLiquid, type Region, type Split } from './prepared-protect';
import { plainText, renderEmail, SAMPLE_CONTEXT, subjectLine, templateLiquid as liquid, type RenderContext, type RenderedEmail, type TemplateVariant } from './template';

/**
 * A mailing's messages, fast (issue 15): `renderEmail` compiles the MJML for every person (~2-4 ms,
 * most of a message's cost). `prepareVariant` compiles it once per variant with each Liquid
 * construct replaced by a placeholder, restores the constructs in the compiled HTML and keeps that
 * as a Liquid template, so a message is then a Liquid render of HTML plus the plain-text conversion.
 *
 * It is only used where it gives exactly what `renderEmail` gives: prepared-protect.ts says which
 * templates qualify and why; the compiled HTML must keep every placeholder once and in order and
 * read back as the same Liquid; and the prepared variant must match `renderEmail` on sample values.
 * Otherwise `fast` is false, with the `reason`, and every message goes through `renderEmail`.
 */
export interface PreparedVariant {
  readonly variant: TemplateVariant;
  /** True when messages are rendered from HTML compiled once; false when each goes through `renderEmail` (same result, slower). */
  readonly fast: boolean;
  /** Why the variant is rendered per person (for the sender's log); null when fast. */
  readonly reason: string | null;
}

/** Compiled HTML for one case of the preheader (renderEmail adds `<mj-preview>` only when it renders to something). */
interface Form {
  html: Template[];
  /** Link values that must render to neither "" nor "false" (MJML would drop the link); otherwise that person goes through `renderEmail`. */
  guards: Template[][];
}

interface Compiled {
  subject: Template[];
  preheader: Template[];
  withPreview: Form | null;
  withoutPreview: Form | null;
}

/** Kept out of the public shape: a `PreparedVariant` not made by `prepareVariant` simply renders through `renderEmail`. */
const compiledOf = new WeakMap<PreparedVariant, Compiled>();

/** Names the restored HTML uses; a template that mentions `__rapport` is rendered per person. */
const PREHEADER = '__rapport_preheader';
const TRIM = '__rapport_trim';

/** Values the self-check compares on besides the sample: blanks, and text that escapes, trims and wraps. */
const CHECK_CONTEXTS: RenderContext[] = [
  SAMPLE_CONTEXT,
  { contact: { first_name: null, last_name: null, email: 'x@example.com', company: null }, company: { name: '', postal_address: '' }, unsubscribe_url: '', preferences_url: '', campaign: null },
  {
    contact: { first_name: '  Zoë <b>&amp; "Ann"  ', last_name: "O'Brien 王", email: 'a&b@example.com', company: 'false' },
    company: { name: 'A & B <Ltd>', postal_address: ' 上海市  浦东新区\n世纪大道 100 号 ' },
    unsubscribe_url: 'https://example.com/u?a=1&b="2"',
    preferences_url: ' ',
    campaign: { name: '春季 \'Sale\' <2026>' },
  },
];

const join = (split: Split, ph: Placeholders) => split.parts.map((p) => (typeof p === 'string' ? p : ph.of(p))).join('');

/** Compiles a variant once for all its messages. Never throws: a variant it cannot prepare renders per person (`fast: false`). */
export async function prepareVariant(given: TemplateVariant): Promise<PreparedVariant> {
  // A copy: the per-person path must render the very text that was compiled.
  const variant: TemplateVariant = Object.freeze({ ...given });
  const slow = (reason: string): PreparedVariant => Object.freeze({ variant, fast: false, reason });
  let result: Compiled | string;
  try {
    result = await compileVariant(variant);
  } catch (err) {
    result = `it does not prepare: ${(err as Error).message.split('\n')[0]}`;
  }
  if (typeof result === 'string') return slow(result);
  for (const context of CHECK_CONTEXTS) {
    let expected: RenderedEmail;
    try {
      expected = await renderEmail(variant, context);
    } catch (err) {
      return slow(`it fails on sample values: ${(err as Error).message.split('\n')[0]}`);
    }
    const got = await renderCompiled(result, variant, context).catch(() => null);
    if (!got || got.subject !== expected.subject || got.html !== expected.html || got.text !== expected.text) return slow('the compiled HTML differs from renderEmail on sample values');
  }
  const prepared: PreparedVariant = Object.freeze({ variant, fast: true, reason: null });
  compiledOf.set(prepared, result);
  return prepared;
}

/** One person's email, exactly as `renderEmail(prepared.variant, context)` gives it, and throwing as it throws. */
export async function renderPrepared(prepared: PreparedVariant, context: RenderContext): Promise<RenderedEmail> {
  const compiled = compiledOf.get(prepared);
  if (!compiled) return renderEmail(prepared.variant, context);
  try {
    return await renderCompiled(compiled, prepared.variant, context);
  } catch {
    // A sandbox limit or any other failure: renderEmail's own outcome, so an error reads as it always did.
    return renderEmail(prepared.variant, context);
  }
}

async function renderCompiled(compiled: Compiled, variant: TemplateVariant, context: RenderContext): Promise<RenderedEmail> {
  const [subject, preheader] = (await Promise.all([liquid.render(compiled.subject, context), liquid.render(compiled.preheader, context)])) as [string, string];
  const shown = preheader.trim();
  const form = shown ? compiled.withPreview : compiled.withoutPreview;
  if (!form) return renderEmail(variant, context);
  for (const guard of form.guards) {
    const value = (await liquid.render(guard, context)) as string;
    if (value === '' || value === 'false') return renderEmail(variant, context);
  }
  const html = (await liquid.render(form.html, shown ? { ...context, [PREHEADER]: shown } : context)) as string;
  return { subject: subjectLine(subject), html, text: plainText(html) };
}

async function compileVariant(variant: TemplateVariant): Promise<Compiled | string> {
  if (!optionsSupported()) return 'the Liquid options change how restored tags read';
  const preheaderSource = variant.preheader ?? '';
  if ([variant.subject, preheaderSource, variant.mjml].some((t) => t.includes('__rapport'))) return 'it mentions a reserved __rapport name';
  const subject = liquid.parse(variant.subject);
  const preheader = liquid.parse(preheaderSource);
  const ph = new Placeholders([variant.mjml, preheaderSource]);
  // Which preheader cases a person may fall in: blank (no preview) or not.
  const pre = splitLiquid(preheaderSource);
  let mayShow = preheaderSource.trim() !== '';
  let mayBeBlank = !mayShow;
  if (pre.constructs.length) {
    const text = join(pre, ph);
    const check = checkRegion(text, ph.find(text) ?? [], pre.constructs, true);
    if (typeof check === 'string') return `the preheader has ${check}`;
    mayShow = true;
    mayBeBlank = check.topLiteral.trim() === '';
  }
  const body = splitLiquid(variant.mjml);
  const withPreview = mayShow ? await compileForm(body, ph, true) : null;
  if (typeof withPreview === 'string') return withPreview;
  const withoutPreview = mayBeBlank ? await compileForm(body, ph, false) : null;
  if (typeof withoutPreview === 'string') return withoutPreview;
  return { subject, preheader, withPreview, withoutPreview };
}

/** Where a region is, for a reason a person can act on. */
const describe = (r: Region) => (r.kind === 'content' ? `<${r.tag}>` : `the ${r.attribute ?? ''} of <${r.tag}>`);

async function compileForm(body: Split, ph: Placeholders, withPreview: boolean): Promise<Form | string> {
  // What each placeholder becomes again: the template's constructs, the preheader, and the trims added below.
  const restore = body.constructs.map((c) => c.text);
  const preheaderAt = restore.push(`{{ ${PREHEADER} | raw }}`) - 1;
  let mjml = join(body, ph);
  if (withPreview) {
    // As renderEmail does on the rendered MJML; no Liquid may come first, or the place could differ per person.
    const m = /<mj-head>|<mj-body/.exec(mjml);
    if (m) {
      if (mjml.slice(0, m.index).includes(ph.prefix)) return 'Liquid before <mj-head> or <mj-body>, where the preheader goes';
      const preview = `<mj-preview>${ph.of(preheaderAt)}</mj-preview>`;
      mjml = mjml.slice(0, m.index) + (m[0] === '<mj-head>' ? `<mj-head>${preview}` : `<mj-head>${preview}</mj-head><mj-body`) + mjml.slice(m.index + m[0].length);
    }
  }
  // MJML re-serialises the whole document for these (cheerio, juice): nothing is copied verbatim any more.
  if (/<mj-html-attributes|\binline\s*=\s*["']?inline/i.test(mjml)) return 'mj-html-attributes or inlined styles';
  const regions = scanMjml(mjml);
  if (typeof regions === 'string') return `the MJML has ${regions}`;
  const found = ph.find(mjml) ?? [];
  const byRegion = new Map<Region, typeof found>();
  for (const f of found) {
    const region = regions.find((r) => r.start <= f.at && f.end <= r.end);
    if (!region) return `Liquid (${restore[f.index]}) outside text, buttons, raw HTML, tables and link or image attributes`;
    byRegion.set(region, [...(byRegion.get(region) ?? []), f]);
  }
  const inserts: { at: number; text: string }[] = [];
  const guardSources: string[] = [];
  /** Each placeholder's region (numbered in document order): MJML may reorder attributes, never what is inside one. */
  const regionOf = new Map<number, number>();
  for (const [n, [region, inside]] of [...byRegion].entries()) {
    for (const f of inside) regionOf.set(f.index, n);
    const text = mjml.slice(region.start, region.end);
    // The preheader's own Liquid was checked as a region of its own; it arrives rendered and trimmed.
    if (region.tag === 'mj-preview' && text === ph.of(preheaderAt)) continue;
    const kind = regionKind(region);
    if (!kind) return `Liquid in ${describe(region)}, which MJML interprets`;
    const relative = inside.map((f) => ({ index: f.index, at: f.at - region.start, end: f.end - region.start }));
    const check = checkRegion(text, relative, body.constructs, kind === 'content');
    if (typeof check === 'string') return `${describe(region)} has ${check}`;
    if (check.needsTrim) {
      // MJML trims the content it copies, here before Liquid runs: trim the rendered content again.
      const open = restore.push(`{% capture ${TRIM} %}`) - 1;
      const close = restore.push(`{% endcapture %}{{ ${TRIM} | strip | raw }}`) - 1;
      regionOf.set(open, n).set(close, n);
      inserts.push({ at: region.start, text: ph.of(open) }, { at: region.end, text: ph.of(close) });
    }
    // A link whose fixed text cannot make it non-empty and not "false" is checked per person.
    if (kind === 'guard' && !/[^false]/.test(check.topLiteral)) guardSources.push(restoreText(text, relative, restore));
  }
  if (guardSources.length && body.constructs.some((c) => MUTATING.has(c.name))) return 'a link that may render empty in a template that assigns variables';
  for (const insert of inserts.sort((a, b) => b.at - a.at)) mjml = mjml.slice(0, insert.at) + insert.text + mjml.slice(insert.at);

  const { html } = await mjml2html(mjml, { validationLevel: 'skip' });
  const kept = ph.find(html);
  if (!kept || !keptInOrder(ph.find(mjml) ?? [], kept, regionOf, body)) return 'MJML drops, repeats or moves some Liquid (e.g. a block around whole sections)';
  // MJML's last passes rewrite Outlook conditional comments by regular expression: no Liquid inside one, or alone between two.
  for (const m of html.matchAll(/<!--\[if\s[^\]]+]>[\s\S]*?<!\[endif]-->/g)) if (m[0].includes(ph.prefix)) return 'Liquid inside an Outlook conditional comment';
  const between = `(?:\\s|${ph.prefix}\\d+Z)*`;
  if (new RegExp(`<!\\[endif]-->${between}${ph.prefix}\\d+Z${between}<!--\\[if mso \\| IE]>`).test(html)) return 'Liquid alone between two Outlook conditional comments';
  const restored = restoreText(html, kept, restore);
  const want = kept.flatMap((f) => delimitedTokens(restore[f.index]!));
  const read = delimitedTokens(restored);
  if (read.length !== want.length || read.some((t, k) => t !== want[k])) return 'the compiled HTML reads as other Liquid';
  return { html: liquid.parse(restored), guards: guardSources.map((g) => liquid.parse(g)) };
}

/**
 * Every placeholder kept once, each region's in its order and together. Regions may change places
 * (MJML writes an image's `href` before its `src`) only where the order of evaluation cannot
 * matter: no construct assigns or counts.
 */
function keptInOrder(placed: { index: number }[], kept: { index: number }[], regionOf: Map<number, number>, body: Split): boolean {
  const sequence = (list: { index: number }[]) => {
    const byRegion = new Map<number, number[]>();
    const runs: number[] = [];
    for (const { index } of list) {
      const region = regionOf.get(index);
      if (region === undefined) return null;
      if (runs[runs.length - 1] !== region) runs.push(region);
      byRegion.set(region, [...(byRegion.get(region) ?? []), index]);
    }
    return { byRegion, runs };
  };
  const before = sequence(placed);
  const after = sequence(kept);
  if (!before || !after || placed.length !== kept.length || after.runs.length !== new Set(after.runs).size) return false;
  for (const [region, indexes] of before.byRegion) if (after.byRegion.get(region)?.join() !== indexes.join()) return false;
  const reordered = after.runs.some((r, k) => r !== before.runs[k]);
  return !reordered || !body.constructs.some((c) => MUTATING.has(c.name));
}

function restoreText(text: string, found: { index: number; at: number; end: number }[], restore: string[]): string {
  let out = '';
  let last = 0;
  for (const f of found) {
    out += text.slice(last, f.at) + restore[f.index];
    last = f.end;
  }
  return out + text.slice(last);
}
