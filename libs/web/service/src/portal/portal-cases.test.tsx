import { AnswerPortalSurveyDocument, ClosePortalCaseDocument, PortalCaseDocument, PortalCasesDocument, PortalSurveyDocument, ReplyToPortalCaseDocument, type PortalCaseFieldsFragment } from '@rapport/web-data-access';
import { i18n, nameAntdControls } from '@rapport/web-ui';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { aCase, aRow, casesMock, renderPortal } from './portal-fixtures';

const T = { timeout: 10_000 };

afterEach(async () => {
  await i18n.changeLanguage('en');
});

async function axeViolations(): Promise<string[]> {
  nameAntdControls(document.body, i18n.t);
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const caseMock = (kase: PortalCaseFieldsFragment | null) => ({ request: { query: PortalCaseDocument, variables: { id: kase?.id ?? 'k-x' } }, result: { data: { portalCase: kase } }, maxUsageCount: 5 });
const surveyMock = (survey: unknown, caseId = 'k-1') => ({ request: { query: PortalSurveyDocument, variables: { caseId } }, result: { data: { portalSurvey: survey } } });

describe('My cases', { timeout: 60_000 }, () => {
  it('lists status, number, subject and the promised answer; a colleague’s case is marked', async () => {
    renderPortal('/portal', [casesMock([aRow('k-1'), aRow('k-2', { statusName: 'Waiting on you', statusCategory: 'WAITING', responseDueAt: null, openedByColleague: true })])]);
    await screen.findByTestId('portal-cases', {}, T);
    const [mine, theirs] = screen.getAllByTestId('portal-case-row');
    expect(within(mine!).getByTestId('portal-case-status').textContent).toBe('Open');
    expect(mine!.textContent).toContain('CS-2026-000001');
    expect(within(mine!).getByRole('link', { name: 'Pump k-1 leaks' }).getAttribute('href')).toBe('/portal/cases/k-1');
    expect(within(mine!).getByTestId('portal-case-due').textContent).toMatch(/^Answer promised by 2026-12-0\d \d\d:30$/);
    expect(within(mine!).queryByTestId('portal-case-colleague')).toBeNull();
    expect(within(theirs!).getByTestId('portal-case-colleague').textContent).toBe('Opened by a colleague');
    expect(within(theirs!).queryByTestId('portal-case-due')).toBeNull();
    // The portal's own header, no staff navigation.
    expect(screen.getByRole('link', { name: 'My cases' })).toBeTruthy();
    expect(screen.getByTestId('portal-sign-out')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });

  it('says honestly that there are none', async () => {
    renderPortal('/portal', [casesMock([])]);
    expect((await screen.findByTestId('portal-cases-empty', {}, T)).textContent).toBe('You have no cases. When you ask us something, it shows here.');
  });

  it('says when the cases could not be loaded', async () => {
    renderPortal('/portal', [{ request: { query: PortalCasesDocument, variables: { first: 20 } }, error: new Error('offline') }]);
    expect((await screen.findByTestId('portal-cases-error', {}, T)).textContent).toContain('Your cases could not be loaded.');
  });

  it('is in Traditional Chinese when chosen', async () => {
    await i18n.changeLanguage('zh-TW');
    renderPortal('/portal', [casesMock([aRow('k-1', { openedByColleague: true })])]);
    await screen.findByTestId('portal-cases', {}, T);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('我的案件');
    expect(screen.getByTestId('portal-case-colleague').textContent).toBe('由同事提出');
    // antd spaces two Chinese characters out in a button.
    expect(screen.getByTestId('portal-sign-out').textContent?.replace(/\s/g, '')).toBe('登出');
  });
});

describe('A portal case', { timeout: 60_000 }, () => {
  it('shows the thread oldest first, sends a reply and closes after confirming', async () => {
    const replied = aCase('k-1', { messages: [...aCase('k-1').messages, { __typename: 'PortalMessage', id: 'm-3', fromCustomer: true, body: 'Done, thanks.', authorName: null, createdAt: '2026-12-02T02:00:00.000Z', attachments: [] }] });
    const closed = aCase('k-1', { statusName: 'Closed', statusCategory: 'CLOSED' });
    const asked: unknown[] = [];
    renderPortal('/portal/cases/k-1', [
      caseMock(aCase('k-1')),
      { request: { query: ReplyToPortalCaseDocument, variables: (v: unknown) => (asked.push(v), true) }, result: { data: { replyToPortalCase: replied } } },
      { request: { query: ClosePortalCaseDocument, variables: { input: { caseId: 'k-1' } } }, result: { data: { closePortalCase: closed } } },
      surveyMock(null),
    ]);
    const thread = await screen.findByTestId('portal-thread', {}, T);
    const messages = within(thread).getAllByTestId('portal-message');
    expect(messages.map((m) => m.getAttribute('data-from'))).toEqual(['customer', 'support']);
    expect(messages[1]!.textContent).toContain('Alex Agent');
    expect(messages[1]!.textContent).toContain('Please close the valve.');
    fireEvent.change(screen.getByTestId('portal-reply'), { target: { value: 'Done, thanks.' } });
    fireEvent.click(screen.getByTestId('portal-send'));
    await waitFor(() => expect(within(thread).getAllByTestId('portal-message')).toHaveLength(3), T);
    expect(asked).toEqual([{ input: { caseId: 'k-1', body: 'Done, thanks.' } }]);
    // The thread shows the reply from the cache a moment before the form stops being disabled for the send.
    await waitFor(() => expect((screen.getByTestId('portal-close') as HTMLButtonElement).disabled).toBe(false), T);
    fireEvent.click(screen.getByTestId('portal-close'));
    fireEvent.click(await screen.findByRole('button', { name: 'Close it' }, T));
    expect(await screen.findByTestId('portal-case-closed', {}, T)).toBeTruthy();
    expect(screen.queryByTestId('portal-reply')).toBeNull();
  });

  it('puts the server’s refusal of a reply under the reply box', async () => {
    renderPortal('/portal/cases/k-1', [
      caseMock(aCase('k-1')),
      { request: { query: ReplyToPortalCaseDocument, variables: () => true }, result: { errors: [new GraphQLError('Validation failed', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.body', message: 'Write your message.' }] } })] } },
    ]);
    fireEvent.change(await screen.findByTestId('portal-reply', {}, T), { target: { value: 'x' } });
    fireEvent.click(screen.getByTestId('portal-send'));
    expect(await screen.findByText('Write your message.', {}, T)).toBeTruthy();
  });

  it('says when the case is not theirs to see', async () => {
    renderPortal('/portal/cases/k-x', [caseMock(null)]);
    expect((await screen.findByTestId('portal-case-missing', {}, T)).textContent).toContain('not yours to see');
  });

  it('asks a resolved case’s survey: stars, questions and comment, then thanks', async () => {
    const survey = { __typename: 'PortalSurvey', answered: false, rating: null, language: 'en', questions: [{ __typename: 'PortalSurveyQuestion', key: 'fixed', kind: 'YES_NO', text: 'Was it fixed?', required: false }] };
    const asked: unknown[] = [];
    renderPortal('/portal/cases/k-1', [
      caseMock(aCase('k-1', { statusName: 'Resolved', statusCategory: 'RESOLVED' })),
      surveyMock(survey),
      { request: { query: AnswerPortalSurveyDocument, variables: (v: unknown) => (asked.push(v), true) }, result: { data: { answerPortalSurvey: { __typename: 'PortalSurvey', answered: true, rating: 5 } } } },
      surveyMock({ ...survey, answered: true, rating: 5 }),
    ]);
    const card = await screen.findByTestId('portal-survey', {}, T);
    fireEvent.click(within(card).getByTestId('portal-survey-submit'));
    expect(await within(card).findByText('Choose 1 to 5 stars.', {}, T)).toBeTruthy();
    // Each star is a named radio (read out as "5 stars"), not an unnamed picture.
    fireEvent.click(within(card).getByRole('radio', { name: '5 stars' }));
    fireEvent.click(within(card).getByRole('radio', { name: 'Yes' }));
    fireEvent.change(within(card).getByTestId('portal-survey-comment'), { target: { value: ' Quick help ' } });
    fireEvent.click(within(card).getByTestId('portal-survey-submit'));
    expect((await screen.findByTestId('portal-survey-thanks', {}, T)).textContent).toBe('Thank you for your answer.');
    expect(asked).toEqual([{ input: { caseId: 'k-1', rating: 5, answers: [{ key: 'fixed', yes: true }], comment: 'Quick help' } }]);
  });
});
