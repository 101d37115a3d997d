import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * The chat channel (issue 18 item 2): a chat system posts each chat that ended; it opens a case for
 * the customer or continues the one named, one message on the chat channel whose lines count for the
 * SLA as mail does. The default calendar is open around the clock, so business time is wall-clock time.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let agent: ApiClient;
let rep: ApiClient;

const MIN = 60_000;
const CASE = `id channel status contactId firstResponseAt sla { milestones { kind state completedAt } } messages { id channel direction body }`;
type CaseView = {
  id: string; channel: string; status: string; contactId: string | null; firstResponseAt: string | null;
  sla: { milestones: { kind: string; state: string; completedAt: string | null }[] };
  messages: { id: string; channel: string; direction: string; body: string }[];
};
const POST = `mutation($i: PostChatTranscriptInput!) { postChatTranscript(input: $i) { case { ${CASE} } } }`;
const post = (c: ApiClient, i: Record<string, unknown>) => c.gql<{ postChatTranscript: { case: CaseView } }>(POST, { i });
const posted = async (i: Record<string, unknown>) => (await agent.gqlOk<{ postChatTranscript: { case: CaseView } }>(POST, { i })).postChatTranscript.case;
const milestone = (k: CaseView, kind: string) => k.sla.milestones.find((m) => m.kind === kind);
const ago = (minutes: number) => new Date(Date.now() - minutes * MIN).toISOString();
const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => ((res.errors?.[0]?.extensions?.['fields'] ?? []) as { path: string }[]).map((f) => f.path);

beforeAll(async () => {
  const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
  rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
  const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, periods: [{ start: 0, end: 1440 }] }));
  const cal = await admin.gqlOk<{ createBusinessCalendar: { calendar: { id: string } } }>('mutation($i: CreateBusinessCalendarInput!) { createBusinessCalendar(input: $i) { calendar { id } } }', {
    i: { name: 'Around the clock', timeZone: 'UTC', week: allDay, isDefault: true },
  });
  await admin.gqlOk('mutation($i: CreateServiceSlaPolicyInput!) { createServiceSlaPolicy(input: $i) { policy { id } } }', {
    i: { name: 'Chat default', calendarId: cal.createBusinessCalendar.calendar.id, isDefault: true, targets: [{ priority: 'NORMAL', firstResponse: 30, nextResponse: 60, resolution: 480 }] },
  });
});

describe('a chat transcript', () => {
  it('opens a case for an unknown customer (a contact flagged for review), its lines driving the clocks, once however often it is posted', async () => {
    const input = {
      externalId: 'livechat-4711',
      email: 'Visitor.Chen@Example.com',
      name: '陈小姐',
      subject: '订单还没发货',
      lines: [
        { at: ago(20), from: 'AGENT', text: '您好，有什么可以帮您？', author: 'Bot' },
        { at: ago(18), from: 'CUSTOMER', text: '我的订单还没发货。' },
        { at: ago(10), from: 'AGENT', text: '我帮您查一下。', author: '李娜' },
        { at: ago(9), from: 'CUSTOMER', text: '  谢谢  ' },
      ],
    };
    const k = await posted(input);
    expect(k).toMatchObject({ channel: 'CHAT', status: 'open' });
    const [contact] = await api.ctx.ds.query(`SELECT emails, last_name, needs_review FROM contact WHERE id = $1`, [k.contactId]);
    expect(contact).toEqual({ emails: ['visitor.chen@example.com'], last_name: '陈小姐', needs_review: true });
    expect(k.messages).toHaveLength(1);
    expect(k.messages[0]).toMatchObject({ channel: 'CHAT', direction: 'INBOUND' });
    expect(k.messages[0]!.body.split('\n').slice(1)).toEqual([
      expect.stringMatching(/^\d\d:\d\d Agent \(Bot\): 您好，有什么可以帮您？$/),
      expect.stringMatching(/^\d\d:\d\d Customer: 我的订单还没发货。$/),
      expect.stringMatching(/^\d\d:\d\d Agent \(李娜\): 我帮您查一下。$/),
      expect.stringMatching(/^\d\d:\d\d Customer: 谢谢$/),
    ]);
    // The greeting before the customer wrote answers nothing; the agent's line after theirs is the first response.
    expect(k.firstResponseAt).toBe(input.lines[2]!.at);
    expect(milestone(k, 'FIRST_RESPONSE')).toMatchObject({ state: 'MET', completedAt: input.lines[2]!.at });
    // The customer's last line waits for an answer.
    expect(milestone(k, 'NEXT_RESPONSE')?.state).toBe('RUNNING');

    const again = await posted({ ...input, subject: 'Posted twice' });
    expect(again.id).toBe(k.id);
    expect(again.messages).toHaveLength(1);
    const [{ n }] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM service_case WHERE subject = 'Posted twice'`);
    expect(n).toBe(0);
  });

  it('continues the case it names, and finds a known customer by phone for a new one', async () => {
    const first = await posted({ phone: '+86 138 0013 8000', name: 'Wang', subject: 'Router', lines: [{ at: ago(30), from: 'CUSTOMER', text: 'The router blinks red.' }] });
    expect(milestone(first, 'FIRST_RESPONSE')?.state).toBe('RUNNING');
    const more = await posted({ caseId: first.id, lines: [{ at: ago(5), from: 'AGENT', text: 'Please restart it.' }, { at: ago(4), from: 'CUSTOMER', text: 'Done, still red.' }] });
    expect(more.id).toBe(first.id);
    expect(more.messages.map((m) => m.channel)).toEqual(['CHAT', 'CHAT']);
    expect(milestone(more, 'FIRST_RESPONSE')?.state).toBe('MET');
    expect(milestone(more, 'NEXT_RESPONSE')?.state).toBe('RUNNING');
    // The same number later: the contact it made is found (the agent may see it), not made again.
    const second = await posted({ phone: '+8613800138000', subject: 'Router again', lines: [{ at: ago(1), from: 'CUSTOMER', text: 'Hello?' }] });
    expect(second.contactId).toBe(first.contactId);
  });

  it('refuses bad transcripts with the field at fault, and those who may not open cases', async () => {
    const line = { at: ago(1), from: 'CUSTOMER', text: 'Hi' };
    expect(fieldsOf(await post(agent, { email: 'a@example.com', subject: 'S', lines: [] }))).toEqual(['input.lines']);
    expect(fieldsOf(await post(agent, { email: 'a@example.com', subject: 'S', lines: [{ ...line, text: '   ' }] }))).toEqual(['input.lines.0.text']);
    expect(fieldsOf(await post(agent, { email: 'a@example.com', subject: 'S', lines: [line, { ...line, text: 'x'.repeat(4001) }] }))).toEqual(['input.lines.1.text']);
    expect(fieldsOf(await post(agent, { email: 'a@example.com', subject: 'S', lines: [{ ...line, at: new Date(Date.now() + 3_600_000).toISOString() }] }))).toEqual(['input.lines.0.at']);
    expect(fieldsOf(await post(agent, { email: 'a@example.com', subject: 'S', lines: [{ ...line, from: 'AGENT' }] }))).toEqual(['input.lines']);
    expect(fieldsOf(await post(agent, { email: 'a@example.com', lines: [line] }))).toEqual(['input.subject']);
    expect(fieldsOf(await post(agent, { subject: 'S', lines: [line] }))).toEqual(['input.email']);
    expect(fieldsOf(await post(agent, { phone: 'call me', subject: 'S', lines: [line] }))).toEqual(['input.phone']);
    expect((await post(agent, { email: 'not an address', subject: 'S', lines: [line] })).errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect((await post(rep, { email: 'b@example.com', subject: 'S', lines: [line] })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const [{ n }] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM contact WHERE 'a@example.com' = ANY(emails) OR 'b@example.com' = ANY(emails)`);
    expect(n).toBe(0);
  });
});
