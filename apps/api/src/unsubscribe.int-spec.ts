import { APP_CONFIG, type AppConfig } from '@rapport/shared-config';
import { signUnsubscribeToken } from '@rapport/marketing-domain';
import { useTestApi } from './testing/test-api';

/**
 * The links in marketing mail (issue 15, RFC 8058): one-click unsubscribe by POST only, a confirm
 * page on GET that changes nothing, the preference centre, all without a login, in the recipient's
 * language, and a clear 4xx (never a 500) for anything that is not our link.
 */
const api = useTestApi();
let newsletter = '';
let events = '';
const tokenFor = (address: string, subscriptionTypeId: string | null) => signUnsubscribeToken({ address, subscriptionTypeId }, api.app.get<AppConfig>(APP_CONFIG).sessionSecret);
const history = (address: string): Promise<{ type: string | null; status: string; source: string; ip: string | null; user_agent: string | null }[]> =>
  api.ctx.ds.query(
    `SELECT t.key AS type, e.status, e.source, e.ip, e.user_agent FROM consent_event e LEFT JOIN subscription_type t ON t.id = e.subscription_type_id WHERE e.address = $1 ORDER BY e.occurred_at, e.id`,
    [address],
  );

beforeAll(async () => {
  [{ id: newsletter }] = await api.ctx.ds.query(`INSERT INTO subscription_type (key, name, names, double_opt_in) VALUES ('newsletter', 'Newsletter', '{"zh-CN": "新闻简报"}', true) RETURNING id`);
  [{ id: events }] = await api.ctx.ds.query(`INSERT INTO subscription_type (key, name) VALUES ('events', 'Events') RETURNING id`);
});

describe('one-click unsubscribe', () => {
  it('shows a confirm page in the reader’s language on GET, and changes nothing', async () => {
    const res = await api.anon().get(`/api/public/unsubscribe/${tokenFor('ann@example.com', newsletter)}`).set('Accept-Language', 'zh-CN,zh;q=0.9');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('不再向 ann@example.com 发送“新闻简报”？');
    expect(res.text).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(await history('ann@example.com')).toEqual([]);
  });

  it('takes the RFC 8058 POST at once, with its evidence, and a repeat adds nothing', async () => {
    const token = tokenFor('ann@example.com', newsletter);
    const post = () => api.anon().post(`/api/public/unsubscribe/${token}`).set('User-Agent', 'Mail-Provider/1.0').type('form').send('List-Unsubscribe=One-Click');
    const res = await post();
    expect(res.status).toBe(200);
    expect(res.text).toContain('Done: ann@example.com gets no more “Newsletter”.');
    expect(await history('ann@example.com')).toEqual([{ type: 'newsletter', status: 'opted_out', source: 'unsubscribe_link', ip: expect.stringMatching(/\d/), user_agent: 'Mail-Provider/1.0' }]);
    const [state] = await api.ctx.ds.query(`SELECT status FROM consent WHERE address = 'ann@example.com' AND subscription_type_id = $1`, [newsletter]);
    expect(state.status).toBe('opted_out');
    expect((await post()).status).toBe(200);
    expect(await history('ann@example.com')).toHaveLength(1);
  });

  it('unsubscribes from all marketing with a link that names no type', async () => {
    const res = await api.anon().post(`/api/public/unsubscribe/${tokenFor('bo@example.com', null)}`).type('form').send({ 'List-Unsubscribe': 'One-Click' });
    expect(res.status).toBe(200);
    const [state] = await api.ctx.ds.query(`SELECT status FROM global_consent WHERE address = 'bo@example.com'`);
    expect(state.status).toBe('opted_out');
  });

  it('refuses a POST without the one-click body with a 400, recording nothing', async () => {
    const token = tokenFor('cy@example.com', events);
    for (const send of [undefined, 'List-Unsubscribe=Yes', 'unsubscribe=1']) {
      const req = api.anon().post(`/api/public/unsubscribe/${token}`).type('form');
      const res = await (send === undefined ? req : req.send(send));
      expect({ send, status: res.status }).toEqual({ send, status: 400 });
    }
    expect(await history('cy@example.com')).toEqual([]);
  });

  it('answers 404 with a plain page for links that are not ours, however hostile', async () => {
    const real = tokenFor('dee@example.com', null);
    const fakes = [real.slice(0, -1) + (real.endsWith('A') ? 'B' : 'A'), 'junk', 'a.b', `${real}.x`, 'x'.repeat(5000), encodeURIComponent('<script>alert(1)</script>')];
    // Bytes that are not text never reach the link: the input hygiene answers 400 first.
    const expected = (fake: string) => (fake === '%00%ff' ? 400 : 404);
    for (const fake of [...fakes, '%00%ff']) {
      const browser = await api.anon().get(`/api/public/unsubscribe/${fake}`).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
      const provider = await api.anon().post(`/api/public/unsubscribe/${fake}`).type('form').send('List-Unsubscribe=One-Click');
      for (const res of [browser, provider]) {
        expect({ fake: fake.slice(0, 40), status: res.status }).toEqual({ fake: fake.slice(0, 40), status: expected(fake) });
        expect(res.text).not.toContain('<script>');
      }
      // A person sees a page; a program gets the API's problem+json.
      if (expected(fake) === 404) {
        expect(browser.headers['content-type']).toMatch(/text\/html/);
        expect(browser.text).toContain('This link is not valid.');
        expect(provider.headers['content-type']).toMatch(/application\/problem\+json/);
      }
    }
    expect(await history('dee@example.com')).toEqual([]);
  });
});

describe('the preference centre', () => {
  it('shows each type with the person’s answers and saves what they tick, as confirmed answers', async () => {
    const address = 'eve@example.com';
    const token = tokenFor(address, events);
    await api.ctx.ds.query(
      `WITH e AS (INSERT INTO consent_event (address, subscription_type_id, status, lawful_basis, source) VALUES ($1, $2, 'opted_in', 'consent', 'form') RETURNING id)
       INSERT INTO consent (address, subscription_type_id, status, event_id) SELECT $1, $2, 'opted_in', id FROM e`,
      [address, events],
    );
    const page = await api.anon().get(`/api/public/preferences/${token}`);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(new RegExp(`value="${events}" checked`));
    expect(page.text).not.toMatch(new RegExp(`value="${newsletter}" checked`));

    // Wants the newsletter (a double opt-in type: the mailbox the link came through is the proof), not events.
    const saved = await api.anon().post(`/api/public/preferences/${token}`).type('form').send(`type=${newsletter}&type=not-a-type`);
    expect(saved.status).toBe(200);
    expect(saved.text).toContain('Saved. Thank you.');
    const states = await api.ctx.ds.query(`SELECT t.key, c.status FROM consent c JOIN subscription_type t ON t.id = c.subscription_type_id WHERE c.address = $1 ORDER BY 1`, [address]);
    expect(states).toEqual([{ key: 'events', status: 'opted_out' }, { key: 'newsletter', status: 'opted_in' }]);

    await api.anon().post(`/api/public/preferences/${token}`).type('form').send(`type=${newsletter}&noMarketing=true`);
    await api.anon().post(`/api/public/preferences/${token}`).type('form').send(`type=${newsletter}`);
    expect((await history(address)).map((e) => [e.type, e.status, e.source])).toEqual([
      ['events', 'opted_in', 'form'],
      ['events', 'opted_out', 'preference_centre'],
      ['newsletter', 'opted_in', 'preference_centre'],
      [null, 'opted_out', 'preference_centre'],
      [null, 'opted_in', 'preference_centre'],
    ]);
  });
});
