import { AddCaseNoteDocument, CreateCaseDocument, ReplyToCaseDocument, type AddCaseNoteMutationVariables, type ReplyToCaseMutationVariables } from '@rapport/web-data-access';
import { pickOption } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { i18n } from '@rapport/web-ui';
import { afterEach, describe, expect, it } from 'vitest';
import { caseOnPage, casePageMock, casesMock, message, renderRoutes } from './cases-fixtures';
import { CASE_ROUTES } from './routes';

const KASE = caseOnPage();
const ZH_TW_CLOSED = '已關閉的案件不能再回覆，請新建一個與之關聯的案件。';
const payload = (m = message('m-9', { direction: 'OUTBOUND' })) => ({ __typename: 'CaseMessagePayload', message: m, case: { ...KASE } });

describe('Case actions', { timeout: 60_000 }, () => {
  it('sends a reply and moves the case to the status picked with it', async () => {
    const sent: ReplyToCaseMutationVariables[] = [];
    const reply = { request: { query: ReplyToCaseDocument, variables: () => true }, result: (v: ReplyToCaseMutationVariables) => (sent.push(v), { data: { replyToCase: payload() } }) };
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(KASE), reply], 'SERVICE_AGENT');
    const box = await screen.findByTestId('case-reply', {}, { timeout: 10_000 });
    fireEvent.change(within(box).getByLabelText('Your reply'), { target: { value: 'A technician comes on Monday.' } });
    await pickOption(within(box).getByTestId('case-reply-status'), 'Waiting on customer');
    fireEvent.click(within(box).getByTestId('case-reply-submit'));
    await waitFor(() => expect(sent).toEqual([{ input: { caseId: 'k-1', body: 'A technician comes on Monday.', status: 'waiting_customer' } }]));
  });

  it('adds an internal note, and refuses an empty one before asking the server', async () => {
    const sent: AddCaseNoteMutationVariables[] = [];
    const note = { request: { query: AddCaseNoteDocument, variables: () => true }, result: (v: AddCaseNoteMutationVariables) => (sent.push(v), { data: { addCaseNote: payload(message('m-9', { direction: 'INTERNAL', channel: 'NOTE' })) } }) };
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(KASE), note], 'SERVICE_AGENT');
    const box = await screen.findByTestId('case-note', {}, { timeout: 10_000 });
    fireEvent.click(within(box).getByTestId('case-note-submit'));
    expect(await within(box).findByText('Write something first.')).toBeTruthy();
    fireEvent.change(within(box).getByTestId('case-note-body'), { target: { value: 'Seal ordered.' } });
    fireEvent.click(within(box).getByTestId('case-note-submit'));
    await waitFor(() => expect(sent).toEqual([{ input: { caseId: 'k-1', body: 'Seal ordered.' } }]));
  });

  it('checks a logged call’s number is E.164', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(KASE)], 'SERVICE_AGENT');
    fireEvent.click(await screen.findByTestId('case-log-call', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    fireEvent.change(within(dialog).getByTestId('case-call-number'), { target: { value: '138 0000 0000' } });
    fireEvent.change(within(dialog).getByTestId('case-call-notes'), { target: { value: 'Confirmed Monday.' } });
    fireEvent.click(within(dialog).getByTestId('case-call-submit'));
    expect(await within(dialog).findByText(/Enter the number in international format/)).toBeTruthy();
  });

  it('shows the server’s message on the field it is about when a new case is refused', async () => {
    const refused = {
      request: { query: CreateCaseDocument, variables: () => true },
      result: { errors: [new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.subject', message: 'is too long' }] } })] },
    };
    renderRoutes(CASE_ROUTES, '/service/cases', [casesMock([]), refused], 'SERVICE_AGENT');
    fireEvent.click(await screen.findByTestId('case-create', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    fireEvent.change(within(dialog).getByTestId('case-subject'), { target: { value: 'Pump leaks' } });
    fireEvent.click(within(dialog).getByTestId('case-submit'));
    expect(await within(dialog).findByText('is too long', {}, { timeout: 5_000 })).toBeTruthy();
  });
});

describe('Case page in Traditional Chinese', { timeout: 60_000 }, () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('counts down in the reader’s words and shows the server’s refusal of a reply in them', async () => {
    await i18n.changeLanguage('zh-TW');
    const refused = {
      request: { query: ReplyToCaseDocument, variables: () => true },
      result: { errors: [new GraphQLError('A closed case takes no more replies; open a new case linked to it.', { extensions: { code: 'VALIDATION_FAILED', messageKey: 'service.closedNoReply' } })] },
    };
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(KASE), refused], 'SERVICE_AGENT');
    const box = await screen.findByTestId('case-reply', {}, { timeout: 10_000 });
    expect(screen.getByTestId('sla-timer-text').textContent?.trim()).toBe('剩餘 2 小時 30 分鐘');
    expect(box.querySelector('.ant-card-head-title')?.textContent).toBe('回覆客戶');
    fireEvent.change(within(box).getByTestId('case-reply-body'), { target: { value: '週一派員到府。' } });
    fireEvent.click(within(box).getByTestId('case-reply-submit'));
    expect((await within(box).findByTestId('case-reply-error', {}, { timeout: 5_000 })).textContent).toBe(ZH_TW_CLOSED);
  });
});
