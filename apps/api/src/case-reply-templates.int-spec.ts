import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Reply templates (issue 18 item 9): set up by those who change service set-up, checked whole (empty
 * name or text, Liquid that does not parse, placeholders that are not ours, includes), offered to
 * whoever may reply, and rendered for a case only when the caller may read the case.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
const tag = Date.now().toString(36);
let manager: ApiClient;
let agent: ApiClient;

type Template = { id: string; name: string; language: string | null; body: string; active: boolean };
const FIELDS = 'id name language body active';
const SAVE = `mutation($i: SaveCaseReplyTemplateInput!) { saveCaseReplyTemplate(input: $i) { template { ${FIELDS} } } }`;
const LIST = `query($l: Locale, $all: Boolean) { caseReplyTemplates(language: $l, includeInactive: $all) { ${FIELDS} } }`;
const RENDER = 'query($c: ID!, $t: ID!) { renderCaseReplyTemplate(caseId: $c, templateId: $t) }';
const DELETE = 'mutation($id: ID!) { deleteCaseReplyTemplate(id: $id) { id } }';
const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => (res.errors?.[0]?.extensions?.['fields'] ?? []) as { path: string; message: string; messageKey?: string; params?: Record<string, unknown> }[];
const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['code'];
const save = async (c: ApiClient, i: Record<string, unknown>) => (await c.gqlOk<{ saveCaseReplyTemplate: { template: Template } }>(SAVE, { i })).saveCaseReplyTemplate.template;
const mine = (list: Template[]) => list.filter((t) => t.name.endsWith(tag)).map((t) => t.name);

beforeAll(async () => {
  manager = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceManager })).email);
  agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent, name: 'Ann Agent' })).email);
});

describe('reply templates', () => {
  it('are created, listed by language (the agent’s first, then any), changed, deactivated and deleted, each change audited', async () => {
    const en = await save(manager, { name: `B thanks ${tag}`, language: 'EN', body: 'Thank you, {{ contact.first_name }}.' });
    const zh = await save(manager, { name: `A 感谢 ${tag}`, language: 'ZH_CN', body: '{{ contact.last_name }}您好，感谢来信。' });
    const any = await save(manager, { name: `C sign-off ${tag}`, body: '— {{ agent.name }}' });
    expect(en).toMatchObject({ language: 'EN', active: true });
    expect(any.language).toBeNull();

    const forEnglish = (await agent.gqlOk<{ caseReplyTemplates: Template[] }>(LIST, { l: 'EN' })).caseReplyTemplates;
    expect(mine(forEnglish)).toEqual([`B thanks ${tag}`, `C sign-off ${tag}`]);
    const forChinese = (await agent.gqlOk<{ caseReplyTemplates: Template[] }>(LIST, { l: 'ZH_CN' })).caseReplyTemplates;
    expect(mine(forChinese)).toEqual([`A 感谢 ${tag}`, `C sign-off ${tag}`]);
    expect(mine((await agent.gqlOk<{ caseReplyTemplates: Template[] }>(LIST, {})).caseReplyTemplates)).toEqual([`A 感谢 ${tag}`, `B thanks ${tag}`, `C sign-off ${tag}`]);

    const changed = await save(manager, { id: en.id, name: `B thanks ${tag}`, language: 'EN', body: 'Many thanks, {{ contact.first_name }}.', active: false });
    expect(changed).toMatchObject({ id: en.id, body: 'Many thanks, {{ contact.first_name }}.', active: false });
    // An inactive template is not offered, but set-up still lists it.
    expect(mine((await agent.gqlOk<{ caseReplyTemplates: Template[] }>(LIST, { l: 'EN' })).caseReplyTemplates)).toEqual([`C sign-off ${tag}`]);
    expect(mine((await manager.gqlOk<{ caseReplyTemplates: Template[] }>(LIST, { all: true })).caseReplyTemplates)).toEqual([`A 感谢 ${tag}`, `B thanks ${tag}`, `C sign-off ${tag}`]);

    expect((await manager.gqlOk<{ deleteCaseReplyTemplate: { id: string } }>(DELETE, { id: zh.id })).deleteCaseReplyTemplate.id).toBe(zh.id);
    expect(codeOf(await manager.gql(DELETE, { id: zh.id }))).toBe('NOT_FOUND');
    const audit: { action: string; fields: string[] }[] = await api.ctx.ds.query(
      `SELECT action, ARRAY(SELECT c->>'field' FROM jsonb_array_elements(changes) c ORDER BY 1) AS fields FROM audit_log WHERE entity_type = 'case_reply_template' AND entity_id = ANY($1) ORDER BY id`,
      [[en.id, zh.id]],
    );
    expect(audit).toEqual([
      { action: 'create', fields: ['active', 'body', 'language', 'name'] },
      { action: 'create', fields: ['active', 'body', 'language', 'name'] },
      { action: 'update', fields: ['active', 'body'] },
      { action: 'delete', fields: ['active', 'body', 'language', 'name'] },
    ]);
  });

  it('refuses what would not render, by field and in the catalogue’s words, and stores nothing', async () => {
    const before = (await manager.gqlOk<{ caseReplyTemplates: Template[] }>(LIST, { all: true })).caseReplyTemplates.length;
    const empty = await manager.gql(SAVE, { i: { name: '  ', body: ' \n ' } });
    expect(codeOf(empty)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(empty).map((f) => [f.path, f.messageKey, f.message])).toEqual([
      ['input.name', 'service.templateNameRequired', 'Give the reply template a name.'],
      ['input.body', 'service.templateBodyRequired', 'Write the text of the template.'],
    ]);
    const syntax = await manager.gql(SAVE, { i: { name: `Broken ${tag}`, body: 'Hello\n\n{% if contact.first_name %}unclosed' } });
    expect(fieldsOf(syntax)).toEqual([
      { path: 'input.body', message: 'The placeholders do not parse on line 3: tag {% if contact.first_name %} not closed', messageKey: 'service.templateSyntax', params: { line: 3, detail: 'tag {% if contact.first_name %} not closed' } },
    ]);
    const unknown = await manager.gql(SAVE, { i: { name: `Unknown ${tag}`, body: 'Dear {{ contact.email }} at {{ account.name }}' } });
    expect(fieldsOf(unknown).map((f) => [f.path, f.messageKey, f.params])).toEqual([['input.body', 'service.templateUnknownPlaceholder', { name: 'contact.email' }]]);
    const include = await manager.gql(SAVE, { i: { name: `Include ${tag}`, body: '{% include "../../etc/passwd" %}' } });
    expect(fieldsOf(include).map((f) => f.messageKey)).toEqual(['service.templateFileTag']);
    const long = await manager.gql(SAVE, { i: { name: `Long ${tag}`, body: 'x'.repeat(10_001) } });
    expect(codeOf(long)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(long).map((f) => f.path)).toEqual(['input.body']);
    await save(manager, { name: `Taken ${tag}`, body: 'Hi' });
    const taken = await manager.gql(SAVE, { i: { name: `TAKEN ${tag}`, body: 'Hi again' } });
    expect(fieldsOf(taken)).toEqual([{ path: 'input.name', message: 'is taken by another template', messageKey: 'service.templateNameTaken' }]);
    const missing = await manager.gql(SAVE, { i: { id: '0190a000-0000-7000-8000-000000000000', name: `Gone ${tag}`, body: 'Hi' } });
    expect(codeOf(missing)).toBe('NOT_FOUND');
    expect((await manager.gqlOk<{ caseReplyTemplates: Template[] }>(LIST, { all: true })).caseReplyTemplates).toHaveLength(before + 1);
  });

  it('are changed only by those who change service set-up, and offered only to those who may reply or read set-up', async () => {
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    const portal = await api.signedIn((await api.ctx.newUser({ role: Role.PortalUser })).email);
    expect(codeOf(await agent.gql(SAVE, { i: { name: `Agent’s ${tag}`, body: 'Hi' } }))).toBe('FORBIDDEN');
    const t = await save(manager, { name: `Protected ${tag}`, body: 'Hi' });
    expect(codeOf(await agent.gql(DELETE, { id: t.id }))).toBe('FORBIDDEN');
    expect(codeOf(await rep.gql(LIST, {}))).toBe('FORBIDDEN');
    expect(codeOf(await portal.gql(LIST, {}))).toBe('FORBIDDEN');
    expect(codeOf(await portal.gql(LIST, { all: true }))).toBe('FORBIDDEN');
  });

  it('render for a case the caller may read, and the rendered reply lands in the thread', async () => {
    const rep = await api.ctx.newUser({ role: Role.SalesRep, name: 'Rita Rep' });
    const repClient = await api.signedIn(rep.email);
    const account = await api.ctx.newAccount({ name: '华东泵业', owner: { owner: rep.id, team: null } });
    const contact = await api.ctx.newContact({ firstName: '芳', lastName: '王', accountId: account.id, owner: { owner: rep.id, team: null } });
    const k = await api.ctx.newCase({ subject: 'Pump leaks', accountId: account.id, contactId: contact.id });
    const other = await api.ctx.newCase({ subject: 'Someone else’s', accountId: (await api.ctx.newAccount({ name: 'Other' })).id });
    const t = await save(manager, { name: `Greeting ${tag}`, language: 'ZH_CN', body: '{{ contact.last_name }}{{ contact.first_name }}您好：\n关于 {{ case.number }}（{{ case.subject }}），{{ account.name }}。\n{{ agent.name }}' });

    const text = (await agent.gqlOk<{ renderCaseReplyTemplate: string }>(RENDER, { c: k.id, t: t.id })).renderCaseReplyTemplate;
    expect(text).toBe(`王芳您好：\n关于 ${k.number}（Pump leaks），华东泵业。\nAnn Agent`);
    // A sales rep reads the case through the account and gets their own name; not someone else's case.
    expect((await repClient.gqlOk<{ renderCaseReplyTemplate: string }>(RENDER, { c: k.id, t: t.id })).renderCaseReplyTemplate).toContain('Rita Rep');
    expect(codeOf(await repClient.gql(RENDER, { c: other.id, t: t.id }))).toBe('NOT_FOUND');
    expect(codeOf(await agent.gql(RENDER, { c: '0190a000-0000-7000-8000-000000000000', t: t.id }))).toBe('NOT_FOUND');
    // A case without contact or account renders the names empty.
    const bare = await api.ctx.newCase({ subject: 'Bare' });
    expect((await agent.gqlOk<{ renderCaseReplyTemplate: string }>(RENDER, { c: bare.id, t: t.id })).renderCaseReplyTemplate).toBe(`您好：\n关于 ${bare.number}（Bare），。\nAnn Agent`);
    // A template taken out of use is not rendered any more.
    await save(manager, { id: t.id, name: t.name, language: 'ZH_CN', body: t.body, active: false });
    expect(codeOf(await agent.gql(RENDER, { c: k.id, t: t.id }))).toBe('NOT_FOUND');

    await agent.gqlOk('mutation($i: ReplyToCaseInput!) { replyToCase(input: $i) { message { id } } }', { i: { caseId: k.id, body: `${text}\n\nP.S. 明天上午到。` } });
    const thread = await agent.gqlOk<{ case: { messages: { direction: string; body: string }[] } }>('query($id: ID!) { case(id: $id) { messages { direction body } } }', { id: k.id });
    expect(thread.case.messages).toEqual([{ direction: 'OUTBOUND', body: `${text}\n\nP.S. 明天上午到。` }]);
  });
});
