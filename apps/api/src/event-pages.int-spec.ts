import { parseDocument } from 'htmlparser2';
import { selectAll, selectOne } from 'css-select';
import { textContent } from 'domutils';
import type { Element, Document } from 'domhandler';
import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * The registrant's side of events (issue 16 items 1–3): the event's own questions and consent boxes,
 * the hosted registration page in three languages, a browser's form post answered with a page
 * (problems named by the labels the registrant saw), ticked boxes recorded as consent with their
 * evidence, and the self-service page the mails link to: change the answers, cancel.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0', PUBLIC_LEAD_RATE_LIMIT: '5000' });
const tag = `ep${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@example.com`;
let marketer: ApiClient;
let newsletter: string;
let partners: string;

const FORM = () => ({
  questions: [
    { key: 'size', label: 'Company size', labels: { 'zh-TW': '公司規模' }, type: 'choice', required: true, options: [{ value: 'small', label: 'Up to 50', labels: { 'zh-TW': '50 人以下' } }, { value: 'large', label: 'More than 50' }] },
    { key: 'diet', label: 'Dietary needs', labels: { 'zh-TW': '飲食需求' }, type: 'text', required: false },
  ],
  consents: [
    { subscriptionTypeId: newsletter, text: 'Send me the newsletter', texts: { 'zh-TW': '請寄電子報給我' }, required: false },
    { subscriptionTypeId: partners, text: 'Partners may contact me', required: false },
  ],
});

beforeAll(async () => {
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  const save = async (i: Record<string, unknown>) =>
    (await marketer.gqlOk<{ saveSubscriptionType: { subscriptionType: { id: string } } }>('mutation($i: SaveSubscriptionTypeInput!) { saveSubscriptionType(input: $i) { subscriptionType { id } } }', { i })).saveSubscriptionType.subscriptionType.id;
  newsletter = await save({ key: `news-${tag}`, name: 'Newsletter' });
  partners = await save({ key: `partners-${tag}`, name: 'Partners', doubleOptIn: true });
});

async function newEvent(extra: Record<string, unknown> = {}, publish = true): Promise<string> {
  const { createEvent } = await marketer.gqlOk<{ createEvent: { event: { id: string } } }>('mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }', {
    i: {
      title: `Open day ${tag}`,
      titles: { 'zh-TW': `開放日 ${tag}` },
      type: 'SEMINAR',
      timeZone: 'Asia/Taipei',
      startsAt: '2027-05-04T01:00:00Z',
      endsAt: '2027-05-04T05:00:00Z',
      venue: 'Hall A',
      capacity: 1,
      form: FORM(),
      agenda: { sessions: [{ title: 'Keynote', titles: { 'zh-TW': '主題演講' }, startsAt: '2027-05-04T01:30:00Z', endsAt: '2027-05-04T02:30:00Z', speaker: 'Lin Mei' }] },
      ...extra,
    },
  });
  if (publish) await marketer.gqlOk('mutation($i: EventIdInput!) { publishEvent(input: $i) { event { id } } }', { i: { id: createEvent.event.id } });
  return createEvent.event.id;
}

// The pages are read by a real HTML parser and CSS selectors, as a browser would find their parts.
const html = (text: string) => parseDocument(text);
const one = (doc: Document | Element, selector: string): Element => {
  const el = selectOne(selector, doc) as Element | null;
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el;
};
const all = (doc: Document, selector: string) => selectAll(selector, doc) as unknown as Element[];
const text = (el: Element) => textContent(el);
const attr = (doc: Document, selector: string, name: string) => one(doc, selector).attribs[name];
function insideLabel(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if ((p as Element).name === 'label') return true;
  return false;
}
const formPost = (path: string, fields: Record<string, string>) => api.anon().post(path).type('form').set('Accept', 'text/html').set('User-Agent', 'Mozilla/5.0 (test)').send(new URLSearchParams(fields).toString());

it('refuses a malformed form or agenda with a problem on each field', async () => {
  const { errors } = await marketer.gql('mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }', {
    i: {
      title: 'Bad form',
      type: 'SEMINAR',
      timeZone: 'Asia/Taipei',
      startsAt: '2027-05-04T01:00:00Z',
      endsAt: '2027-05-04T05:00:00Z',
      form: { questions: [{ key: 'Size!', label: 'x', type: 'choice', options: [{ value: 'a', label: 'A' }] }, { key: 'ok', label: '', type: 'radio' }], consents: [{ subscriptionTypeId: 'nope', text: 'x' }] },
      agenda: { sessions: [{ title: 'Late', startsAt: '2027-05-04T06:00:00Z', endsAt: '2027-05-04T05:30:00Z' }] },
    },
  });
  const paths = (errors![0]!.extensions!['fields'] as { path: string }[]).map((f) => f.path);
  expect(paths).toEqual(
    expect.arrayContaining(['input.form.questions.0.key', 'input.form.questions.0.options', 'input.form.questions.1.label', 'input.form.questions.1.type', 'input.form.consents.0.subscriptionTypeId', 'input.agenda.sessions.0.endsAt', 'input.agenda.sessions.0.startsAt']),
  );
});

it('shows the hosted page of a published event in the asked language, with its agenda, questions and consent boxes; a draft is not there', async () => {
  const id = await newEvent();
  const res = await api.anon().get(`/api/public/events/${id}?lang=zh-TW`);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/text\/html/);
  const doc = html(res.text);
  expect(attr(doc, 'html', 'lang')).toBe('zh-TW');
  expect(text(one(doc, 'h1'))).toBe(`開放日 ${tag}`);
  expect(text(one(doc, 'main'))).toContain('主題演講');
  expect(text(one(doc, 'label[for="rapport-q-size"]'))).toContain('公司規模');
  expect(all(doc, '#rapport-q-size option').map(text)).toEqual(['請選擇…', '50 人以下', 'More than 50']);
  expect(text(one(doc, `input[name="consent.${newsletter}"]`).parent as Element)).toContain('請寄電子報給我');
  expect(attr(doc, 'form.rapport-form', 'action')).toMatch(new RegExp(`/api/public/events/${id}/registrations$`));
  // Every control a person fills has a label.
  const controls = all(doc, 'form input:not([type=hidden]):not([name=website]), form select, form textarea');
  expect(controls.length).toBeGreaterThanOrEqual(9);
  for (const input of controls) expect(insideLabel(input) || selectOne(`label[for="${input.attribs['id']}"]`, doc) !== null).toBe(true);
  // Staff get the page's address and the form to paste into their site, in the site's language.
  const { event } = await marketer.gqlOk<{ event: { hostedUrl: string; embedHtml: string } }>('query($id: ID!) { event(id: $id) { hostedUrl embedHtml(language: "zh-TW") } }', { id });
  expect(new URL(event.hostedUrl).pathname).toBe(`/api/public/events/${id}`);
  const embedded = html(event.embedHtml);
  expect(attr(embedded, 'form.rapport-form input[name=locale]', 'value')).toBe('zh-TW');
  expect(text(one(embedded, 'label[for="rapport-q-size"]'))).toContain('公司規模');
  const draft = await newEvent({}, false);
  const missing = await api.anon().get(`/api/public/events/${draft}`);
  expect([missing.status, missing.headers['content-type']]).toEqual([404, expect.stringMatching(/^application\/problem\+json/)]);
  const missingPage = await api.anon().get(`/api/public/events/${draft}?lang=zh-TW`).set('Accept', 'text/html,application/xhtml+xml');
  expect([missingPage.status, attr(html(missingPage.text), 'html', 'lang')]).toEqual([404, 'zh-TW']);
});

it('answers a browser’s form post with a page: problems named by their labels, then the registration with its self-service link; ticked boxes become consent with evidence', async () => {
  const id = await newEvent();
  const base = { locale: 'zh-TW', timeZone: '', visitorId: '', website: '', lastName: '陳', firstName: '小明', email: addr('ming') };
  const refused = await formPost(`/api/public/events/${id}/registrations`, { ...base, 'q.diet': 'none' });
  expect(refused.status).toBe(400);
  const problems = html(refused.text);
  expect(attr(problems, 'html', 'lang')).toBe('zh-TW');
  expect(text(one(problems, 'li'))).toMatch(/^公司規模：/);

  const ok = await formPost(`/api/public/events/${id}/registrations`, { ...base, 'q.size': 'small', 'q.diet': '素食', [`consent.${newsletter}`]: 'true', [`consent.${partners}`]: 'true' });
  expect(ok.status).toBe(201);
  const page = html(ok.text);
  expect(text(one(page, 'h1'))).toBe('報名成功');
  const manage = attr(page, 'a[href*="/api/public/registrations/"]', 'href')!;
  const [row] = await api.ctx.ds.query(`SELECT answers, locale FROM event_registration WHERE event_id = $1 AND address = $2`, [id, addr('ming')]);
  expect(row).toEqual({ answers: { size: 'small', diet: '素食' }, locale: 'zh-TW' });
  const consents: { subscription_type_id: string; status: string; source: string; wording_version: string; user_agent: string | null }[] = await api.ctx.ds.query(
    `SELECT subscription_type_id, status, source, wording_version, user_agent FROM consent_event WHERE address = $1 ORDER BY status`,
    [addr('ming')],
  );
  // The newsletter needs no confirmation; the partners type asks for it (double opt-in): pending until they click.
  expect(consents.map((c) => [c.subscription_type_id, c.status])).toEqual([
    [newsletter, 'opted_in'],
    [partners, 'pending'],
  ]);
  expect(consents.every((c) => c.source === 'form' && c.wording_version === `event:${id}` && c.user_agent !== null)).toBe(true);

  // The same person again: their registration, not a second one.
  const again = await formPost(`/api/public/events/${id}/registrations`, { ...base, 'q.size': 'large' });
  expect(again.status).toBe(200);
  expect(selectOne('[role=status]', html(again.text))).not.toBeNull();
  expect(new URL(manage).pathname).toMatch(/^\/api\/public\/registrations\/.+/);
});

it('refuses hostile answers with a 400, never a 500: unknown questions, prototype names, boxes the event does not ask for', async () => {
  const id = await newEvent();
  const post = (body: Record<string, unknown>) => api.anon().post(`/api/public/events/${id}/registrations`).send({ lastName: 'X', email: addr(`h${Math.random()}`), ...body });
  const paths = async (body: Record<string, unknown>) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    return (res.body.errors as { path: string }[]).map((e) => e.path);
  };
  expect(await paths({ answers: { size: 'small', nope: 'x' } })).toEqual(['answers.nope']);
  expect(await paths({ answers: { size: 'medium' } })).toEqual(['answers.size']);
  expect(await paths({ answers: { size: ['small'] } })).toEqual(['answers.size']);
  expect(await paths({ answers: { size: 'small' }, consents: ['00000000-0000-4000-8000-000000000000'] })).toEqual(['consents']);
  // A prototype name: JSON is refused at the edge (a reserved key); a form post's is dropped on the way in.
  const proto = await formPost(`/api/public/events/${id}/registrations`, { lastName: 'X', email: addr('proto'), 'q.__proto__': 'x', 'q.size': 'small' });
  const json = await api.anon().post(`/api/public/events/${id}/registrations`).type('json').send(`{"lastName":"X","email":"${addr('proto2')}","answers":{"__proto__":{"polluted":true},"size":"small"}}`);
  expect([proto.status, json.status]).toEqual([201, 400]);
  const stored = await api.ctx.ds.query(`SELECT answers FROM event_registration WHERE address IN ($1, $2)`, [addr('proto'), addr('proto2')]);
  expect(stored).toEqual([{ answers: { size: 'small' } }]);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

it('lets the registrant change their answers and cancel on the self-service page; the waitlist moves up', async () => {
  const id = await newEvent();
  const first = await api.anon().post(`/api/public/events/${id}/registrations`).send({ lastName: 'First', email: addr('first'), locale: 'zh-TW', answers: { size: 'small' } });
  await api.anon().post(`/api/public/events/${id}/registrations`).send({ lastName: 'Second', email: addr('second'), answers: { size: 'large' } });
  expect(first.status).toBe(201);
  const page = await formPost(`/api/public/events/${id}/registrations`, { lastName: 'First', email: addr('first'), 'q.size': 'small' });
  const path = new URL(attr(html(page.text), 'a[href*="/api/public/registrations/"]', 'href')!).pathname;

  // A browser gets the page in the registrant's language; a program gets JSON.
  const shown = await api.anon().get(path).set('Accept', 'text/html,application/xhtml+xml');
  expect(shown.status).toBe(200);
  const doc = html(shown.text);
  expect(attr(doc, 'html', 'lang')).toBe('zh-TW');
  expect(attr(doc, '#m-q-size option[selected]', 'value')).toBe('small');
  expect((await api.anon().get(path)).body).toMatchObject({ status: 'registered', answers: { size: 'small' } });

  const saved = await formPost(path, { locale: 'zh-TW', 'q.size': 'large', 'q.diet': '無' });
  expect(saved.status).toBe(200);
  expect(text(one(html(saved.text), '[role=status]'))).toBe('您的回答已儲存。');
  expect((await api.anon().get(path)).body.answers).toEqual({ size: 'large', diet: '無' });

  const cancelled = await formPost(`${path}/cancel`, { locale: 'zh-TW' });
  expect(cancelled.status).toBe(200);
  const after = html(cancelled.text);
  expect(text(one(after, 'main'))).toContain('您的報名：已取消');
  expect(selectOne('form[action$="/cancel"]', after)).toBeNull();
  const statuses = await api.ctx.ds.query(`SELECT last_name, status FROM event_registration WHERE event_id = $1 ORDER BY last_name`, [id]);
  expect(statuses).toEqual([
    { last_name: 'First', status: 'cancelled' },
    { last_name: 'Second', status: 'registered' },
  ]);
  // Cancelled answers cannot change; a forged link finds nothing.
  expect((await api.anon().post(path).send({ answers: { size: 'small' } })).status).toBe(409);
  const forged = await api.anon().get('/api/public/registrations/not-a-token').set('Accept', 'text/html');
  expect(forged.status).toBe(404);
  expect(forged.headers['content-type']).toMatch(/text\/html/);
});

it('takes registrations while staff change the event and registrants cancel: nobody deadlocks, every answer is a 2xx', async () => {
  const id = await newEvent({ capacity: 5 });
  const first = await api.anon().post(`/api/public/events/${id}/registrations`).send({ lastName: 'Early', email: addr('early'), answers: { size: 'small' } });
  const page = await formPost(`/api/public/events/${id}/registrations`, { lastName: 'Early', email: addr('early'), 'q.size': 'small' });
  const cancelPath = `${new URL(attr(html(page.text), 'a[href*="/api/public/registrations/"]', 'href')!).pathname}/cancel`;
  expect(first.status).toBe(201);
  const [registrations, update, cancel] = await Promise.all([
    Promise.all(Array.from({ length: 30 }, (_, i) => api.anon().post(`/api/public/events/${id}/registrations`).send({ lastName: `Crowd${i}`, email: addr(`crowd${i}`), answers: { size: 'large' } }))),
    marketer.gql('mutation($i: UpdateEventInput!) { updateEvent(input: $i) { event { id } } }', { i: { id, capacity: 8, venue: 'Hall B' } }),
    api.anon().post(cancelPath).send({}),
  ]);
  expect(registrations.map((r) => r.status)).toEqual(Array(30).fill(201));
  expect(update.errors).toBeUndefined();
  expect(cancel.status).toBe(200);
  // Whatever the order: 8 seats held (a freed seat and the 3 more went to the waitlist in arrival order), the rest waiting.
  const rows: { status: string }[] = await api.ctx.ds.query(`SELECT status FROM event_registration WHERE event_id = $1 AND status <> 'cancelled' ORDER BY (status = 'waitlisted'), created_at, id`, [id]);
  expect(rows.map((r) => r.status)).toEqual([...Array(8).fill('registered'), ...Array(22).fill('waitlisted')]);
});
