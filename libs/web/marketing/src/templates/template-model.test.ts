import { describe, expect, it } from 'vitest';
import { draftsOf, LIQUID_VARIABLES, missingLocales, placeProblems, problemMessageKey, problemsAt, sameContent, starterMjml, starterVariant, variantsInput, type VariantDraft } from './template-model';

const draft = (locale: VariantDraft['locale'], o: Partial<VariantDraft> = {}): VariantDraft => ({ ...starterVariant(locale), subject: `S ${locale}`, ...o });

describe('starterMjml', () => {
  it('already has the unsubscribe link and the postal address every marketing email needs, in each language', () => {
    for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) {
      const mjml = starterMjml(locale);
      expect(mjml).toContain('{{ unsubscribe_url }}');
      expect(mjml).toContain('{{ company.postal_address }}');
      expect(mjml.startsWith('<mjml>') && mjml.endsWith('</mjml>')).toBe(true);
    }
    expect(starterMjml('zh-CN')).toContain('退订');
    expect(starterMjml('zh-TW')).toContain('取消訂閱');
    expect(starterMjml('en')).toContain('{{ contact.first_name | default: "there" }}');
  });
  it('uses only variables the help lists', () => {
    const used = [...starterMjml('en').matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]);
    expect(used.every((v) => (LIQUID_VARIABLES as readonly string[]).includes(v!))).toBe(true);
  });
});

describe('variants', () => {
  it('sends the languages in order, a blank preheader as none', () => {
    const input = variantsInput([draft('zh-CN', { preheader: '  ' }), draft('en', { preheader: 'Hi' })]);
    expect(input.map((v) => [v.locale, v.preheader])).toEqual([
      ['en', 'Hi'],
      ['zh-CN', null],
    ]);
  });
  it('offers the languages not written yet', () => {
    expect(missingLocales([draft('zh-CN')])).toEqual(['en', 'zh-TW']);
    expect(missingLocales([draft('en'), draft('zh-CN'), draft('zh-TW')])).toEqual([]);
  });
  it('reads saved variants back, leaving out a language the editor does not know', () => {
    expect(draftsOf([{ locale: 'zh-TW', subject: 'a', preheader: null, mjml: 'm' }, { locale: 'fr', subject: 'b', mjml: 'n' }, { locale: 'en', subject: 'c', mjml: 'o' }])).toEqual([
      { locale: 'en', subject: 'c', preheader: '', mjml: 'o' },
      { locale: 'zh-TW', subject: 'a', preheader: '', mjml: 'm' },
    ]);
  });
  it('knows when the content is what was saved (no new version) and when it changed', () => {
    const saved = [
      { locale: 'en', subject: 'S en', preheader: null, mjml: starterMjml('en') },
      { locale: 'zh-CN', subject: 'S zh-CN', preheader: 'p', mjml: starterMjml('zh-CN') },
    ];
    // A blank preheader is none, as the API stores it.
    expect(sameContent([draft('zh-CN', { preheader: 'p' }), draft('en', { preheader: ' ' })], saved)).toBe(true);
    expect(sameContent([draft('zh-CN', { preheader: 'p' }), draft('en')], saved)).toBe(true);
    expect(sameContent([draft('zh-CN', { preheader: 'q' }), draft('en')], saved)).toBe(false);
    expect(sameContent([draft('en')], saved)).toBe(false);
    expect(sameContent([draft('zh-CN', { preheader: 'p' }), draft('en', { subject: 'other' })], saved)).toBe(false);
  });
});

describe('problems', () => {
  const drafts = [draft('zh-TW'), draft('en')];
  it('puts each problem at its language and field, as sent (en first)', () => {
    const placed = placeProblems(
      [
        { path: 'variants.0.subject', message: 'A' },
        { path: 'input.variants.1.mjml', message: 'B' },
        { path: 'variants', message: 'C' },
      ],
      drafts,
    );
    expect(placed).toEqual([
      { locale: 'en', field: 'subject', message: 'A' },
      { locale: 'zh-TW', field: 'mjml', message: 'B' },
      { locale: null, field: null, message: 'C' },
    ]);
    expect(problemsAt(placed, 'zh-TW', 'mjml')).toEqual(['B']);
    expect(problemsAt(placed, 'en', 'mjml')).toEqual([]);
  });
  it("reads the API's English problems back into their message keys", () => {
    expect(problemMessageKey('A marketing email needs the unsubscribe link (unsubscribe_url).')).toEqual({ key: 'server.marketing.templateNeedsUnsubscribe', params: {} });
    expect(problemMessageKey('The MJML is not valid: Line 3: mj-foo is unknown')).toEqual({ key: 'server.marketing.templateMjml', params: { detail: 'Line 3: mj-foo is unknown' } });
    expect(problemMessageKey('The personalisation does not parse: tag "if" not closed, line:1, col:1.')).toEqual({
      key: 'server.marketing.templateLiquid',
      params: { detail: 'tag "if" not closed, line:1, col:1' },
    });
    expect(problemMessageKey('Something new.')).toBeNull();
  });
});
