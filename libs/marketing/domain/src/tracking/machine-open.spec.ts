import { BURST_CLICKS, BURST_DISTINCT_LINKS, CLICK_WITHOUT_OPEN_SECONDS, judgeOpen, ON_DELIVERY_SECONDS, type OpenEvidence } from './machine-open';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const APPLE_MAIL = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
const OUTLOOK = 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328; Pro)';
const GMAIL_PROXY = 'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)';

const open = (userAgent: string | null, secondsSinceSent = 600): OpenEvidence => ({ kind: 'open', userAgent, secondsSinceSent });
const click = (userAgent: string | null, more: Partial<OpenEvidence> = {}): OpenEvidence => ({ kind: 'click', userAgent, secondsSinceSent: 600, ...more });

describe('judgeOpen', () => {
  it('counts a person’s open or click from a browser or mail app as human', () => {
    for (const ua of [CHROME, APPLE_MAIL, IPHONE, OUTLOOK]) expect(judgeOpen(open(ua))).toEqual({ machine: false, reason: null });
    for (const ua of [CHROME, IPHONE]) expect(judgeOpen(click(ua, { openedBefore: true, clicksInSameSecond: 1, distinctLinksClickedInSameSecond: 1, totalLinks: 5 }))).toEqual({ machine: false, reason: null });
    // A phone called CUBOT is no bot.
    expect(judgeOpen(open('Mozilla/5.0 (Linux; Android 9; CUBOT P30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36')).machine).toBe(false);
  });

  it('flags a request without a user agent', () => {
    expect(judgeOpen(open(null))).toEqual({ machine: true, reason: 'no-user-agent' });
    expect(judgeOpen(click('  '))).toEqual({ machine: true, reason: 'no-user-agent' });
  });

  it('flags Apple Mail Privacy Protection’s bare agent whenever it comes, and a click with it', () => {
    expect(judgeOpen(open('Mozilla/5.0', 5))).toEqual({ machine: true, reason: 'apple-privacy-proxy' });
    expect(judgeOpen(open('Mozilla/5.0', 3 * 86_400))).toEqual({ machine: true, reason: 'apple-privacy-proxy' });
    expect(judgeOpen(click('Mozilla/5.0'))).toEqual({ machine: true, reason: 'apple-privacy-proxy' });
    // Apple Mail without the proxy names its platform: a reader.
    expect(judgeOpen(open(APPLE_MAIL, 5)).machine).toBe(false);
  });

  it('counts Gmail’s image proxy as the human open it is, even soon after sending', () => {
    expect(judgeOpen(open(GMAIL_PROXY, 600))).toEqual({ machine: false, reason: null });
    expect(judgeOpen(open(GMAIL_PROXY, 1))).toEqual({ machine: false, reason: null });
  });

  it('flags Office’s link prefetch, but not Outlook showing images to its reader', () => {
    for (const ua of ['Mozilla/4.0 (compatible; ms-office; MSOffice 16)', 'Microsoft Office Existence Discovery', 'Microsoft Office Protocol Discovery', 'Microsoft Office Word 2014']) {
      expect(judgeOpen(click(ua))).toEqual({ machine: true, reason: 'office-prefetch' });
    }
    expect(judgeOpen(open('Mozilla/4.0 (compatible; ms-office; MSOffice 16)'))).toEqual({ machine: true, reason: 'office-prefetch' });
    expect(judgeOpen(click(OUTLOOK))).toEqual({ machine: true, reason: 'office-prefetch' });
    expect(judgeOpen(open(OUTLOOK)).machine).toBe(false);
  });

  it('flags security gateways, HTTP tools, headless browsers and self-declared bots by their agent', () => {
    for (const ua of [
      'Barracuda Sentinel (EE)',
      'Mozilla/5.0 (compatible; Mimecast URL Protect)',
      'Proofpoint URL Defense',
      'python-requests/2.31.0',
      'curl/8.5.0',
      'Wget/1.21',
      'Go-http-client/1.1',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    ]) {
      expect(judgeOpen(open(ua))).toEqual({ machine: true, reason: 'scanner-user-agent' });
      expect(judgeOpen(click(ua))).toEqual({ machine: true, reason: 'scanner-user-agent' });
    }
  });

  it('flags an open or a click within seconds of sending, before anyone can have read it', () => {
    expect(judgeOpen(open(CHROME, ON_DELIVERY_SECONDS - 0.5))).toEqual({ machine: true, reason: 'on-delivery' });
    expect(judgeOpen(click(CHROME, { secondsSinceSent: 0, openedBefore: true }))).toEqual({ machine: true, reason: 'on-delivery' });
    expect(judgeOpen(open(CHROME, ON_DELIVERY_SECONDS)).machine).toBe(false);
  });

  it('flags a click soon after sending with no open before it, but not when the open is unknown or came first', () => {
    expect(judgeOpen(click(CHROME, { secondsSinceSent: CLICK_WITHOUT_OPEN_SECONDS - 1, openedBefore: false }))).toEqual({ machine: true, reason: 'click-without-open' });
    expect(judgeOpen(click(CHROME, { secondsSinceSent: CLICK_WITHOUT_OPEN_SECONDS - 1, openedBefore: true })).machine).toBe(false);
    expect(judgeOpen(click(CHROME, { secondsSinceSent: CLICK_WITHOUT_OPEN_SECONDS - 1 })).machine).toBe(false);
    // Images blocked: a person clicks without any open, just not this fast.
    expect(judgeOpen(click(CHROME, { secondsSinceSent: CLICK_WITHOUT_OPEN_SECONDS, openedBefore: false })).machine).toBe(false);
  });

  it('flags a crawler walking every link in the same second, and a burst of clicks', () => {
    expect(judgeOpen(click(CHROME, { distinctLinksClickedInSameSecond: BURST_DISTINCT_LINKS, clicksInSameSecond: BURST_DISTINCT_LINKS, totalLinks: 12 }))).toEqual({ machine: true, reason: 'every-link-at-once' });
    expect(judgeOpen(click(CHROME, { distinctLinksClickedInSameSecond: 2, clicksInSameSecond: 2, totalLinks: 2 }))).toEqual({ machine: true, reason: 'every-link-at-once' });
    expect(judgeOpen(click(CHROME, { distinctLinksClickedInSameSecond: 2, clicksInSameSecond: 2, totalLinks: 5 })).machine).toBe(false);
    expect(judgeOpen(click(CHROME, { distinctLinksClickedInSameSecond: 1, clicksInSameSecond: BURST_CLICKS, totalLinks: 5 }))).toEqual({ machine: true, reason: 'click-burst' });
    // A double click is a person.
    expect(judgeOpen(click(CHROME, { distinctLinksClickedInSameSecond: 1, clicksInSameSecond: 2, totalLinks: 1 })).machine).toBe(false);
    // Opens carry no click counts to judge.
    expect(judgeOpen({ ...open(CHROME), clicksInSameSecond: 10, distinctLinksClickedInSameSecond: 10 }).machine).toBe(false);
  });
});
