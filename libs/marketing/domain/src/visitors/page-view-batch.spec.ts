import { checkPageViewBatch, MAX_VIEWS_PER_BATCH, normalizePageUrl, pageKey } from './page-view-batch';

const visitorId = '0b9f1c3e-5d7a-4c2b-9e8f-123456789abc';
const view = (over: Record<string, unknown> = {}) => ({ url: 'https://www.example.com/pricing?plan=pro#faq', title: ' Pricing ', referrer: 'https://www.google.com/', ageMs: 1500, ...over });
const problemsOf = (body: unknown) => {
  const r = checkPageViewBatch(body);
  return r.ok ? [] : r.problems.map((p) => [p.path, p.messageKey]);
};

describe('checkPageViewBatch', () => {
  it('takes a batch, trimming titles and dropping fragments and our identity parameter', () => {
    const r = checkPageViewBatch({ visitorId: visitorId.toUpperCase(), views: [view(), view({ url: 'https://Shop.Example.com/products/erp/?rapport_pid=abc&x=1', title: '', referrer: '' })], identity: 'tok' });
    expect(r).toEqual({
      ok: true,
      batch: {
        visitorId,
        identity: 'tok',
        views: [
          { url: 'https://www.example.com/pricing?plan=pro', page: 'www.example.com/pricing', title: 'Pricing', referrer: 'https://www.google.com/', ageMs: 1500 },
          { url: 'https://shop.example.com/products/erp/?x=1', page: 'shop.example.com/products/erp', title: null, referrer: null, ageMs: 1500 },
        ],
      },
    });
  });

  it('refuses a body that is not an object', () => {
    for (const body of [null, [], 'x', 42, true]) expect(problemsOf(body)).toEqual([['', 'marketing.visitorBody']]);
  });

  it('names every bad field at once, with its path', () => {
    expect(
      problemsOf({
        visitorId: 'nope',
        extra: 1,
        views: [view({ url: 'javascript:alert(1)' }), view({ title: 'T'.repeat(301), ageMs: -1 }), 'x', view({ referrer: 'ftp://x', color: 'red' })],
      }),
    ).toEqual([
      ['extra', 'validation.unknownField'],
      ['visitorId', 'marketing.visitorId'],
      ['views.0.url', 'marketing.visitorUrl'],
      ['views.1.title', 'marketing.visitorTitle'],
      ['views.1.ageMs', 'marketing.visitorAge'],
      ['views.2', 'marketing.visitorView'],
      ['views.3.color', 'validation.unknownField'],
      ['views.3.referrer', 'marketing.visitorReferrer'],
    ]);
  });

  it('caps the batch size and refuses an empty one', () => {
    expect(problemsOf({ visitorId, views: [] })).toEqual([['views', 'marketing.visitorViews']]);
    expect(problemsOf({ visitorId, views: Array.from({ length: MAX_VIEWS_PER_BATCH + 1 }, () => view()) })).toEqual([['views', 'marketing.visitorViews']]);
    expect(problemsOf({ visitorId, views: Array.from({ length: MAX_VIEWS_PER_BATCH }, () => view()) })).toEqual([]);
  });

  it('refuses over-long URLs, URLs with credentials, NUL bytes and prototype keys', () => {
    expect(problemsOf({ visitorId, views: [view({ url: `https://x.test/${'a'.repeat(2100)}` })] })).toEqual([['views.0.url', 'marketing.visitorUrl']]);
    expect(problemsOf({ visitorId, views: [view({ url: 'https://user:pw@x.test/' })] })).toEqual([['views.0.url', 'marketing.visitorUrl']]);
    expect(problemsOf({ visitorId, views: [view({ title: 'a\u0000b' })] })[0]?.[0]).toBe('views.0.title');
    expect(checkPageViewBatch(JSON.parse(`{"visitorId":"${visitorId}","views":[],"__proto__":{"x":1}}`)).ok).toBe(false);
  });

  it('refuses an identity that is not a short string', () => {
    expect(problemsOf({ visitorId, views: [view()], identity: 'x'.repeat(201) })).toEqual([['identity', 'marketing.visitorIdentity']]);
    expect(problemsOf({ visitorId, views: [view()], identity: 7 })).toEqual([['identity', 'marketing.visitorIdentity']]);
  });
});

describe('pageKey', () => {
  it('is the host and path without scheme, query or trailing slash', () => {
    expect(pageKey(normalizePageUrl('https://WWW.Example.com/Docs/?a=1')!)).toBe('www.example.com/Docs');
    expect(pageKey(normalizePageUrl('http://example.com/')!)).toBe('example.com');
  });
});
