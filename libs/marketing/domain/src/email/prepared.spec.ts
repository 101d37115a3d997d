import fc from 'fast-check';
import { BUTTONS, CHINESE, NEWSLETTER, SECTIONS, SMALL } from './prepared.fixtures';
import { prepareVariant, renderPrepared } from './prepared';
import { renderEmail, SAMPLE_CONTEXT, type RenderContext, type RenderedEmail, type TemplateVariant } from './template';

const person = (contact: Partial<RenderContext['contact']>, rest: Partial<RenderContext> = {}): RenderContext => ({ ...SAMPLE_CONTEXT, ...rest, contact: { ...SAMPLE_CONTEXT.contact, ...contact } });
const body = (inner: string) => `<mjml><mj-body><mj-section><mj-column>${inner}</mj-column></mj-section></mj-body></mjml>`;
const variant = (mjml: string, v: Partial<TemplateVariant> = {}): TemplateVariant => ({ locale: 'en', subject: 'Hi {{ contact.first_name }}', preheader: null, mjml, ...v });

/** People whose values escape, trim, wrap, vanish or read as Liquid, HTML or a placeholder. */
const PEOPLE: RenderContext[] = [
  SAMPLE_CONTEXT,
  person({ first_name: null, last_name: null, company: null }, { campaign: null }),
  person({ first_name: '<img src=x onerror=alert(1)>', last_name: 'O\'Brien & "Sons"', company: 'A&B <Ltd>' }),
  person({ first_name: '王小明', last_name: '陳', company: '上海某某科技有限公司' }, { company: { name: '瑞宝', postal_address: '上海市浦东新区世纪大道 100 号' }, campaign: { name: '春季新品 & 优惠' } }),
  person({ first_name: '   ', last_name: '', company: '  padded  ' }, { unsubscribe_url: '', preferences_url: 'false' }),
  person({ first_name: '{{ contact.email }} {% if %}', last_name: 'Lqx0X1Z', company: 'false' }, { preferences_url: ' ', unsubscribe_url: 'https://example.com/u?a=1&b=<2>' }),
  person({ first_name: 'A very long first name that goes on and on so that the plain text has to wrap it', company: 'line\nbreak\ttab' }),
];

const equal = (a: RenderedEmail, b: RenderedEmail) => {
  expect(b.subject).toBe(a.subject);
  expect(b.html).toBe(a.html);
  expect(b.text).toBe(a.text);
};

/** Either the same email, or the same error. */
async function outcome(render: Promise<RenderedEmail>): Promise<RenderedEmail | { error: string }> {
  try {
    return await render;
  } catch (err) {
    return { error: (err as Error).message };
  }
}

describe('prepareVariant and renderPrepared', () => {
  it.each([
    ['the small template', SMALL],
    ['a ten-section newsletter', NEWSLETTER],
    ['buttons and images with Liquid links, a preheader that may be blank', BUTTONS],
    ['Chinese text', CHINESE],
  ])('render %s from HTML compiled once, exactly as renderEmail does', async (_, v) => {
    const prepared = await prepareVariant(v);
    expect(prepared).toMatchObject({ fast: true, reason: null });
    for (const ctx of PEOPLE) equal(await renderEmail(v, ctx), await renderPrepared(prepared, ctx));
  });

  it.each([
    ['a block around whole sections', SECTIONS, /outside text/],
    ['an unescaped output', variant(body('<mj-text>{{ contact.first_name | raw }}</mj-text>')), /raw/],
    ['Liquid in an HTML comment', variant(body('<mj-text><!-- {{ contact.email }} -->Hello</mj-text>')), /comments/],
    ['Liquid in an attribute MJML computes with', variant('<mjml><mj-body><mj-section background-color="{{ contact.company }}"><mj-column><mj-text>x</mj-text></mj-column></mj-section></mj-body></mjml>'), /background-color of <mj-section>/],
    ['a block across two texts', variant(body('<mj-text>{% if contact.company %}A</mj-text><mj-text>B{% endif %}</mj-text>')), /does not close within its text/],
    ['a branch that leaves a tag open', variant(body('<mj-text>{% if contact.company %}<b title="{% endif %}x">y</mj-text>')), /balanced markup/],
    ['Liquid before the body, where the preheader goes', variant(`{% assign n = 1 %}${body('<mj-text>{{ n }}</mj-text>')}`, { preheader: 'News' }), /before <mj-head>/],
    ['inlined styles', variant(`<mjml><mj-head><mj-style inline="inline">.x { color: red; }</mj-style></mj-head><mj-body><mj-section><mj-column><mj-text css-class="x">{{ contact.first_name }}</mj-text></mj-column></mj-section></mj-body></mjml>`), /inlined/],
    ['Liquid in an unquoted attribute of a link', variant(body('<mj-text><a href={{ unsubscribe_url }}>Unsubscribe</a></mj-text>')), /unquoted value/],
    ['attributes MJML reorders in a template that assigns', variant(body('<mj-text>{% assign who = contact.first_name %}{{ who }}</mj-text><mj-image src="https://x.example/{{ contact.email }}.png" href="https://x.example/{{ who }}" />')), /moves/],
    ['a tag it does not model', variant(body('<mj-text>{% cycle "a", "b" %}{{ contact.email }}</mj-text>')), /cycle/],
  ])('falls back to renderEmail for %s, with the same result', async (_, v, reason) => {
    const prepared = await prepareVariant(v);
    expect(prepared.fast).toBe(false);
    expect(prepared.reason).toMatch(reason);
    for (const ctx of PEOPLE.slice(0, 4)) equal(await renderEmail(v, ctx), await renderPrepared(prepared, ctx));
  });

  it('keeps what MJML trims, links MJML drops when empty, and a preheader that renders blank', async () => {
    const v = variant(body('<mj-text>\n  {{ contact.first_name }}  \n</mj-text><mj-button href="{{ preferences_url }}">{% if contact.company %} {{ contact.company }} {% endif %}</mj-button><mj-image src="https://x.example/a.png" href="{{ unsubscribe_url }}" />'), {
      preheader: '{% if contact.first_name %}{{ contact.first_name }}{% endif %}',
    });
    const prepared = await prepareVariant(v);
    expect(prepared.fast).toBe(true);
    const cases = [person({ first_name: '  Ann  ', company: '' }), person({ first_name: ' ', company: '  ' }, { preferences_url: '', unsubscribe_url: 'false' }), person({ first_name: null, company: 'X' }, { preferences_url: 'false', unsubscribe_url: '' })];
    for (const ctx of cases) equal(await renderEmail(v, ctx), await renderPrepared(prepared, ctx));
    // MJML writes a button without a link as a paragraph there: the per-person path is not a no-op.
    expect((await renderPrepared(prepared, cases[1]!)).html).toMatch(/<p\s+href=""/);
  });

  it('renders a variant it was not given by prepareVariant through renderEmail', async () => {
    const forged = { variant: SMALL, fast: true, reason: null };
    equal(await renderEmail(SMALL, SAMPLE_CONTEXT), await renderPrepared(forged, SAMPLE_CONTEXT));
  });

  it.each([
    ['the newsletter', NEWSLETTER, 40],
    ['buttons, links and a preheader that may be blank', BUTTONS, 120],
  ])('equals renderEmail for any values: %s', async (_, v, numRuns) => {
    const prepared = await prepareVariant(v);
    expect(prepared.fast).toBe(true);
    const special = fc.constantFrom('<', '>', '&', '&amp;', '"', "'", ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '中', '文', 'é', 'a', 'Z', '{{', '%}', '-->', 'Lqx0X', '1Z', 'false', '</mj-text>');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 24 }), fc.string({ unit: special, maxLength: 12 }), fc.constantFrom('', 'false', ' '));
    const context: fc.Arbitrary<RenderContext> = fc.record({
      contact: fc.record({ first_name: fc.option(text, { nil: null }), last_name: fc.option(text, { nil: null }), email: text, company: fc.option(text, { nil: null }) }),
      company: fc.record({ name: text, postal_address: text }),
      unsubscribe_url: text,
      preferences_url: text,
      campaign: fc.option(fc.record({ name: text }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(context, async (ctx) => {
        expect(await outcome(renderPrepared(prepared, ctx))).toEqual(await outcome(renderEmail(v, ctx)));
      }),
      { numRuns },
    );
  }, 60_000);

  it.each([
    ['render time', '{% for i in (1..3000) %}{% for j in (1..3000) %}{% endfor %}{% endfor %}', /template render limit exceeded/],
    ['memory', '{% for i in (1..100000000) %}x{% endfor %}', /memory alloc limit exceeded/],
  ])('fails as renderEmail fails when a person trips the sandbox (%s limit)', async (_, loop, limit) => {
    const v = variant(body(`<mj-text>{% if contact.company == "Loop Ltd" %}${loop}{% endif %}{{ contact.first_name }}</mj-text>`));
    const prepared = await prepareVariant(v);
    expect(prepared.fast).toBe(true);
    const looping = person({ company: 'Loop Ltd' });
    const expected = await outcome(renderEmail(v, looping));
    expect(expected).toEqual({ error: expect.stringMatching(limit) });
    expect(await outcome(renderPrepared(prepared, looping))).toEqual(expected);
    equal(await renderEmail(v, SAMPLE_CONTEXT), await renderPrepared(prepared, SAMPLE_CONTEXT));
  }, 30_000);

  it('renders per person, failing the same way, a template that trips the sandbox for everyone', async () => {
    const v = variant(body('<mj-text>{% for i in (1..100000000) %}x{% endfor %}</mj-text>'));
    const prepared = await prepareVariant(v);
    expect(prepared).toMatchObject({ fast: false, reason: expect.stringMatching(/fails on sample values: memory alloc limit exceeded/) });
    const expected = await outcome(renderEmail(v, SAMPLE_CONTEXT));
    expect(expected).toEqual({ error: expect.stringMatching(/limit/) });
    expect(await outcome(renderPrepared(prepared, SAMPLE_CONTEXT))).toEqual(expected);
  }, 30_000);
});
