import fc from 'fast-check';
import { AppError } from '@rapport/shared-errors';
import { escapeHtml } from '@rapport/shared-util';
import { renderEmail, SAMPLE_CONTEXT, type TemplateVariant } from '../email/template';
import { trackLinks, trackTextLinks, type TrackingOptions } from './track-links';
import { MAX_TRACKED_URL_LENGTH, trackableUrl, verifyTrackingToken } from './tracking-token';

const SECRET = 'a-test-secret-of-some-length-0123456789';
const ORIGIN = 'https://crm.example.com';
const UTM = { source: 'rapport', campaign: 'spring' };
const OPTIONS: TrackingOptions = {
  sendId: '1001',
  secret: SECRET,
  origin: ORIGIN,
  utm: UTM,
  untracked: [`${ORIGIN}/api/public/unsubscribe/`, `${ORIGIN}/api/public/preferences/`],
};
/** A click redirect: the token is `c<id>.<url>.<22-character MAC>`, so a full stop after it is the sentence's. */
const CLICK = /https:\/\/crm\.example\.com\/api\/public\/t\/c\/(c\d+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22})/g;
const PIXEL = /<img src="https:\/\/crm\.example\.com\/api\/public\/t\/o\/([A-Za-z0-9_.-]+)" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px" \/>/;

/** Where each tracked link of the output goes, in order. */
const destinations = (out: string) => [...out.matchAll(CLICK)].map((m) => verifyTrackingToken(m[1], SECRET));

describe('trackLinks', () => {
  it('sends web links through the redirect with the UTM values and closes the body with the open pixel', () => {
    const html = `<html><body><p><a href="https://example.com/offer?x=1#top" target="_blank" style="color:red">Offer</a>
      <a href='http://example.com/b'>B</a> <a href=https://example.com/offer?x=1#top>again</a></p></body></html>`;
    const { html: out, links } = trackLinks(html, OPTIONS);
    const offer = 'https://example.com/offer?x=1&utm_source=rapport&utm_medium=email&utm_campaign=spring#top';
    const b = 'http://example.com/b?utm_source=rapport&utm_medium=email&utm_campaign=spring';
    expect(destinations(out)).toEqual([
      { kind: 'click', sendId: '1001', url: offer },
      { kind: 'click', sendId: '1001', url: b },
      { kind: 'click', sendId: '1001', url: offer },
    ]);
    expect(links).toEqual([
      { index: 0, url: offer },
      { index: 1, url: b },
    ]);
    // The other attributes stay where they were; every href becomes double-quoted.
    expect(out).toMatch(/<a href="https:\/\/crm\.example\.com\/api\/public\/t\/c\/[^"]+" target="_blank" style="color:red">Offer<\/a>/);
    expect(out).toMatch(/<a href="[^"]+">again<\/a>/);
    const pixel = out.match(PIXEL);
    expect(verifyTrackingToken(pixel?.[1], SECRET)).toEqual({ kind: 'open', sendId: '1001' });
    expect(out.endsWith(`${pixel![0]}</body></html>`)).toBe(true);
  });

  it('leaves mailto:, tel:, anchors, relative links, the unsubscribe and preference links and marked links exactly as written', () => {
    const untouched = [
      '<a href="mailto:sales@example.com?subject=Hi">mail</a>',
      '<a href="tel:+862112345678">call</a>',
      '<a href="#section-2">down</a>',
      '<a href="/relative/page">relative</a>',
      '<a href="https://crm.example.com/api/public/unsubscribe/abc.def">Unsubscribe</a>',
      '<a  HREF = "https://crm.example.com/api/public/preferences/abc.def" >Preferences</a>',
      '<a data-rapport-notrack href="https://example.com/private">not tracked</a>',
      '<a href="javascript:alert(1)">js</a>',
      '<a href="&#x6a;avascript:alert(1)">encoded js</a>',
      '<a name="anchor">no href</a>',
      `<a href="https://example.com/${'x'.repeat(MAX_TRACKED_URL_LENGTH)}">too long</a>`,
    ].join('\n');
    const { html: out, links } = trackLinks(`<body>${untouched}</body>`, OPTIONS);
    expect(out.replace(PIXEL, '')).toBe(`<body>${untouched}</body>`);
    expect(links).toEqual([]);
  });

  it('follows the link a browser would: entities decoded, the first href of two, a link already tracked not wrapped again', () => {
    const html = '<body><a href="https&#58;//example.com/?a=1&amp;b=2&copy=3" href="https://evil.example/">x</a></body>';
    const once = trackLinks(html, { ...OPTIONS, utm: null });
    expect(destinations(once.html)).toEqual([{ kind: 'click', sendId: '1001', url: 'https://example.com/?a=1&b=2&copy=3' }]);
    expect(once.html).toContain('href="https://evil.example/"');
    const twice = trackLinks(once.html, { ...OPTIONS, openPixel: false });
    expect(twice.html).toBe(once.html);
    expect(twice.links).toEqual([]);
  });

  it('tracks without the UTM values a destination they would push over the length limit', () => {
    const long = `https://example.com/${'x'.repeat(MAX_TRACKED_URL_LENGTH - 30)}`;
    expect(destinations(trackLinks(`<a href="${long}">x</a>`, OPTIONS).html)).toEqual([{ kind: 'click', sendId: '1001', url: long }]);
  });

  it('puts the pixel at the real end of the body (not a </body> in a comment or a script), or at the end when there is none', () => {
    const html = '<html><body><!-- </body> --><script>"</body>"</script><p>x</p></body>\n</html>';
    const out = trackLinks(html, OPTIONS).html;
    expect(out.indexOf('<img')).toBe(html.indexOf('</body>\n'));
    expect(out.replace(PIXEL, '')).toBe(html);
    const fragment = trackLinks('<p>Hello</p>', OPTIONS).html;
    expect(fragment).toMatch(new RegExp(`^<p>Hello</p>${PIXEL.source}$`));
    expect(trackLinks('<p>Hello</p>', { ...OPTIONS, openPixel: false }).html).toBe('<p>Hello</p>');
  });

  it('refuses a public address that is not an http(s) URL (a setup mistake, not the mail’s)', () => {
    for (const origin of ['crm.example.com', 'javascript:alert(1)', 'https://crm.example.com/?x=1']) {
      expect(() => trackLinks('<p>x</p>', { ...OPTIONS, origin })).toThrow(AppError);
    }
    const under = trackLinks('<a href="https://example.com/">x</a>', { ...OPTIONS, origin: 'https://example.com/crm/' }).html;
    expect(under).toMatch(/href="https:\/\/example\.com\/crm\/api\/public\/t\/c\/[^"]+"/);
  });

  it('never throws on any HTML and never issues a redirect to anything but an http(s) URL', () => {
    const pieces = fc.constantFrom('<a href="', '<a href=', "<a href='", '"', "'", '>', '</a>', '<body>', '</body>', '<!--', '-->', '<script>', '</script>', '<style>',
      'https://example.com/p?q=1', 'http://x.y/', 'javascript:', 'JaVaScRiPt:', 'data:text/html,', 'mailto:a@b.c', 'https:', '//', '&amp;', '&#58;', '&#x6a;', '&',
      ' data-rapport-notrack', ' ', '\n', '\t', '\u0000', '#', '?', '<', '测试');
    // Whole links too, with destinations good, bad and random, so some of them are trackable.
    const href = fc.oneof(pieces, fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), fc.array(pieces, { maxLength: 5 }).map((p) => p.join('')));
    const link = fc.tuple(fc.constantFrom('<a href="', "<a href='", '<a href=', '<a data-rapport-notrack href="'), href, fc.constantFrom('">', "'>", ' >', '"', ''), fc.string()).map((p) => p.join(''));
    let redirects = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string(), { arbitrary: link, weight: 3 }), { maxLength: 40 }).map((p) => p.join('')), (html) => {
        const { html: out, links } = trackLinks(html, OPTIONS);
        // Any redirect at all, whatever its token looks like.
        for (const [, token] of out.matchAll(/\/api\/public\/t\/c\/([^"'\s>]*)/g)) {
          const target = verifyTrackingToken(token, SECRET);
          expect(target?.kind).toBe('click');
          const url = target?.kind === 'click' ? target.url : '';
          expect(url).toMatch(/^https?:\/\//);
          expect(trackableUrl(url)).toBe(url);
          redirects++;
        }
        for (const l of links) expect(l.url).toMatch(/^https?:\/\//);
      }),
      { numRuns: 500 },
    );
    // The generator does write trackable links, so the property is not held by there being none.
    expect(redirects).toBeGreaterThan(20);
  });
});

describe('trackTextLinks', () => {
  it('tracks bare web addresses, stopping at the sentence’s punctuation, brackets and Chinese text', () => {
    const text = 'See https://example.com/a. Or (https://example.com/wiki/A_(b)), [https://example.com/c], 访问https://example.com/d。谢谢 mailto:a@b.c';
    const { text: out, links } = trackTextLinks(text, { ...OPTIONS, utm: null });
    expect(links.map((l) => l.url)).toEqual(['https://example.com/a', 'https://example.com/wiki/A_(b)', 'https://example.com/c', 'https://example.com/d']);
    const t = [...out.matchAll(CLICK)].map((m) => m[0]);
    expect(out).toBe(`See ${t[0]}. Or (${t[1]}), [${t[2]}], 访问${t[3]}。谢谢 mailto:a@b.c`);
  });

  it('leaves the unsubscribe and preference addresses alone', () => {
    const text = `Unsubscribe [${ORIGIN}/api/public/unsubscribe/x.y]\nPreferences: ${ORIGIN}/api/public/preferences/x.y`;
    expect(trackTextLinks(text, OPTIONS)).toEqual({ text, links: [] });
  });
});

describe('tracking a rendered template', () => {
  const mjml = `<mjml><mj-body><mj-section><mj-column>
    <mj-image src="https://example.com/logo.png" href="https://example.com/?from=logo&amp;x=1" />
    <mj-button href="https://example.com/offer#buy">Buy</mj-button>
    <mj-text>Hello {{ contact.first_name }}, <a href="https://example.com/news">news</a> · <a href="mailto:sales@example.com">mail us</a></mj-text>
    <mj-text><a href="{{ unsubscribe_url }}">Unsubscribe</a> · <a href="{{ preferences_url }}">Preferences</a> · {{ company.postal_address }}</mj-text>
  </mj-column></mj-section></mj-body></mjml>`;
  const variant: TemplateVariant = { locale: 'en', subject: 'News', preheader: null, mjml };
  const options: TrackingOptions = { ...OPTIONS, untracked: ['https://example.com/api/public/unsubscribe/', 'https://example.com/api/public/preferences/'] };

  it('tracks the image, button and text links of the MJML output and nothing else, changing no other byte', async () => {
    const mail = await renderEmail(variant, SAMPLE_CONTEXT);
    const { html, links } = trackLinks(mail.html, { ...options, utm: null });
    expect(links.map((l) => l.url)).toEqual(['https://example.com/?from=logo&x=1', 'https://example.com/offer#buy', 'https://example.com/news']);
    expect(html).toContain(`href="${SAMPLE_CONTEXT.unsubscribe_url}"`);
    expect(html).toContain(`href="${SAMPLE_CONTEXT.preferences_url}"`);
    expect(html).toContain('href="mailto:sales@example.com"');
    expect(html).toMatch(new RegExp(`${PIXEL.source}\\s*</body>`));
    // Put each destination back (MJML escapes the & it was given) and drop the pixel: the rendering comes back byte for byte.
    const restored = html.replace(PIXEL, '').replace(CLICK, (_, token: string) => {
      const target = verifyTrackingToken(token, SECRET);
      return target?.kind === 'click' ? escapeHtml(target.url) : 'lost';
    });
    expect(restored).toBe(mail.html);
  });

  it('tracks the same links in the plain-text part, with the same tokens, and the UTM values in both', async () => {
    const mail = await renderEmail(variant, SAMPLE_CONTEXT);
    const html = trackLinks(mail.html, options);
    const text = trackTextLinks(mail.text, options);
    expect(text.links).toEqual(html.links);
    expect(html.links[2]).toEqual({ index: 2, url: 'https://example.com/news?utm_source=rapport&utm_medium=email&utm_campaign=spring' });
    expect(text.text).toContain(SAMPLE_CONTEXT.unsubscribe_url);
    const tokensIn = (s: string) => [...s.matchAll(CLICK)].map((m) => m[1]);
    expect(new Set(tokensIn(text.text))).toEqual(new Set(tokensIn(html.html)));
  });
});
