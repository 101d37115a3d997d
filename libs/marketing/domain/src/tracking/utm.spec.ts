import { addUtm } from './utm';

const UTM = { source: 'rapport', campaign: 'spring-2026' };

describe('addUtm', () => {
  it('appends source, medium=email and campaign, before the fragment, after an existing query left as written', () => {
    expect(addUtm('https://example.com/offer', UTM)).toBe('https://example.com/offer?utm_source=rapport&utm_medium=email&utm_campaign=spring-2026');
    expect(addUtm('https://example.com/a?q=a%20b+c&x=1#top', UTM)).toBe('https://example.com/a?q=a%20b+c&x=1&utm_source=rapport&utm_medium=email&utm_campaign=spring-2026#top');
    expect(addUtm('https://example.com/a?#', UTM)).toBe('https://example.com/a?utm_source=rapport&utm_medium=email&utm_campaign=spring-2026#');
    expect(addUtm('https://example.com/a?x=1&', UTM)).toBe('https://example.com/a?x=1&utm_source=rapport&utm_medium=email&utm_campaign=spring-2026');
  });

  it('adds content when given, a medium other than email when given, and encodes the values', () => {
    expect(addUtm('http://example.com/', { source: 'news letter', campaign: '春季 & 新品', medium: 'newsletter', content: 'hero-button' })).toBe(
      'http://example.com/?utm_source=news%20letter&utm_medium=newsletter&utm_campaign=%E6%98%A5%E5%AD%A3%20%26%20%E6%96%B0%E5%93%81&utm_content=hero-button',
    );
    expect(addUtm('https://example.com/', { ...UTM, content: null })).not.toContain('utm_content');
    expect(addUtm('https://example.com/', { source: '', campaign: 'c' })).toBe('https://example.com/?utm_medium=email&utm_campaign=c');
  });

  it('never overwrites a UTM parameter the author set, in any letter case or encoding', () => {
    expect(addUtm('https://example.com/?utm_source=partner&utm_campaign=own', UTM)).toBe('https://example.com/?utm_source=partner&utm_campaign=own&utm_medium=email');
    expect(addUtm('https://example.com/?UTM_Medium=social&utm%5Fsource=x', UTM)).toBe('https://example.com/?UTM_Medium=social&utm%5Fsource=x&utm_campaign=spring-2026');
    const complete = 'https://example.com/?utm_source=a&utm_medium=b&utm_campaign=c#x';
    expect(addUtm(complete, UTM)).toBe(complete);
  });

  it('leaves anything but an http(s) URL alone', () => {
    for (const url of ['mailto:ann@example.com?subject=hi', 'tel:+8621123', '#top', '/relative', 'javascript:void(0)']) expect(addUtm(url, UTM)).toBe(url);
  });
});
