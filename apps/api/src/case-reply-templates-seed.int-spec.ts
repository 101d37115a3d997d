import { replyTemplateProblems } from '@rapport/service-domain';
import { DEMO_PASSWORD, seedDemoData } from './seed/demo-seed';
import { useTestApi } from './testing/test-api';

/** The demo's reply templates (issue 18 item 9): English and Chinese ones, each valid and rendering for a demo case. */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' }, async ({ ctx }) => {
  await seedDemoData(ctx.ds);
});

it('offers the agent the demo templates in their language first, each rendering for a demo case', async () => {
  const agent = await api.signedIn('agent@rapport.dev', DEMO_PASSWORD);
  type T = { id: string; name: string; language: string | null; body: string };
  const list = async (language: string) => (await agent.gqlOk<{ caseReplyTemplates: T[] }>('query($l: Locale) { caseReplyTemplates(language: $l) { id name language body } }', { l: language })).caseReplyTemplates;
  expect((await list('EN')).map((t) => t.language)).toEqual(['EN', 'EN', null]);
  const chinese = await list('ZH_CN');
  expect(chinese.map((t) => t.language)).toEqual(['ZH_CN', null]);
  const all = [...(await list('EN')), chinese[0]!];
  for (const t of all) expect([t.name, replyTemplateProblems(t.body)]).toEqual([t.name, []]);

  const { cases } = await agent.gqlOk<{ cases: { edges: { node: { id: string; number: string } }[] } }>('{ cases(first: 1, filter: { contactId: { isNull: false } }) { edges { node { id number } } } }');
  const k = cases.edges[0]!.node;
  for (const t of all) {
    const text = (await agent.gqlOk<{ renderCaseReplyTemplate: string }>('query($c: ID!, $t: ID!) { renderCaseReplyTemplate(caseId: $c, templateId: $t) }', { c: k.id, t: t.id })).renderCaseReplyTemplate;
    expect(text).not.toContain('{{');
    if (t.body.includes('case.number')) expect(text).toContain(k.number);
  }
});
