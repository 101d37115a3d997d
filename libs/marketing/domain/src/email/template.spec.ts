import { pickVariant, renderEmail, SAMPLE_CONTEXT, templateProblems, type TemplateVariant } from './template';

const body = (inner: string) => `<mjml><mj-body><mj-section><mj-column>${inner}</mj-column></mj-section></mj-body></mjml>`;
const GOOD = body('<mj-text>Hello {{ contact.first_name | default: "there" }}</mj-text><mj-text><a href="{{ unsubscribe_url }}">Unsubscribe</a> · {{ company.postal_address }}</mj-text>');
const variant = (v: Partial<TemplateVariant> = {}): TemplateVariant => ({ locale: 'en', subject: 'News for {{ contact.first_name | default: "you" }}', preheader: null, mjml: GOOD, ...v });

describe('templateProblems', () => {
  it('accepts a marketing template with the unsubscribe link and the postal address in every language', async () => {
    expect(await templateProblems([variant(), variant({ locale: 'zh-CN', subject: '{{ contact.last_name }}，您好' })], 'marketing')).toEqual([]);
  });

  it('refuses a marketing variant without the unsubscribe link or the address; transactional mail needs neither', async () => {
    const bare = variant({ mjml: body('<mj-text>Hello</mj-text>') });
    expect(await templateProblems([bare], 'marketing')).toEqual([
      { path: 'variants.0.mjml', message: 'A marketing email needs the unsubscribe link (unsubscribe_url).' },
      { path: 'variants.0.mjml', message: 'A marketing email needs the postal address (company.postal_address).' },
    ]);
    expect(await templateProblems([bare], 'transactional')).toEqual([]);
  });

  it('names what is wrong: no subject, two variants of one language, Liquid that does not parse, MJML that does not compile', async () => {
    const problems = await templateProblems(
      [variant({ subject: ' ' }), variant({ mjml: GOOD.replace('</mj-text>', '{% if %}</mj-text>') }), variant({ locale: 'zh-TW', mjml: GOOD.replace('<mj-text>', '<mj-bogus>') })],
      'marketing',
    );
    expect(problems.map((p) => p.path)).toEqual(['variants.0.subject', 'variants.1.locale', 'variants.1.mjml', 'variants.2.mjml']);
    expect(problems[2]!.message).toMatch(/^The personalisation does not parse/);
    expect(problems[3]!.message).toMatch(/^The MJML is not valid: .*mj-bogus/);
    expect(await templateProblems([], 'marketing')).toEqual([{ path: 'variants', message: 'Write the email in at least one language.' }]);
  });
});

describe('renderEmail', () => {
  it('personalises with fallbacks, escapes what people typed, and derives the plain text', async () => {
    const mail = await renderEmail(variant({ preheader: 'Our news of the month' }), { ...SAMPLE_CONTEXT, contact: { ...SAMPLE_CONTEXT.contact, first_name: '<img src=x onerror=alert(1)>' } });
    expect(mail.subject).toBe('News for <img src=x onerror=alert(1)>');
    expect(mail.html).toContain('Hello &lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).toContain('Our news of the month');
    expect(mail.html).toContain(`href="${SAMPLE_CONTEXT.unsubscribe_url}"`);
    expect(mail.text).toContain('Hello <img src=x onerror=alert(1)>');
    expect(mail.text).toContain(`Unsubscribe [${SAMPLE_CONTEXT.unsubscribe_url}]`);
    const anonymous = await renderEmail(variant(), { ...SAMPLE_CONTEXT, contact: { ...SAMPLE_CONTEXT.contact, first_name: null } });
    expect(anonymous.subject).toBe('News for you');
    expect(anonymous.text).toContain('Hello there');
  });

  it('stops a template that would loop for ever instead of hanging the sender', async () => {
    await expect(renderEmail(variant({ mjml: body('<mj-text>{% for i in (1..100000000) %}x{% endfor %}</mj-text>') }), SAMPLE_CONTEXT)).rejects.toThrow(/limit/);
  });
});

describe('pickVariant', () => {
  it('takes the reader’s language, else English, else the first', () => {
    const zh = variant({ locale: 'zh-CN' });
    const tw = variant({ locale: 'zh-TW' });
    expect(pickVariant([variant(), zh], 'zh-CN')).toBe(zh);
    expect(pickVariant([zh, variant()], 'zh-TW')?.locale).toBe('en');
    expect(pickVariant([tw, zh], 'fr')).toBe(tw);
  });
});
