import { renderReplyTemplate, replyTemplateProblems, replyTemplateVariables, type ReplyCaseFacts } from './reply-template';

const facts: ReplyCaseFacts = {
  number: 'CS-2026-000042',
  subject: '  Printer jams on every page ',
  contact: { firstName: 'Mei', lastName: 'Lin' },
  account: { name: 'Acme Trading' },
  agent: { name: 'Sam Service', email: 'sam@example.com' },
};

describe('reply template variables', () => {
  it('take the contact’s and account’s names, the case’s number and subject, and the agent’s name', () => {
    expect(replyTemplateVariables(facts)).toEqual({
      contact: { first_name: 'Mei', last_name: 'Lin' },
      case: { number: 'CS-2026-000042', subject: 'Printer jams on every page' },
      agent: { name: 'Sam Service' },
      account: { name: 'Acme Trading' },
    });
  });

  it('are empty text without a contact or account, and the agent’s address stands in for a missing name', () => {
    const v = replyTemplateVariables({ ...facts, contact: null, account: null, agent: { name: '  ', email: 'sam@example.com' } });
    expect(v.contact).toEqual({ first_name: '', last_name: '' });
    expect(v.account).toEqual({ name: '' });
    expect(v.agent).toEqual({ name: 'sam@example.com' });
    expect(replyTemplateVariables({ ...facts, contact: { firstName: null, lastName: 'Lin' } }).contact).toEqual({ first_name: '', last_name: 'Lin' });
  });
});

describe('reply template bodies', () => {
  it('accept our placeholders, in any Liquid form, and tags', () => {
    expect(replyTemplateProblems('Dear {{ contact.first_name }} {{contact["last_name"]}},\n{% if account.name != "" %}({{ account.name | upcase }}){% endif %}\n— {{ agent.name }}, {{ case.number }}: {{ case.subject }}')).toEqual([]);
  });

  it('report a syntax error with its line', () => {
    expect(replyTemplateProblems('Hello\n\n{% if contact.first_name %}no end')).toEqual([{ kind: 'syntax', line: 3, detail: 'tag {% if contact.first_name %} not closed' }]);
    expect(replyTemplateProblems('Hi {{ contact.first_name | shout }}')[0]).toMatchObject({ kind: 'syntax', line: 1, detail: 'undefined filter: shout' });
  });

  it('refuse unknown placeholders by name, once each, and any include of another template', () => {
    expect(replyTemplateProblems('{{ contact.email }} {{ contact.email }} {{ case }} {{ case.number }}')).toEqual([
      { kind: 'unknownPlaceholder', name: 'contact.email' },
      { kind: 'unknownPlaceholder', name: 'case' },
    ]);
    expect(replyTemplateProblems('{% include "/etc/passwd" %}')).toEqual([{ kind: 'fileTag' }]);
    expect(replyTemplateProblems('{%- render "x" -%}')).toEqual([{ kind: 'fileTag' }]);
  });

  it('render as plain text: nothing escaped, missing names empty', async () => {
    const v = replyTemplateVariables({ ...facts, contact: null, account: { name: 'R&D <Labs>' } });
    expect(await renderReplyTemplate('Dear {{ contact.first_name }}customer of {{ account.name }}, re {{ case.number }}', v)).toBe('Dear customer of R&D <Labs>, re CS-2026-000042');
  });
});
