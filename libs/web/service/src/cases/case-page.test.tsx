import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { attachment, axeViolations, caseOnPage, casePageMock, message, milestone, renderRoutes } from './cases-fixtures';
import { CASE_ROUTES } from './routes';

const at = (minutes: number) => new Date(Date.parse('2026-12-07T02:00:00.000Z') + minutes * 60_000).toISOString();

const THREAD = [
  message('m-1'),
  message('m-2', { direction: 'OUTBOUND', body: 'We are sending someone.', fromAddress: null, toAddresses: ['ann@acme.example'], sentAt: at(-60) }),
  message('m-3', { direction: 'INBOUND', channel: 'PHONE', body: 'Asked for Monday.', fromAddress: null, phoneNumber: '+8613800000000', durationSeconds: 330, subject: '' }),
  message('m-4', { direction: 'INTERNAL', channel: 'NOTE', body: 'Seal is out of stock.', fromAddress: null, subject: '' }),
];

describe('Case page', { timeout: 60_000 }, () => {
  it('gives a service agent the selectors, the reply and note boxes and "Log a call", the thread and the live timer', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage({ messages: THREAD }))], 'SERVICE_AGENT');
    await screen.findByTestId('case-thread', {}, { timeout: 10_000 });
    expect(screen.getByTestId('case-number').textContent).toBe('CS-2026-000001');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Pump k-1 leaks');
    expect(screen.getByTestId('case-status-select')).toBeTruthy();
    expect(screen.getByTestId('case-priority-select')).toBeTruthy();
    expect(screen.getByTestId('case-owner').textContent).toBe('Owner: Alex Agent');
    expect(screen.getByTestId('case-reply')).toBeTruthy();
    expect(screen.getByTestId('case-note')).toBeTruthy();
    expect(screen.getByTestId('case-log-call')).toBeTruthy();
    const timer = screen.getByTestId('sla-timer');
    expect(timer.getAttribute('data-state')).toBe('running');
    expect(within(timer).getByTestId('sla-timer-text').textContent?.trim()).toBe('2 h 30 min left');
    expect(timer.textContent).toContain('First response');
    const messages = screen.getAllByTestId('case-message');
    expect(messages.map((m) => m.getAttribute('data-direction'))).toEqual(['INBOUND', 'OUTBOUND', 'INBOUND', 'INTERNAL']);
    expect(messages[0]!.textContent).toContain('Customer');
    expect(messages[1]!.textContent).toContain('Reply');
    expect(messages[3]!.textContent).toContain('Internal note');
    expect(within(messages[2]!).getByTestId('case-call-details').textContent).toBe('The customer called · +8613800000000 · 5 min 30 s');
    expect(within(messages[2]!).getByRole('img', { name: 'Phone' })).toBeTruthy();
    expect(screen.getByTestId('case-account-link').getAttribute('href')).toBe('/sales/accounts/a-1');
    expect(screen.getByTestId('case-contact-link').getAttribute('href')).toBe('/sales/contacts/c-1');
    expect(screen.getAllByTestId('case-history-entry').map((e) => e.textContent)).toEqual([expect.stringContaining('Case opened')]);
    expect(await axeViolations()).toEqual([]);
  });

  it('names every kind of history entry in words, visits and escalations included', async () => {
    const entry = (kind: string) => ({ __typename: 'CaseHistoryEntry' as const, kind, at: at(-10), actorId: null, relatedCaseId: null, relatedCaseNumber: null, queueName: null, routing: null });
    const kinds = ['work_order_created', 'work_order_changed', 'work_order_status', 'visit_proposed', 'visit_confirmed', 'technician_assigned', 'visit_report', 'escalated'];
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage({ history: kinds.map(entry) }))], 'SERVICE_AGENT');
    await screen.findByTestId('case-history', {}, { timeout: 10_000 });
    const texts = screen.getAllByTestId('case-history-entry').map((e) => e.textContent ?? '');
    expect(texts.map((t) => t.split(' ').slice(0, 2).join(' '))).toEqual(['Visit planned', 'Visit changed', 'Visit status', 'Visit times', 'Visit time', 'Technician assigned', 'Visit report', expect.stringMatching(/^Escalated/)]);
    for (const text of texts) expect(text).not.toMatch(/_/);
  });

  it('lets a sales rep read the case of their customer: no selectors, no reply, no note box, no call logging', async () => {
    const kase = caseOnPage({ viewerCan: { __typename: 'CaseViewerCan', update: false, reply: false, addNote: false }, messages: THREAD.filter((m) => m.direction !== 'INTERNAL') });
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(kase)], 'SALES_REP');
    await screen.findByTestId('case-thread', {}, { timeout: 10_000 });
    await waitFor(() => expect(screen.getByTestId('case-status').textContent).toBe('Open'));
    expect(screen.getByTestId('case-priority').textContent).toBe('Normal');
    for (const id of ['case-status-select', 'case-priority-select', 'case-reply', 'case-note', 'case-log-call']) expect(screen.queryByTestId(id), id).toBeNull();
    expect(screen.queryByText('Internal note')).toBeNull();
  });

  it('says how each clock stands: met, overdue, paused, in words as well as colour', async () => {
    const milestones = [
      milestone('FIRST_RESPONSE', { state: 'MET', completedAt: at(-30), dueAt: at(-10) }),
      milestone('NEXT_RESPONSE', { state: 'RUNNING', dueAt: at(-45), warnAt: null, late: true }),
      milestone('RESOLUTION', { state: 'PAUSED', dueAt: null, warnAt: null, targetMinutes: 480, spentMinutes: 200 }),
    ];
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage({ sla: { __typename: 'CaseSla', policyId: 'p-1', entitlementId: 'e-1', milestones } }))], 'SERVICE_AGENT');
    await screen.findByTestId('sla-timers', {}, { timeout: 10_000 });
    const texts = screen.getAllByTestId('sla-timer-text').map((e) => e.textContent?.trim());
    expect(texts).toEqual(['Met', 'Overdue by 45 min 0 s', 'Paused, 4 h 40 min of business time left']);
    expect(screen.getAllByTestId('sla-timer').map((e) => e.getAttribute('data-state'))).toEqual(['met', 'overdue', 'paused']);
    // Colour is only a second cue: the overdue one is red (antd's danger text) and says so.
    expect(screen.getAllByTestId('sla-timer-text')[1]!.className).toContain('ant-typography-danger');
  });

  it('shows a milestone met late and one past its warning threshold', async () => {
    const milestones = [
      milestone('FIRST_RESPONSE', { state: 'BREACHED', completedAt: at(-5), late: true }),
      milestone('RESOLUTION', { state: 'RUNNING', dueAt: at(20), warnAt: at(-10) }),
    ];
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage({ sla: { __typename: 'CaseSla', policyId: 'p-1', entitlementId: 'e-1', milestones } }))], 'SERVICE_AGENT');
    await screen.findByTestId('sla-timers', {}, { timeout: 10_000 });
    expect(screen.getAllByTestId('sla-timer-text').map((e) => e.textContent?.trim())).toEqual(['Met late (breached)', '20 min 0 s left']);
    expect(screen.getAllByTestId('sla-timer-text')[1]!.className).toContain('ant-typography-warning');
  });

  it('lists a message’s files as downloads with their size and kind, and says which were not kept and why', async () => {
    const withFiles = message('m-1', {
      attachments: [attachment('f-1', '报价单.pdf', 'application/pdf', 250_000), attachment('f-2', 'leak.png', 'image/png', 2_621_440), attachment('f-3', 'notes.txt', 'text/plain', 820)],
      refusedAttachments: [
        { __typename: 'RefusedCaseAttachment', filename: 'setup.exe', reason: 'TYPE', size: 90_000 },
        { __typename: 'RefusedCaseAttachment', filename: 'invoice.pdf', reason: 'MISMATCH', size: 4_000 },
      ],
    });
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage({ messages: [withFiles, message('m-2', { direction: 'OUTBOUND', fromAddress: null })] }))], 'SERVICE_AGENT');
    await screen.findByTestId('case-thread', {}, { timeout: 10_000 });
    const [first, second] = screen.getAllByTestId('case-message');
    const files = within(first!).getAllByTestId('case-attachment');
    expect(files.map((f) => f.getAttribute('data-content-type'))).toEqual(['application/pdf', 'image/png', 'text/plain']);
    const links = within(first!).getAllByTestId('case-attachment-link');
    expect(links.map((a) => a.textContent)).toEqual(['报价单.pdf', 'leak.png', 'notes.txt']);
    expect(links[0]!.getAttribute('href')).toBe('/api/v1/cases/k-1/attachments/f-1');
    expect(links[0]!.getAttribute('download')).toBe('报价单.pdf');
    expect(within(first!).getAllByTestId('case-attachment-size').map((e) => e.textContent)).toEqual(['245 kB', '2.5 MB', '1 kB']);
    expect(within(first!).getByRole('list', { name: 'Attachments' })).toBeTruthy();
    expect(within(first!).getByTestId('case-attachments-refused').textContent).toBe('Attachments not kept: setup.exe (type not allowed), invoice.pdf (content does not match its name or type)');
    // A message without files shows neither list.
    expect(within(second!).queryByTestId('case-attachments')).toBeNull();
    expect(within(second!).queryByTestId('case-attachments-refused')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('says when a case has no SLA', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage({ sla: { __typename: 'CaseSla', policyId: null, entitlementId: null, milestones: [] } }))], 'SERVICE_AGENT');
    expect((await screen.findByTestId('sla-none', {}, { timeout: 10_000 })).textContent).toContain('No SLA');
  });

  it('says a case that does not exist (or is not the viewer’s to see) is not there', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases/k-9', [casePageMock(null)], 'SERVICE_AGENT');
    expect(await screen.findByText('This case does not exist or you may not see it.', {}, { timeout: 10_000 })).toBeTruthy();
  });
});
