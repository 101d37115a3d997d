import nodemailer from 'nodemailer';
import { Role } from '@rapport/shared-domain';
import { InboundMailRouter } from '@rapport/shared-api';
import { InboundSmtpReceiver } from '@rapport/shared-mail';
import { CaseMailer } from '@rapport/service-api';
import type { ApiClient } from '@rapport/shared-testing';
import { sinkInbox } from './testing/mail-sink';
import { useTestApi } from './testing/test-api';

/**
 * The email channel (issue 18 item 3), over real SMTP both ways: a customer's mail to the support
 * address becomes a case; the agent's reply leaves with the headers that make the customer's mail
 * client keep one conversation; the customer's answer to it lands on the same case; robots, repeats
 * and strangers quoting a case number do not. The receiver routes by address, as the worker's does.
 */
const DOMAIN = 'mail.rapport.test';
const SUPPORT = `support@${DOMAIN}`;
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', MAILING_DOMAIN: DOMAIN, INBOUND_SMTP_PORT: '0' });
const tag = `c${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@customer.example`;

let receiver: InboundSmtpReceiver;
let relay: ReturnType<typeof nodemailer.createTransport>;
let agent: ApiClient;
let contactId: string;
let accountId: string;
const outcomes: string[] = [];

const send = async (mail: { from: string; to?: string; subject: string; text: string; messageId?: string; inReplyTo?: string; references?: string[]; headers?: Record<string, string> }) => {
  await relay.sendMail({ to: mail.to ?? SUPPORT, ...mail });
  return outcomes.at(-1);
};
const CASE = 'id number status contactId accountId followsCaseId channel messages { direction channel fromAddress subject body } sla { milestones { kind state } }';
type CaseView = { id: string; number: string; status: string; contactId: string; accountId: string | null; followsCaseId: string | null; channel: string; messages: { direction: string; channel: string; fromAddress: string | null; subject: string; body: string }[]; sla: { milestones: { kind: string; state: string }[] } };
const casesOf = async (contact: string) =>
  (await agent.gqlOk<{ cases: { edges: { node: CaseView }[] } }>(`query($c: ID!) { cases(first: 10, filter: { contactId: { eq: $c } }, orderBy: [{ field: CREATED_AT, direction: ASC }]) { edges { node { ${CASE} } } } }`, { c: contact })).cases.edges.map((e) => e.node);
const contactOf = async (address: string) => ((await api.ctx.ds.query(`SELECT id, needs_review FROM contact WHERE emails @> ARRAY[$1::text]`, [address])) as { id: string; needs_review: boolean }[])[0];

beforeAll(async () => {
  await api.ctx.newUser({ role: Role.ServiceManager });
  agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
  accountId = (await api.ctx.newAccount({ name: 'Pumps & Co' })).id;
  contactId = (await api.ctx.newContact({ firstName: '芳', lastName: '王', emails: [addr('fang')], accountId })).id;
  const router = api.app.get(InboundMailRouter);
  receiver = new InboundSmtpReceiver({ host: '127.0.0.1', port: 0, maxBytes: 5_000_000, acceptDomains: router.domains(), onMessage: async (m) => void outcomes.push(await router.route(m)) });
  const { port } = await receiver.start();
  relay = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
});

afterAll(async () => {
  relay?.close();
  await receiver?.stop();
});

describe('mail to the support address', () => {
  it('opens a case, the reply threads in the customer’s client, and their answer lands on the same case', async () => {
    expect(await send({ from: `"王芳" <${addr('fang')}>`, subject: '水泵漏水', text: '你好，水泵从昨天开始漏水。', messageId: `<first.${tag}@customer.example>` })).toBe('opened');
    const [k] = await casesOf(contactId);
    expect(k).toMatchObject({ status: 'new', channel: 'EMAIL', accountId, messages: [{ direction: 'INBOUND', channel: 'EMAIL', fromAddress: addr('fang'), body: '你好，水泵从昨天开始漏水。' }] });

    const reply = await agent.gqlOk<{ replyToCase: { message: { id: string } } }>('mutation($i: ReplyToCaseInput!) { replyToCase(input: $i) { message { id } } }', { i: { caseId: k!.id, body: '您好，工程师明天上午到。' } });
    const mailer = api.app.get(CaseMailer);
    expect(await mailer.send(reply.replyToCase.message.id)).toBe('sent');
    expect(await mailer.send(reply.replyToCase.message.id)).toBe('already-sent');
    const [sent] = await sinkInbox(addr('fang'));
    expect(sent!.subject).toBe(`Re: [${k!.number}] 水泵漏水`);
    expect(sent!.inReplyTo).toBe(`<first.${tag}@customer.example>`);
    expect([sent!.references].flat()).toEqual([`<first.${tag}@customer.example>`]);
    expect(sent!.replyTo?.value[0]?.address).toBe(SUPPORT);
    expect(sent!.messageId).toMatch(new RegExp(`^<case-${k!.id}\\.[0-9a-f-]+@${DOMAIN.replace(/\./g, '\\.')}>$`));
    expect(sent!.text?.trim()).toBe('您好，工程师明天上午到。');

    // The customer's client answers with the reply's Message-ID; the case is found by it.
    expect(await send({ from: addr('fang'), subject: `Re: [${k!.number}] 水泵漏水`, text: '好的，谢谢。\n\n> 您好，工程师明天上午到。', inReplyTo: sent!.messageId, references: [`<first.${tag}@customer.example>`, sent!.messageId!] })).toBe('threaded');
    // A call logged on the case joins the same thread.
    await agent.gqlOk('mutation($i: LogCaseCallInput!) { logCaseCall(input: $i) { message { id } } }', { i: { caseId: k!.id, direction: 'OUTBOUND', phoneNumber: '+8613800000000', body: '确认了上门时间。' } });
    const [after, ...others] = await casesOf(contactId);
    expect(others).toEqual([]);
    expect(after!.messages.map((m) => [m.direction, m.channel, m.body])).toEqual([
      ['INBOUND', 'EMAIL', '你好，水泵从昨天开始漏水。'],
      ['OUTBOUND', 'EMAIL', '您好，工程师明天上午到。'],
      ['INBOUND', 'EMAIL', '好的，谢谢。'],
      ['OUTBOUND', 'PHONE', '确认了上门时间。'],
    ]);
  });

  it('ignores auto-replies and bounces, takes a mail handed over twice once, and leaves other addresses to marketing', async () => {
    const before = (await casesOf(contactId)).length;
    expect(await send({ from: addr('fang'), subject: 'Automatic reply: 水泵漏水', text: 'I am out of the office.', headers: { 'Auto-Submitted': 'auto-replied' } })).toBe('auto-reply');
    expect(await send({ from: addr('fang'), subject: '自动回复：不在办公室', text: '我正在休假。' })).toBe('auto-reply');
    const twice = { from: addr('fang'), subject: 'Another problem', text: 'The display flickers.', messageId: `<twice.${tag}@customer.example>` };
    expect(await send(twice)).toBe('opened');
    expect(await send(twice)).toBe('duplicate');
    expect((await casesOf(contactId)).length).toBe(before + 1);
    // Not the support address: marketing's route, which knows no send by it.
    expect(await send({ from: addr('fang'), to: `reply+nothing@${DOMAIN}`, subject: 'hello', text: 'hi' })).toBe('unmatched');
  });

  it('makes an unknown sender a contact to review, and never threads a stranger by a case number', async () => {
    const [k] = await casesOf(contactId);
    expect(await send({ from: `Hans Meier <${addr('hans')}>`, subject: `Re: [${k!.number}] 水泵漏水`, text: 'Is this mine?' })).toBe('opened');
    const hans = await contactOf(addr('hans'));
    expect(hans?.needs_review).toBe(true);
    const [his] = await casesOf(hans!.id);
    expect(his!.id).not.toBe(k!.id);
    expect(his!.accountId).toBeNull();
  });

  it('continues a closed case in a new one that follows it', async () => {
    const [k] = await casesOf(contactId);
    for (const status of ['resolved', 'closed']) await agent.gqlOk('mutation($i: SetCaseStatusInput!) { setCaseStatus(input: $i) { case { id } } }', { i: { id: k!.id, status } });
    const [sent] = (await sinkInbox(addr('fang'))).filter((m) => m.subject?.includes(k!.number));
    expect(await send({ from: addr('fang'), subject: `Re: [${k!.number}] 水泵漏水`, text: '又漏了。', inReplyTo: sent!.messageId })).toBe('followed-up');
    const all = await casesOf(contactId);
    const follow = all.find((c) => c.followsCaseId === k!.id);
    expect(follow).toMatchObject({ status: 'new', messages: [{ body: '又漏了。' }] });
  });
});
