import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CreateServiceSlaPolicyDocument, UpdateServiceSlaPolicyDocument } from '@rapport/web-data-access';
import { pickOption } from '@rapport/web-testing';
import { describe, expect, it } from 'vitest';
import { aCalendar, aPolicy, axeViolations, calendarsMock, fieldErrors, mutationMock, policiesMock, policyMock, renderAt } from '../setup-fixtures';

const GOLD = aPolicy('p-1', { name: 'Gold' });
const CALENDARS = calendarsMock([aCalendar('cal-1', { name: 'Shanghai office', isDefault: true }), aCalendar('cal-2', { name: 'Taipei office' })]);
const value = (testId: string) => (screen.getByTestId(testId) as HTMLInputElement).value;
const setNumber = (testId: string, v: string) => {
  const input = screen.getByTestId(testId);
  fireEvent.change(input, { target: { value: v } });
  fireEvent.blur(input);
};
type Sent = { targets?: unknown[]; calendarId?: string | null; warnAtPercent?: number; active?: boolean; isDefault?: boolean; name?: string };
const updated = (input: Record<string, unknown>) => ({ data: { updateServiceSlaPolicy: { __typename: 'ServiceSlaPolicyPayload', policy: { ...GOLD, updatedAt: '2026-12-06T10:00:00Z', name: input['name'] } } } });

describe('SLA policies', { timeout: 60_000 }, () => {
  it('lists policies with their calendar, priorities covered and the urgent promise', async () => {
    renderAt('/service/setup/sla-policies', [policiesMock([{ ...GOLD, isDefault: true }, aPolicy('p-2', { name: 'Basic', active: false, calendarId: 'cal-2', calendar: { __typename: 'BusinessCalendar', id: 'cal-2', name: 'Taipei office' }, targets: [] })])]);
    const table = await screen.findByTestId('policies-table', {}, { timeout: 10_000 });
    const [gold, basic] = within(table).getAllByRole('row').slice(1);
    expect(within(gold!).getByRole('link', { name: 'Gold' }).getAttribute('href')).toBe('/service/setup/sla-policies/p-1');
    expect(gold!.textContent).toContain('Default calendar (Shanghai office)');
    expect(gold!.textContent).toContain('Normal, Urgent');
    expect(gold!.textContent).toContain('first response in 30 min, resolved in 8 h');
    expect(gold!.textContent).toContain('75%');
    expect(within(gold!).getByTestId('policy-default').textContent).toBe('Default');
    expect(basic!.textContent).toContain('Inactive');
    expect(within(basic!).queryByTestId('policy-default')).toBeNull();
    expect(basic!.textContent).toContain('Taipei office');
    expect(screen.getByTestId('policy-create').getAttribute('href')).toBe('/service/setup/sla-policies/new');
    expect(await axeViolations()).toEqual([]);
  });

  it('says honestly that there is none; an agent is not offered to create one', async () => {
    renderAt('/service/setup/sla-policies', [policiesMock([])], 'SERVICE_AGENT');
    const empty = await screen.findByTestId('policies-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toBe('No SLA policies yet. Service managers and administrators set them up.');
    expect(screen.queryByTestId('policy-create')).toBeNull();
  });

  it('shows targets as hours + minutes and sends them as minutes', async () => {
    const sent: Sent[] = [];
    renderAt('/service/setup/sla-policies/p-1', [policyMock(GOLD), CALENDARS, mutationMock(UpdateServiceSlaPolicyDocument, sent, updated)]);
    await screen.findByTestId('targets-grid', {}, { timeout: 10_000 });
    // 240 minutes is 4 h; 2400 is 40 h; 30 is 0 h 30 min.
    expect([value('target-NORMAL-firstResponse-hours'), value('target-NORMAL-firstResponse-minutes')]).toEqual(['4', '0']);
    expect(value('target-NORMAL-resolution-hours')).toBe('40');
    expect([value('target-URGENT-firstResponse-hours'), value('target-URGENT-firstResponse-minutes')]).toEqual(['0', '30']);
    expect(value('target-LOW-firstResponse-hours')).toBe('');
    expect(screen.getByRole('spinbutton', { name: 'Urgent, First response: minutes' })).toBeTruthy();
    expect(await axeViolations()).toEqual([]);

    setNumber('target-HIGH-firstResponse-hours', '2');
    setNumber('target-HIGH-firstResponse-minutes', '30');
    setNumber('target-URGENT-nextResponse-hours', '');
    setNumber('target-URGENT-nextResponse-minutes', '');
    fireEvent.click(screen.getByTestId('policy-save'));
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 10_000 });
    expect(sent[0]).toEqual({
      id: 'p-1',
      name: 'Gold',
      calendarId: null,
      warnAtPercent: 75,
      active: true,
      isDefault: false,
      targets: [
        { priority: 'NORMAL', firstResponse: 240, nextResponse: null, resolution: 2400 },
        { priority: 'HIGH', firstResponse: 150, nextResponse: null, resolution: null },
        { priority: 'URGENT', firstResponse: 30, nextResponse: null, resolution: 480 },
      ],
    });
  });

  it('says which target is wrong and sends nothing until it is right', async () => {
    const sent: Sent[] = [];
    renderAt('/service/setup/sla-policies/p-1', [policyMock(GOLD), CALENDARS, mutationMock(UpdateServiceSlaPolicyDocument, sent, updated)]);
    await screen.findByTestId('targets-grid', {}, { timeout: 10_000 });
    setNumber('target-URGENT-firstResponse-hours', '9');
    expect(screen.getByTestId('target-URGENT-firstResponse-error').textContent).toBe('The first response cannot be later than the resolution.');
    fireEvent.click(screen.getByTestId('policy-save'));
    expect(await screen.findByText('Fix the targets marked above.', {}, { timeout: 5_000 })).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it("puts the API's target problems on the cell of the priority it means", async () => {
    const sent: Sent[] = [];
    renderAt('/service/setup/sla-policies/p-1', [
      policyMock(GOLD),
      CALENDARS,
      // Position 1 of what was sent is URGENT (NORMAL is position 0).
      mutationMock(UpdateServiceSlaPolicyDocument, sent, () => fieldErrors({ path: 'input.targets.1.resolution', message: 'must be whole minutes between 1 and a year' }, { path: 'input.name', message: 'is taken by another policy' })),
    ]);
    await screen.findByTestId('targets-grid', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByTestId('policy-save'));
    expect((await screen.findByTestId('target-URGENT-resolution-error', {}, { timeout: 10_000 })).textContent).toBe('must be whole minutes between 1 and a year');
    await waitFor(() => expect(screen.getByTestId('policy-name').closest('.ant-form-item')!.textContent).toContain('is taken by another policy'), { timeout: 5_000 });
  });

  it('creates a policy counted in a chosen calendar and opens it', async () => {
    const sent: Sent[] = [];
    const created = aPolicy('p-new', { name: 'Silver' });
    const router = renderAt('/service/setup/sla-policies/new', [
      CALENDARS,
      policyMock(created),
      mutationMock(CreateServiceSlaPolicyDocument, sent, () => ({ data: { createServiceSlaPolicy: { __typename: 'ServiceSlaPolicyPayload', policy: created } } })),
    ]);
    fireEvent.change(await screen.findByTestId('policy-name', {}, { timeout: 10_000 }), { target: { value: 'Silver' } });
    fireEvent.click(screen.getByTestId('policy-save'));
    expect(await screen.findByText('Give at least one target.', {}, { timeout: 5_000 })).toBeTruthy();
    setNumber('target-NORMAL-resolution-hours', '16');
    await pickOption(screen.getByTestId('policy-calendar').closest('.ant-select')! as HTMLElement, 'Taipei office');
    // The default for customers without a contract.
    fireEvent.click(screen.getByTestId('policy-default'));
    fireEvent.click(screen.getByTestId('policy-save'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/service/setup/sla-policies/p-new'), { timeout: 10_000 });
    expect(sent).toEqual([{ name: 'Silver', calendarId: 'cal-2', warnAtPercent: 75, isDefault: true, targets: [{ priority: 'NORMAL', firstResponse: null, nextResponse: null, resolution: 960 }] }]);
  });

  it('lets a service agent read a policy, without controls to change it', async () => {
    renderAt('/service/setup/sla-policies/p-1', [policyMock(GOLD), CALENDARS], 'SERVICE_AGENT');
    expect(await screen.findByTestId('setup-read-only', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('policy-save')).toBeNull();
    expect((screen.getByTestId('target-URGENT-firstResponse-minutes') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByTestId('policy-name') as HTMLInputElement).disabled).toBe(true);
  });

  it('does not open "new policy" for an agent', async () => {
    renderAt('/service/setup/sla-policies/new', [CALENDARS], 'SERVICE_AGENT');
    expect(await screen.findByTestId('no-access-needs', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('policy-save')).toBeNull();
  });
});
