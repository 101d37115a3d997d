import { CreateCaseDocument, RouteCaseDocument, RoutingQueuesDocument } from '@rapport/web-data-access';
import { pickOption } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { i18n } from '@rapport/web-ui';
import { afterEach, describe, expect, it } from 'vitest';
import { caseOnPage, casePageMock, casesMock, renderRoutes } from '../cases/cases-fixtures';
import { CASE_ROUTES } from '../cases/routes';
import { answering } from './routing-fixtures';

const KASE = caseOnPage();
const QUEUES = {
  routingQueues: [
    { __typename: 'RoutingQueue', id: 'q-1', name: 'Repairs', active: true },
    { __typename: 'RoutingQueue', id: 'q-2', name: 'Old desk', active: false },
  ],
};

describe('Routing a case (issue 19)', { timeout: 60_000 }, () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('names the queued and routed entries of the history in words', async () => {
    const entry = (kind: string) => ({ __typename: 'CaseHistoryEntry' as const, kind, at: '2026-12-07T01:00:00.000Z', actorId: null, relatedCaseId: null, relatedCaseNumber: null, queueName: null, routing: null });
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage({ history: [entry('routed'), entry('queued')] }))], 'SERVICE_AGENT');
    await screen.findByTestId('case-history', {}, { timeout: 10_000 });
    const texts = () => screen.getAllByTestId('case-history-entry').map((e) => e.textContent ?? '');
    expect(texts()).toEqual([expect.stringMatching(/^Routed to an agent /), expect.stringMatching(/^Queued for routing /)]);
    await i18n.changeLanguage('zh-CN');
    await waitFor(() => expect(texts()).toEqual([expect.stringMatching(/^已分配给客服 /), expect.stringMatching(/^已进入路由队列 /)]));
  });

  it('lets the rules choose by default', async () => {
    const sent: unknown[] = [];
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(KASE), answering(RoutingQueuesDocument, [QUEUES]), answering(RouteCaseDocument, [{ routeCase: true }], sent)], 'SERVICE_AGENT');
    fireEvent.click(await screen.findByTestId('case-route-open', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5_000 });
    fireEvent.click(within(dialog).getByTestId('case-route-submit'));
    await waitFor(() => expect(sent).toEqual([{ input: { caseId: 'k-1' } }]));
    expect(await screen.findByText('The case is waiting in the queue.', {}, { timeout: 5_000 })).toBeTruthy();
  });

  it('sends the queue picked (active ones only) and shows the API’s refusal on it', async () => {
    const sent: unknown[] = [];
    const refused = new GraphQLError('This queue does not exist.', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.queueId', message: 'This queue does not exist.' }] } });
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(KASE), answering(RoutingQueuesDocument, [QUEUES]), answering(RouteCaseDocument, [refused], sent)], 'SERVICE_MANAGER');
    fireEvent.click(await screen.findByTestId('case-route-open', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5_000 });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'This queue' }));
    const picker = await within(dialog).findByTestId('case-route-queue', {}, { timeout: 5_000 });
    await pickOption(picker, 'Repairs');
    expect(screen.queryByRole('option', { name: 'Old desk' })).toBeNull();
    fireEvent.click(within(dialog).getByTestId('case-route-submit'));
    await waitFor(() => expect(sent).toEqual([{ input: { caseId: 'k-1', queueId: 'q-1' } }]));
    await waitFor(() => expect(picker.closest('.ant-form-item')!.querySelector('.ant-form-item-explain-error')?.textContent).toBe('This queue does not exist.'));
  });

  it('is not offered to those who may not change the case', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock({ ...KASE, viewerCan: { ...KASE.viewerCan, update: false } })], 'SALES_REP');
    await screen.findByTestId('case-status', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('case-route-open')).toBeNull();
  });

  it('queues a new case for routing when asked to', async () => {
    const sent: { input: Record<string, unknown> }[] = [];
    const created = new GraphQLError('stop here', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.route', message: 'No queue takes it.' }] } });
    renderRoutes(CASE_ROUTES, '/service/cases', [casesMock([]), answering(CreateCaseDocument, [created], sent)], 'SERVICE_AGENT');
    fireEvent.click(await screen.findByTestId('case-create', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    fireEvent.change(within(dialog).getByTestId('case-subject'), { target: { value: 'Pump leaks' } });
    expect(within(dialog).getByText('Queue for routing')).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId('case-route'));
    fireEvent.click(within(dialog).getByTestId('case-submit'));
    await waitFor(() => expect(sent[0]?.input['route']).toBe(true));
    expect(await within(dialog).findByText('No queue takes it.', {}, { timeout: 5_000 })).toBeTruthy();
  });
});
