import vm from 'node:vm';
import { VISITOR_SCRIPT } from './visitor-script';

/** Runs the script in a small fake browser and returns what it did: cookies written, beacons sent, form fields filled, the address bar. */
function run(options: { doNotTrack?: string; consent?: boolean; dataConsent?: string; href?: string; cookie?: string } = {}) {
  const beacons: { url: string; body: unknown }[] = [];
  const cookies: string[] = [];
  let cookieJar = options.cookie ?? '';
  let href = options.href ?? 'https://www.example.com/pricing?plan=pro';
  const listeners: Record<string, (() => void)[]> = {};
  const hidden = { name: 'visitorId', value: '' };
  const form = { matches: () => true, querySelector: () => hidden, appendChild: () => undefined };
  const timers: (() => void)[] = [];
  const document = {
    currentScript: { src: 'https://crm.example.com/api/public/visitors.js', getAttribute: (n: string) => (n === 'data-consent' ? options.dataConsent ?? null : null) },
    get cookie() {
      return cookieJar;
    },
    set cookie(v: string) {
      cookies.push(v);
      cookieJar = v.split(';')[0]!;
    },
    title: 'Pricing',
    referrer: 'https://www.google.com/',
    readyState: 'complete',
    visibilityState: 'visible',
    querySelectorAll: () => [form],
    createElement: () => ({}),
    addEventListener: (name: string, fn: () => void) => (listeners[name] ??= []).push(fn),
  };
  const window: Record<string, unknown> = {
    crypto: { randomUUID: () => '0b9f1c3e-5d7a-4c2b-9e8f-123456789abc' },
    addEventListener: (name: string, fn: () => void) => (listeners[name] ??= []).push(fn),
    ...(options.consent !== undefined ? { rapportConsent: options.consent } : {}),
  };
  const navigator = { doNotTrack: options.doNotTrack ?? null, sendBeacon: (url: string, body: string) => beacons.push({ url, body: JSON.parse(body) }) > 0 };
  const context = {
    window,
    document,
    navigator,
    location: {
      get href() {
        return href;
      },
      protocol: 'https:',
    },
    history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => (href = url) },
    URL,
    Date,
    Math,
    JSON,
    String,
    Uint8Array,
    setTimeout: (fn: () => void) => timers.push(fn),
    clearTimeout: () => undefined,
  };
  vm.runInNewContext(VISITOR_SCRIPT, context);
  const flushTimers = () => timers.splice(0).forEach((t) => t());
  return { beacons, cookies, hidden, href: () => href, flushTimers, window, fire: (name: string) => (listeners[name] ?? []).forEach((f) => f()) };
}

describe('the tracking script', () => {
  it('sets the visitor cookie, fills Rapport forms and sends the view to the endpoint as a batch', () => {
    const page = run();
    expect(page.cookies[0]).toMatch(/^rapport_vid=0b9f1c3e-5d7a-4c2b-9e8f-123456789abc; Path=\/; Max-Age=34128000; SameSite=Lax; Secure$/);
    expect(page.hidden.value).toBe('0b9f1c3e-5d7a-4c2b-9e8f-123456789abc');
    expect(page.beacons).toEqual([]);
    page.flushTimers();
    expect(page.beacons).toEqual([
      {
        url: 'https://crm.example.com/api/public/page-views',
        body: { visitorId: '0b9f1c3e-5d7a-4c2b-9e8f-123456789abc', views: [{ url: 'https://www.example.com/pricing?plan=pro', title: 'Pricing', referrer: 'https://www.google.com/', ageMs: expect.any(Number) }] },
      },
    ]);
  });

  it('keeps the visitor id it already has', () => {
    const page = run({ cookie: 'other=1; rapport_vid=11111111-2222-4333-8444-555555555555' });
    page.fire('pagehide');
    expect((page.beacons[0]!.body as { visitorId: string }).visitorId).toBe('11111111-2222-4333-8444-555555555555');
  });

  it('does nothing at all under Do Not Track or without consent', () => {
    for (const options of [{ doNotTrack: '1' }, { consent: false }, { dataConsent: 'false' }, { dataConsent: 'required' }]) {
      const page = run(options);
      page.flushTimers();
      page.fire('pagehide');
      expect([page.cookies, page.beacons, page.hidden.value]).toEqual([[], [], '']);
    }
  });

  it('starts when the site gives consent later, and forgets the visitor when it is withdrawn', () => {
    const page = run({ dataConsent: 'required' });
    (page.window['rapportVisitors'] as { consent: (g: boolean) => void }).consent(true);
    page.fire('pagehide');
    expect(page.beacons).toHaveLength(1);
    (page.window['rapportVisitors'] as { consent: (g: boolean) => void }).consent(false);
    expect(page.cookies.at(-1)).toMatch(/^rapport_vid=; Path=\/; Max-Age=0/);
  });

  it('takes the email link’s identity token out of the address bar and sends it with the batch', () => {
    const page = run({ href: 'https://www.example.com/spring?ref=mail&rapport_pid=ltoken.abc.def' });
    expect(page.href()).toBe('https://www.example.com/spring?ref=mail');
    page.fire('pagehide');
    expect(page.beacons[0]!.body).toMatchObject({ identity: 'ltoken.abc.def', views: [{ url: 'https://www.example.com/spring?ref=mail' }] });
  });

  it('contains the Do Not Track check in what is served', () => {
    expect(VISITOR_SCRIPT).toContain("n.doNotTrack === '1'");
    expect(VISITOR_SCRIPT.length).toBeLessThan(6000);
  });
});
