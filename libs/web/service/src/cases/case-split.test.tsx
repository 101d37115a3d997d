import { SplitCaseDocument, type SplitCaseMutationVariables } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { i18n } from '@rapport/web-ui';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, caseOnPage, casePageMock, message, renderRoutes } from './cases-fixtures';
import { CASE_ROUTES } from './routes';

const THREAD = [
  message('m-1'),
  message('m-2', { direction: 'OUTBOUND', body: 'We are sending someone.', fromAddress: null }),
  message('m-3', { body: 'Also, the invoice is wrong.', createdAt: '2026-12-02T02:00:00.000Z' }),
  message('m-4', { direction: 'INTERNAL', channel: 'NOTE', body: 'Billing, not the pump.', fromAddress: null, subject: '' }),
];
const KASE = caseOnPage({ messages: THREAD });
const NEW = caseOnPage({ id: 'k-2', number: 'CS-2026-000002', subject: 'Invoice is wrong', splitFromId: 'k-1', messages: [THREAD[2]!, THREAD[3]!] });
const casePages = () => ({
  request: { query: casePageMock(null).request.query, variables: () => true },
  result: (v: { id: string }) => ({
    data: {
      case:
        v.id === 'k-2'
          ? { ...NEW, history: [{ __typename: 'CaseHistoryEntry' as const, kind: 'split_from', at: '2026-12-07T01:00:00.000Z', actorId: 'u-me', relatedCaseId: 'k-1', relatedCaseNumber: 'CS-2026-000001', queueName: null, routing: null }] }
          : KASE,
    },
  }),
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('Splitting a case', { timeout: 60_000 }, () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('lets the agent tick messages, name the new case and confirm, then opens the new case that says where it came from', async () => {
    const sent: SplitCaseMutationVariables[] = [];
    const split = { request: { query: SplitCaseDocument, variables: () => true }, result: (v: SplitCaseMutationVariables) => (sent.push(v), { data: { splitCase: { __typename: 'CasePayload', case: NEW } } }) };
    const router = renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePages(), split], 'SERVICE_AGENT');
    const open = await screen.findByTestId('case-split-open', {}, { timeout: 10_000 });
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    fireEvent.click(open);
    expect(open.getAttribute('aria-pressed')).toBe('true');
    // One labelled checkbox per message, reachable by keyboard (native inputs, in the thread's order).
    const boxes = within(screen.getByTestId('case-thread')).getAllByRole('checkbox');
    expect(boxes).toHaveLength(4);
    expect(boxes[2]!.getAttribute('aria-label')).toMatch(/^Move to the new case: Customer, /);
    expect(boxes[3]!.getAttribute('aria-label')).toMatch(/^Move to the new case: Internal note, /);
    expect(boxes.every((b) => b.tabIndex >= 0)).toBe(true);
    fireEvent.click(boxes[2]!);
    fireEvent.click(boxes[3]!);
    const bar = screen.getByTestId('case-split');
    expect(within(bar).getByTestId('case-split-count').textContent).toBe('2 messages chosen');
    // The subject is asked for before the server is.
    fireEvent.click(within(bar).getByTestId('case-split-submit'));
    expect(within(bar).getByTestId('case-split-error').textContent).toBe('Give the new case a subject.');
    fireEvent.change(within(bar).getByLabelText('Subject of the new case'), { target: { value: ' Invoice is wrong ' } });
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(within(bar).getByTestId('case-split-submit'));
    await waitFor(() => expect(sent).toEqual([{ input: { caseId: 'k-1', messageIds: ['m-3', 'm-4'], subject: 'Invoice is wrong' } }]));
    await waitFor(() => expect(router.state.location.pathname).toBe('/service/cases/k-2'));
    const from = await screen.findByTestId('case-split-from', {}, { timeout: 10_000 });
    expect(from.textContent).toBe('Split from CS-2026-000001');
    expect(from.getAttribute('href')).toBe('/service/cases/k-1');
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(screen.getByTestId('case-number').textContent).toBe('CS-2026-000002');
    const entry = screen.getAllByTestId('case-history-entry').find((e) => e.getAttribute('data-kind') === 'split_from')!;
    expect(entry.textContent).toContain('Split off another case');
    expect(within(entry).getByTestId('case-history-case').getAttribute('href')).toBe('/service/cases/k-1');
  });

  it('keeps one message on the case and shows the server’s refusal in the reader’s language', async () => {
    await i18n.changeLanguage('zh-CN');
    const refused = {
      request: { query: SplitCaseDocument, variables: () => true },
      result: { errors: [new GraphQLError('A closed case cannot be split; open a new case instead.', { extensions: { code: 'VALIDATION_FAILED', messageKey: 'service.splitClosed' } })] },
    };
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePages(), refused], 'SERVICE_AGENT');
    fireEvent.click(await screen.findByTestId('case-split-open', {}, { timeout: 10_000 }));
    const boxes = within(screen.getByTestId('case-thread')).getAllByRole('checkbox');
    for (const b of boxes) fireEvent.click(b);
    const bar = screen.getByTestId('case-split');
    fireEvent.change(within(bar).getByTestId('case-split-subject'), { target: { value: '发票有误' } });
    fireEvent.click(within(bar).getByTestId('case-split-submit'));
    expect(within(bar).getByTestId('case-split-error').textContent).toBe('本工单至少要保留一条消息。');
    fireEvent.click(boxes[0]!);
    fireEvent.click(within(bar).getByTestId('case-split-submit'));
    await waitFor(() => expect(within(bar).getByTestId('case-split-error').textContent).toBe('已关闭的工单不能拆分，请新建工单。'));
    // Cancel leaves the thread as it was.
    fireEvent.click(within(bar).getByTestId('case-split-cancel'));
    expect(screen.queryByTestId('case-split')).toBeNull();
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });

  it('is not offered to those who may not change the case, nor on a thread of one message', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage({ messages: THREAD.filter((m) => m.direction !== 'INTERNAL'), viewerCan: { __typename: 'CaseViewerCan', update: false, reply: false, addNote: false } }))], 'SALES_REP');
    await screen.findByTestId('case-thread', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('case-split-open')).toBeNull();
  });

  it('needs a second message to split', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage({ messages: [message('m-1')] }))], 'SERVICE_AGENT');
    await screen.findByTestId('case-log-call', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('case-split-open')).toBeNull();
  });
});
