import {
  AssignTechnicianDocument,
  MoveWorkOrderDocument,
  ProposeVisitSlotsDocument,
  RecordVisitReportDocument,
  SuggestTechniciansDocument,
  type AssignTechnicianMutationVariables,
  type MoveWorkOrderMutationVariables,
  type ProposeVisitSlotsMutationVariables,
  type RecordVisitReportMutationVariables,
} from '@rapport/web-data-access';
import { i18n, loadLazyMessages } from '@rapport/web-ui';
import { userOptionsMock } from '@rapport/web-testing';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../cases/cases-fixtures';
import { aVisit, caseVisitsMock, payloadMock, renderCaseVisits, tech } from './visit-fixtures';

const USED_UP = { __typename: 'WorkOrderWarning' as const, code: 'visits_used_up', message: 'The contract’s visits are used up; this visit counts beyond them.' };

async function visitsOnCard(n: number) {
  const card = await screen.findByTestId('case-visits', {}, { timeout: 10_000 });
  await waitFor(() => expect(within(card).getAllByTestId('case-visit')).toHaveLength(n), { timeout: 10_000 });
  return { card, rows: within(card).getAllByTestId('case-visit') };
}

const moves = (row: HTMLElement) => within(row).queryAllByTestId('visit-move').map((b) => b.getAttribute('data-to'));
const has = (row: HTMLElement, testId: string) => within(row).queryByTestId(testId) !== null;

describe('Visit actions on the case page', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    for (const lng of ['en', 'zh-CN', 'zh-TW']) await loadLazyMessages('service', lng);
  });
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('offers a dispatcher only the moves the API lists for each status, with planning while planned and the report on site', async () => {
    const li = tech('u-li', 'Li Technician');
    renderCaseVisits('SERVICE_AGENT', [
      caseVisitsMock([
        aVisit('w-1', { status: 'SCHEDULED', nextStatuses: ['CANCELLED'] }),
        aVisit('w-2', { status: 'EN_ROUTE', technician: li, technicianId: 'u-li', nextStatuses: ['SCHEDULED', 'ON_SITE', 'CANCELLED'] }),
        aVisit('w-3', { status: 'ON_SITE', technician: li, technicianId: 'u-li', nextStatuses: [] }),
        aVisit('w-4', { status: 'ON_SITE', technician: li, technicianId: 'u-li', workDone: 'Seal replaced', reportedAt: '2026-12-10T03:00:00Z', nextStatuses: ['DONE'] }),
        aVisit('w-5', { status: 'DONE', technician: li, technicianId: 'u-li', nextStatuses: [] }),
      ]),
    ]);
    const { rows } = await visitsOnCard(5);
    const [scheduled, enRoute, onSite, reported, done] = rows as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(moves(scheduled)).toEqual(['CANCELLED']);
    expect(moves(enRoute)).toEqual(['ON_SITE', 'SCHEDULED', 'CANCELLED']);
    expect(moves(onSite)).toEqual([]);
    expect(moves(reported)).toEqual(['DONE']);
    expect(within(enRoute).getByRole('button', { name: 'Arrived on site' })).toBeTruthy();
    // Times are offered only while planned; someone is sent until it is over; the report on site.
    expect([scheduled, enRoute, onSite, reported, done].map((r) => has(r, 'visit-propose'))).toEqual([true, false, false, false, false]);
    expect([scheduled, enRoute, onSite, reported, done].map((r) => has(r, 'visit-suggest'))).toEqual([true, true, true, true, false]);
    expect([scheduled, enRoute, onSite, reported, done].map((r) => has(r, 'visit-report'))).toEqual([false, false, true, true, false]);
    expect(within(reported).getByTestId('case-visit-reported').textContent).toContain('Report recorded');
    expect(within(done).queryByTestId('visit-actions')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('lets the technician sent (a sales rep with an own grant) move and report their visit, but not plan it', async () => {
    renderCaseVisits('SALES_REP', [
      caseVisitsMock([
        aVisit('w-1', { status: 'ON_SITE', technician: tech('u-me', 'Sam Service'), technicianId: 'u-me', nextStatuses: [] }),
        aVisit('w-2', { status: 'ON_SITE', technician: tech('u-li', 'Li Technician'), technicianId: 'u-li', nextStatuses: [] }),
      ]),
    ]);
    const { rows } = await visitsOnCard(2);
    expect(has(rows[0]!, 'visit-report')).toBe(true);
    expect(has(rows[0]!, 'visit-suggest')).toBe(false);
    // Someone else's visit: nothing to do with it.
    expect(within(rows[1]!).queryByTestId('visit-actions')).toBeNull();
  });

  it('moves a visit with the status asked for, and shows the API’s warning beyond the contract as an alert, in Chinese too', async () => {
    await i18n.changeLanguage('zh-CN');
    const sent: MoveWorkOrderMutationVariables[] = [];
    const onSite = aVisit('w-1', { status: 'ON_SITE', technicianId: 'u-me', workDone: 'Seal replaced', nextStatuses: ['DONE'] });
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock([onSite]), payloadMock(MoveWorkOrderDocument, 'moveWorkOrder', { ...onSite, status: 'DONE', nextStatuses: [] }, sent, [USED_UP])]);
    const { card, rows } = await visitsOnCard(1);
    fireEvent.click(within(rows[0]!).getByRole('button', { name: '完成并关闭' }));
    await waitFor(() => expect(sent).toEqual([{ input: { workOrderId: 'w-1', status: 'DONE' } }]));
    const alert = await within(card).findByTestId('case-visits-warnings', {}, { timeout: 5_000 });
    expect(alert.textContent).toContain('合同的上门次数已用完');
    expect(alert.getAttribute('role')).toBe('alert');
  });

  it('asks before cancelling a visit', async () => {
    const sent: MoveWorkOrderMutationVariables[] = [];
    const planned = aVisit('w-1', { nextStatuses: ['CANCELLED'] });
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock([planned]), payloadMock(MoveWorkOrderDocument, 'moveWorkOrder', { ...planned, status: 'CANCELLED', nextStatuses: [] }, sent)]);
    const { rows } = await visitsOnCard(1);
    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Cancel visit' }));
    expect(sent).toEqual([]);
    const confirm = await screen.findByText('Cancel this visit? The customer was promised it; tell them.', {}, { timeout: 5_000 });
    fireEvent.click(within(confirm.closest('.ant-popover') as HTMLElement).getByRole('button', { name: 'Cancel visit' }));
    await waitFor(() => expect(sent).toEqual([{ input: { workOrderId: 'w-1', status: 'CANCELLED' } }]));
  });

  it('offers times: the ones offered before come back, a new one is typed, at most five rows, and they go to the API as instants', async () => {
    const sent: ProposeVisitSlotsMutationVariables[] = [];
    const planned = aVisit('w-1', { proposedSlots: [{ __typename: 'VisitSlot', start: '2030-01-07T01:00:00.000Z', end: '2030-01-07T03:00:00.000Z' }] });
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock([planned]), payloadMock(ProposeVisitSlotsDocument, 'proposeVisitSlots', planned, sent, [USED_UP])]);
    const { card, rows } = await visitsOnCard(1);
    fireEvent.click(within(rows[0]!).getByTestId('visit-propose'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    expect(within(dialog).getAllByTestId('visit-slot')).toHaveLength(1);
    expect(within(dialog).getByText(/Times in /).textContent).toMatch(/UTC[+-]\d\d:\d\d/);
    // Up to five rows; then no more can be added.
    for (let i = 0; i < 4; i += 1) fireEvent.click(within(dialog).getByTestId('visit-slot-add'));
    expect(within(dialog).getAllByTestId('visit-slot')).toHaveLength(5);
    expect(within(dialog).queryByTestId('visit-slot-add')).toBeNull();
    for (let i = 0; i < 4; i += 1) fireEvent.click(within(dialog).getAllByTestId('visit-slot-remove').at(-1)!);
    expect(within(dialog).getAllByTestId('visit-slot')).toHaveLength(1);
    // A second time, typed as the picker shows it (the browser's zone).
    fireEvent.click(within(dialog).getByTestId('visit-slot-add'));
    const [from, to] = within(dialog).getAllByTestId('visit-slot')[1]!.querySelectorAll('input');
    for (const [input, value] of [[from!, '2030-01-08 09:00'], [to!, '2030-01-08 11:00']] as const) {
      fireEvent.mouseDown(input);
      fireEvent.focus(input);
      fireEvent.change(input, { target: { value } });
      fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    }
    fireEvent.blur(to!);
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(within(dialog).getByTestId('visit-slots-submit'));
    const typed = { start: dayjs('2030-01-08 09:00').toISOString(), end: dayjs('2030-01-08 11:00').toISOString() };
    await waitFor(() => expect(sent).toEqual([{ input: { workOrderId: 'w-1', slots: [{ start: '2030-01-07T01:00:00.000Z', end: '2030-01-07T03:00:00.000Z' }, typed] } }]));
    expect((await within(card).findByTestId('case-visits-warnings', {}, { timeout: 5_000 })).textContent).toContain('used up');
  });

  it('refuses to send an offer without a time', async () => {
    const sent: ProposeVisitSlotsMutationVariables[] = [];
    const planned = aVisit('w-1');
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock([planned]), payloadMock(ProposeVisitSlotsDocument, 'proposeVisitSlots', planned, sent)]);
    const { rows } = await visitsOnCard(1);
    fireEvent.click(within(rows[0]!).getByTestId('visit-propose'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    fireEvent.click(within(dialog).getByTestId('visit-slots-submit'));
    expect((await within(dialog).findByTestId('visit-slots-error', {}, { timeout: 5_000 })).textContent).toContain('Choose at least one time');
    expect(sent).toEqual([]);
  });

  it('shows whom to send with the reasons in words, and sends the one chosen', async () => {
    const asked: unknown[] = [];
    const suggestions: MockLink.MockedResponse = {
      request: { query: SuggestTechniciansDocument, variables: () => true },
      result: (v: unknown) => {
        asked.push(v);
        const reason = (code: string, n: Record<string, number | null> = {}) => ({ __typename: 'SuggestionReason', code, visits: null, level: null, required: null, text: `english ${code}`, ...n });
        const s = (rank: number, userId: string, name: string, fullyBooked: boolean, reasons: unknown[]) => ({ __typename: 'TechnicianSuggestion', rank, userId, name, level: 4, visitsThatDay: 0, pastVisits: 2, fullyBooked, reasons });
        return {
          data: {
            suggestTechnicians: [
              s(1, 'u-li', 'Li Technician', false, [reason('skill', { level: 4, required: 3 }), reason('free', { visits: 0 }), reason('knows_customer', { visits: 2 })]),
              s(2, 'u-wang', 'Wang Fixer', true, [reason('skill', { level: 3, required: 3 }), reason('fully_booked', { visits: 4 }), reason('new_to_customer', { visits: 0 })]),
            ],
          },
        };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    } as MockLink.MockedResponse;
    const sent: AssignTechnicianMutationVariables[] = [];
    const planned = aVisit('w-1');
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock([planned]), suggestions, userOptionsMock([]), payloadMock(AssignTechnicianDocument, 'assignTechnician', { ...planned, technicianId: 'u-wang', technician: tech('u-wang', 'Wang Fixer') }, sent)]);
    const { rows } = await visitsOnCard(1);
    fireEvent.click(within(rows[0]!).getByTestId('visit-suggest'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(dialog).getAllByTestId('visit-suggestion')).toHaveLength(2), { timeout: 10_000 });
    expect(asked).toEqual([{ workOrderId: 'w-1' }]);
    const [first, second] = within(dialog).getAllByTestId('visit-suggestion') as [HTMLElement, HTMLElement];
    expect(within(first).getAllByTestId('visit-reason').map((r) => r.textContent)).toEqual(['Level 4 in Boiler repair (needs 3)', 'No other visit that day', 'Visited this customer 2 times before']);
    expect(within(second).getAllByTestId('visit-reason').map((r) => r.textContent)).toEqual(['Level 3 in Boiler repair (needs 3)', 'Fully booked that day (4 visits)', 'Has not visited this customer yet']);
    expect(second.textContent).toContain('Fully booked');
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(within(second).getByRole('button', { name: 'Send Wang Fixer' }));
    await waitFor(() => expect(sent).toEqual([{ input: { workOrderId: 'w-1', technicianId: 'u-wang' } }]));
    await waitFor(() => expect(screen.queryByTestId('visit-suggest-modal')).toBeNull());
  });

  it('sends someone chosen by name when the visit needs no skill (no ranking then)', async () => {
    const sent: AssignTechnicianMutationVariables[] = [];
    const planned = aVisit('w-1', { requiredSkill: null });
    renderCaseVisits('SERVICE_MANAGER', [caseVisitsMock([planned]), userOptionsMock([{ id: 'u-zhao', name: 'Zhao Fitter' }]), payloadMock(AssignTechnicianDocument, 'assignTechnician', planned, sent)]);
    const { rows } = await visitsOnCard(1);
    fireEvent.click(within(rows[0]!).getByTestId('visit-suggest'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    expect(within(dialog).getByTestId('visit-suggest-no-skill').textContent).toContain('no ranking');
    expect(within(dialog).queryAllByTestId('visit-suggestion')).toEqual([]);
    expect((within(dialog).getByTestId('visit-assign-other-send') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.mouseDown(within(dialog).getByLabelText('Someone else'));
    fireEvent.click(await screen.findByTitle('u-zhao@example.com', {}, { timeout: 5_000 }));
    fireEvent.click(within(dialog).getByTestId('visit-assign-other-send'));
    await waitFor(() => expect(sent).toEqual([{ input: { workOrderId: 'w-1', technicianId: 'u-zhao' } }]));
  });

  it('records the report: work done, parts and the signature image as PNG base64', async () => {
    const sent: RecordVisitReportMutationVariables[] = [];
    const onSite = aVisit('w-1', { status: 'ON_SITE', technicianId: 'u-me', technician: tech('u-me', 'Sam Service') });
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock([onSite]), payloadMock(RecordVisitReportDocument, 'recordVisitReport', { ...onSite, workDone: 'Seal replaced', nextStatuses: ['DONE'] }, sent)]);
    const { rows } = await visitsOnCard(1);
    fireEvent.click(within(rows[0]!).getByTestId('visit-report'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    fireEvent.click(within(dialog).getByTestId('visit-report-submit'));
    expect(await within(dialog).findByText('Describe the work done.', {}, { timeout: 5_000 })).toBeTruthy();
    fireEvent.change(within(dialog).getByTestId('visit-report-work'), { target: { value: ' Seal replaced ' } });
    fireEvent.click(within(dialog).getByTestId('visit-part-add'));
    fireEvent.change(within(dialog).getByTestId('visit-part-name'), { target: { value: 'Seal kit' } });
    fireEvent.change(within(dialog).getByTestId('visit-report-signed-by'), { target: { value: 'Ann Wu' } });
    // The keyboard's way to sign: a PNG of the signature (the canvas is for fingers and pens).
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const file = new File([png], 'signature.png', { type: 'image/png' });
    fireEvent.change(within(dialog).getByLabelText('Signature image (PNG)'), { target: { files: [file] } });
    expect(await within(dialog).findByText('Signature image: signature.png', {}, { timeout: 5_000 })).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(within(dialog).getByTestId('visit-report-submit'));
    await waitFor(() =>
      expect(sent).toEqual([
        { input: { workOrderId: 'w-1', workDone: 'Seal replaced', parts: [{ part: 'Seal kit', quantity: 1 }], signaturePng: Buffer.from(png).toString('base64'), signedBy: 'Ann Wu' } },
      ]),
    );
  });

  it('turns away a signature that is not a PNG before sending anything', async () => {
    const onSite = aVisit('w-1', { status: 'ON_SITE', technicianId: 'u-me' });
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock([onSite])]);
    const { rows } = await visitsOnCard(1);
    fireEvent.click(within(rows[0]!).getByTestId('visit-report'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    fireEvent.change(within(dialog).getByLabelText('Signature image (PNG)'), { target: { files: [new File(['x'], 'sig.jpg', { type: 'image/jpeg' })] } });
    expect((await within(dialog).findByTestId('visit-signature-problem', {}, { timeout: 5_000 })).textContent).toContain('must be a PNG');
  });
});
