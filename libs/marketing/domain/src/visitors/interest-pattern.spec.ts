import fc from 'fast-check';
import { compilePattern, compileRules, interestCounts, normalizePattern, productLinesOf } from './interest-pattern';
import { normalizePageUrl, pageKey } from './page-view-batch';

const key = (url: string) => pageKey(normalizePageUrl(url)!);
const matches = (pattern: string, url: string) => compilePattern(normalizePattern(pattern)!)(key(url));

describe('normalizePattern', () => {
  it('keeps paths and host paths, lower-cased, without a scheme', () => {
    expect(normalizePattern(' /Pricing* ')).toBe('/pricing*');
    expect(normalizePattern('https://Shop.Example.com/Products/*')).toBe('shop.example.com/products/*');
    expect(normalizePattern('*.example.com/cloud')).toBe('*.example.com/cloud');
  });

  it('refuses what cannot be a pattern', () => {
    for (const bad of ['', '   ', '*', '**', '/a b', '/pricing?x=1', '/a#b', 'not a host/x', 'ex ample.com', 'x'.repeat(301), 42, null, 'example.com:8080/x']) {
      expect(normalizePattern(bad)).toBeNull();
    }
  });
});

describe('compilePattern', () => {
  it('matches a path on any host, with or without a trailing slash, and ignores the query', () => {
    expect(matches('/pricing', 'https://www.example.com/pricing')).toBe(true);
    expect(matches('/pricing', 'https://shop.example.com/pricing/?plan=pro#faq')).toBe(true);
    expect(matches('/pricing', 'https://www.example.com/pricing/enterprise')).toBe(false);
    expect(matches('/pricing*', 'https://www.example.com/pricing/enterprise')).toBe(true);
    expect(matches('/PRICING', 'https://www.example.com/Pricing')).toBe(true);
  });

  it('matches a host pattern only on that host, a wildcard host on its subdomains', () => {
    expect(matches('shop.example.com/products/*', 'https://shop.example.com/products/cloud-erp')).toBe(true);
    expect(matches('shop.example.com/products/*', 'https://www.example.com/products/cloud-erp')).toBe(false);
    expect(matches('*.example.com/products/*', 'https://www.example.com/products/cloud-erp')).toBe(true);
    expect(matches('*.example.com/products/*', 'https://example.com/products/cloud-erp')).toBe(true);
    expect(matches('*.example.com/products/*', 'https://example.com.evil.test/products/x')).toBe(false);
  });

  it('treats regular-expression characters as themselves', () => {
    expect(matches('/a.b', 'https://x.test/a.b')).toBe(true);
    expect(matches('/a.b', 'https://x.test/axb')).toBe(false);
    expect(matches('/(c)+', 'https://x.test/(c)+')).toBe(true);
  });

  it('matches the site root with /', () => {
    expect(matches('/', 'https://www.example.com/')).toBe(true);
    expect(matches('/', 'https://www.example.com/about')).toBe(false);
  });

  it('a pattern without * matches exactly its own path (property)', () => {
    const segment = fc.stringMatching(/^[a-z0-9._-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.array(segment, { minLength: 1, maxLength: 4 }), (a, b) => {
        const pathA = `/${a.join('/')}`;
        const pathB = `/${b.join('/')}`;
        const test = compilePattern(normalizePattern(pathA)!);
        expect(test(`www.example.com${pathA}`)).toBe(true);
        expect(test(`www.example.com${pathB}`)).toBe(pathA === pathB);
      }),
    );
  });

  it('a trailing * matches every page below its prefix and never throws on any text (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\/[a-z0-9/]{0,10}$/), fc.string({ maxLength: 40 }), (prefix, rest) => {
        const pattern = normalizePattern(`${prefix}*`);
        if (!pattern) return;
        const test = compilePattern(pattern);
        expect(test(`h.test${pattern.slice(0, -1)}${rest.replace(/[?#\s]/g, '')}`.toLowerCase())).toBe(true);
        expect(() => test(rest)).not.toThrow();
      }),
    );
  });
});

describe('interests', () => {
  const rules = compileRules([
    { pattern: '/pricing*', productLine: 'Cloud ERP' },
    { pattern: '/products/erp*', productLine: 'Cloud ERP' },
    { pattern: '/products/crm*', productLine: 'CRM' },
    { pattern: '/bundles/erp-crm', productLine: 'CRM' },
    { pattern: '/bundles/erp-crm', productLine: 'Cloud ERP' },
  ]);

  it('gives each page its product lines once, in rule order', () => {
    expect(productLinesOf('www.example.com/pricing', rules)).toEqual(['Cloud ERP']);
    expect(productLinesOf('www.example.com/bundles/erp-crm', rules)).toEqual(['CRM', 'Cloud ERP']);
    expect(productLinesOf('www.example.com/about', rules)).toEqual([]);
  });

  it('counts views per product line, most viewed first, with the latest view', () => {
    const at = (d: number) => new Date(Date.UTC(2026, 11, d));
    const counts = interestCounts(
      [
        { page: 'www.example.com/pricing', views: 3, lastViewedAt: at(2) },
        { page: 'www.example.com/products/erp/finance', views: 2, lastViewedAt: at(5) },
        { page: 'www.example.com/products/crm', views: 1, lastViewedAt: at(1) },
        { page: 'www.example.com/bundles/erp-crm', views: 1, lastViewedAt: at(3) },
        { page: 'www.example.com/about', views: 9, lastViewedAt: at(6) },
      ],
      rules,
    );
    expect(counts).toEqual([
      { productLine: 'Cloud ERP', views: 6, lastViewedAt: at(5) },
      { productLine: 'CRM', views: 2, lastViewedAt: at(3) },
    ]);
  });
});
