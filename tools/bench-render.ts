// Milliseconds per message for a mailing (issue 15: ≥ 500 messages/s from one worker), for the
// small template and a ten-section newsletter, over varied people, all in one run:
// - "per person, as first written": Liquid, MJML and html-to-text's `convert` for every message;
// - `renderEmail` now (the same, with the html-to-text converter compiled once);
// - `renderPrepared` (MJML compiled once per variant by `prepareVariant`).
// Run: `node tools/run-ts.mjs tools/bench-render.ts [messages]`. CPU only; nothing leaves the process.
import { convert } from 'html-to-text';
import mjml2html from 'mjml';
import { prepareVariant, renderPrepared } from '../libs/marketing/domain/src/email/prepared';
import { NEWSLETTER, SMALL } from '../libs/marketing/domain/src/email/prepared.fixtures';
import { renderEmail, SAMPLE_CONTEXT, subjectLine, templateLiquid, type RenderContext, type RenderedEmail, type TemplateVariant } from '../libs/marketing/domain/src/email/template';

const N = Number(process.argv[2] ?? 300);
const people: RenderContext[] = Array.from({ length: 50 }, (_, i) => ({
  ...SAMPLE_CONTEXT,
  contact: { first_name: i % 7 ? `Person ${i}` : null, last_name: i % 3 ? '王' : 'Wu', email: `p${i}@example.com`, company: i % 2 ? `Company ${i} & Co` : null },
  unsubscribe_url: `https://example.com/api/public/unsubscribe/${i}`,
}));

/** renderEmail as first written (html-to-text's `convert` builds its converter per call): the baseline. */
async function asFirstWritten(variant: TemplateVariant, context: RenderContext): Promise<RenderedEmail> {
  const [subject, preheader, body] = await Promise.all([variant.subject, variant.preheader ?? '', variant.mjml].map((t) => templateLiquid.parseAndRender(t, context) as Promise<string>)) as [string, string, string];
  const withPreheader = preheader.trim() ? body.replace(/<mj-head>|<mj-body/, (m: string) => (m === '<mj-head>' ? `<mj-head><mj-preview>${preheader}</mj-preview>` : `<mj-head><mj-preview>${preheader}</mj-preview></mj-head><mj-body`)) : body;
  const { html } = await mjml2html(withPreheader, { validationLevel: 'skip' });
  return { subject: subjectLine(subject), html, text: convert(html, { wordwrap: 78, selectors: [{ selector: 'img', format: 'skip' }] }) };
}

async function perMessage(render: (ctx: RenderContext) => Promise<RenderedEmail>): Promise<number> {
  for (let i = 0; i < 30; i++) await render(people[i % people.length]!);
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await render(people[i % people.length]!);
  return Number(process.hrtime.bigint() - start) / 1e6 / N;
}

void (async () => {
  for (const [name, variant] of [['small template', SMALL], ['ten-section newsletter', NEWSLETTER]] as const) {
    const t = process.hrtime.bigint();
    const prepared = await prepareVariant(variant);
    const prepareMs = Number(process.hrtime.bigint() - t) / 1e6;
    const figures = {
      'per person, as first written': await perMessage((ctx) => asFirstWritten(variant, ctx)),
      renderEmail: await perMessage((ctx) => renderEmail(variant, ctx)),
      renderPrepared: await perMessage((ctx) => renderPrepared(prepared, ctx)),
    };
    const shown = Object.entries(figures).map(([k, ms]) => `${k} ${ms.toFixed(2)} ms (${(1000 / ms).toFixed(0)}/s)`);
    console.log(`${name} (fast=${prepared.fast}, prepareVariant ${prepareMs.toFixed(0)} ms): ${shown.join(', ')}`);
  }
})();
