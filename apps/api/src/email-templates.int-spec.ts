import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Email templates (issue 15): MJML + Liquid per language, checked on save (a marketing template
 * must carry the unsubscribe link and the postal address), versioned by content, previewed as a
 * person the reader may read with that person's own working unsubscribe link.
 */
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', INBOUND_SMTP_PORT: '0' });
let marketer: ApiClient;
let rep: ApiClient;
let repUser: { id: string; email: string; teamId: string | null };

const body = (inner: string) => `<mjml><mj-body><mj-section><mj-column>${inner}</mj-column></mj-section></mj-body></mjml>`;
const footer = '<mj-text><a href="{{ unsubscribe_url }}">Unsubscribe</a> · {{ company.postal_address }}</mj-text>';
const EN = { locale: 'en', subject: 'Hello {{ contact.first_name | default: "there" }}', mjml: body(`<mj-text>Spring news for {{ contact.first_name | default: "you" }}</mj-text>${footer}`) };
const ZH = { locale: 'zh-CN', subject: '{{ contact.last_name }}{{ contact.first_name }}，您好', preheader: '春季新品', mjml: body(`<mj-text>春季新品</mj-text>${footer}`) };
const CREATE = 'mutation($i: CreateEmailTemplateInput!) { createEmailTemplate(input: $i) { template { id name kind currentVersion { id version contentKey variants { locale subject } } } } }';
const UPDATE = 'mutation($i: UpdateEmailTemplateInput!) { updateEmailTemplate(input: $i) { template { name archived currentVersion { version contentKey } } } }';
const PREVIEW = 'query($i: PreviewEmailInput!) { previewEmail(input: $i) { subject html text locale problems { path message } } }';
type Version = { id: string; version: number; contentKey: string; variants: { locale: string; subject: string }[] };

beforeAll(async () => {
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  repUser = await api.ctx.newUser({ role: Role.SalesRep });
  rep = await api.signedIn(repUser.email);
});

it('saves a template in two languages as version 1, and a new version only when the content changes', async () => {
  const created = (await marketer.gqlOk<{ createEmailTemplate: { template: { id: string; kind: string; currentVersion: Version } } }>(CREATE, { i: { name: 'Spring news', variants: [EN, ZH] } })).createEmailTemplate.template;
  expect(created.kind).toBe('MARKETING');
  expect(created.currentVersion).toMatchObject({ version: 1, variants: [{ locale: 'en' }, { locale: 'zh-CN' }] });
  const first = created.currentVersion.contentKey;

  const renamed = await marketer.gqlOk<{ updateEmailTemplate: { template: { name: string; currentVersion: { version: number } } } }>(UPDATE, { i: { id: created.id, name: 'Spring news 2026', variants: [ZH, EN] } });
  // Same content in another order: still version 1.
  expect(renamed.updateEmailTemplate.template).toEqual({ name: 'Spring news 2026', archived: false, currentVersion: { version: 1, contentKey: first } });
  const changed = await marketer.gqlOk<{ updateEmailTemplate: { template: { currentVersion: { version: number; contentKey: string } } } }>(UPDATE, { i: { id: created.id, variants: [{ ...EN, subject: 'Spring is here' }, ZH] } });
  expect(changed.updateEmailTemplate.template.currentVersion.version).toBe(2);
  expect(changed.updateEmailTemplate.template.currentVersion.contentKey).not.toBe(first);
  const list = await rep.gqlOk<{ emailTemplates: { id: string }[] }>('{ emailTemplates { id } }');
  expect(list.emailTemplates.map((t) => t.id)).toContain(created.id);
});

it('refuses a marketing template without the unsubscribe link or the postal address, with keys the screens translate', async () => {
  const bare = { locale: 'en', subject: 'Hi', mjml: body('<mj-text>Buy now</mj-text>') };
  const r = await marketer.gql(CREATE, { i: { name: 'Spammy', variants: [bare] } });
  expect(r.errors?.[0]?.extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [
      { path: 'input.variants.0.mjml', message: 'A marketing email needs the unsubscribe link (unsubscribe_url).', messageKey: 'marketing.templateNeedsUnsubscribe' },
      { path: 'input.variants.0.mjml', message: 'A marketing email needs the postal address (company.postal_address).', messageKey: 'marketing.templateNeedsAddress' },
    ],
  });
  const transactional = await marketer.gqlOk<{ createEmailTemplate: { template: { kind: string } } }>(CREATE, { i: { name: 'Receipt', kind: 'TRANSACTIONAL', variants: [bare] } });
  expect(transactional.createEmailTemplate.template.kind).toBe('TRANSACTIONAL');
  const broken = await marketer.gql(CREATE, { i: { name: 'Broken', variants: [{ ...EN, mjml: EN.mjml.replace('<mj-text>', '<mj-txt>') }] } });
  expect(broken.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'input.variants.0.mjml', message: expect.stringMatching(/^The MJML is not valid: .*mj-txt/), messageKey: 'marketing.templateMjml', params: { detail: expect.stringContaining('mj-txt') } }] });
});

it('is written by campaign managers only, and read by campaign readers only', async () => {
  expect((await rep.gql(CREATE, { i: { name: 'Mine', variants: [EN] } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
  expect((await agent.gql('{ emailTemplates { id } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('previews as a contact the reader may read, with that contact’s own working unsubscribe link', async () => {
  const contact = await api.ctx.newContact({ owner: repUser, firstName: '敏', lastName: '王', emails: ['Wang.Min@Example.cn'], locale: 'zh-CN' });
  const preview = (await rep.gqlOk<{ previewEmail: { subject: string; html: string; text: string; locale: string; problems: unknown[] } }>(PREVIEW, { i: { variants: [EN, ZH], contactId: contact.id } })).previewEmail;
  expect(preview).toMatchObject({ subject: '王敏，您好', locale: 'zh-CN', problems: [] });
  expect(preview.text).toContain('100 Century Avenue');
  const link = /href="http[^"]*?(\/api\/public\/unsubscribe\/[^"]+)"/.exec(preview.html)![1]!;
  const page = await api.anon().get(link).set('Accept-Language', 'en');
  expect(page.status).toBe(200);
  expect(page.text).toContain('Stop all marketing email to wang.min@example.cn?');

  const other = await api.ctx.newContact({ owner: await api.ctx.newUser({ role: Role.SalesRep }), emails: ['x@example.com'] });
  expect((await rep.gql(PREVIEW, { i: { variants: [EN], contactId: other.id } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  // Unsaved content with problems previews as its problems, not as an error.
  const bad = (await rep.gqlOk<{ previewEmail: { html: string | null; problems: { path: string }[] } }>(PREVIEW, { i: { variants: [{ ...EN, subject: '' }] } })).previewEmail;
  expect(bad).toEqual({ subject: null, html: null, text: null, locale: 'en', problems: [{ path: 'variants.0.subject', message: 'Give the email a subject.' }] });
});

it('never reads a file or runs away, whatever the template says', async () => {
  const sneaky = { ...EN, mjml: body(`<mj-include path="/etc/passwd" type="html" /><mj-text>{% include "/etc/passwd" %}</mj-text>${footer}`) };
  const r = await marketer.gql(PREVIEW, { i: { variants: [sneaky] } });
  expect(JSON.stringify(r)).not.toContain('root:');
  const loop = { ...EN, mjml: body(`<mj-text>{% for i in (1..100000000) %}{{ i }}{% endfor %}</mj-text>${footer}`) };
  const l = await marketer.gqlOk<{ previewEmail: { html: string | null; problems: { path: string; message: string }[] } }>(PREVIEW, { i: { variants: [loop] } });
  expect(l.previewEmail.html).toBeNull();
  expect(l.previewEmail.problems).toEqual([{ path: 'variants.0.mjml', message: expect.stringMatching(/^The personalisation could not be rendered: .*limit/) }]);
});

it('sends a test of the preview to the sender’s own address only, marked as a test', async () => {
  const me = await api.ctx.newUser({ role: Role.Marketer, email: `tester.${Date.now().toString(36)}@example.com` });
  const tester = await api.signedIn(me.email);
  const contact = await api.ctx.newContact({ firstName: '敏', lastName: '王', emails: ['customer.never.mailed@example.cn'], locale: 'zh-CN' });
  const SEND = 'mutation($i: PreviewEmailInput!) { sendTestEmail(input: $i) { sentTo } }';
  expect((await tester.gqlOk<{ sendTestEmail: { sentTo: string } }>(SEND, { i: { variants: [EN, ZH], contactId: contact.id } })).sendTestEmail.sentTo).toBe(me.email);
  const inbox: { subject: string; to: { address: string }[] }[] = await (await fetch(`${process.env['RAPPORT_TEST_INBOX_URL']}/api/email`)).json();
  expect(inbox.filter((m) => m.to.some((t) => t.address === me.email)).map((m) => m.subject)).toEqual(['[Test] 王敏，您好']);
  expect(inbox.some((m) => m.to.some((t) => t.address === 'customer.never.mailed@example.cn'))).toBe(false);
  expect((await rep.gql(SEND, { i: { variants: [EN] } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const bad = await tester.gql(SEND, { i: { variants: [{ ...EN, subject: '' }] } });
  expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'input.variants.0.subject', message: 'Give the email a subject.' }] });
});
