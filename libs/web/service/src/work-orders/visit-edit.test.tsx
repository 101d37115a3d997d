import type { MockLink } from '@apollo/client/testing';
import { UpdateWorkOrderDocument, type UpdateWorkOrderMutationVariables, type WorkOrderRowFragment } from '@rapport/web-data-access';
import { i18n, loadLazyMessages } from '@rapport/web-ui';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../cases/cases-fixtures';
import { aSkill, aVisit, caseVisitsMock, payloadMock, renderCaseVisits, tech } from './visit-fixtures';

const SKILLS = [aSkill('boiler', 'Boiler repair'), aSkill('heat-pump', 'Heat pumps'), aSkill('gas', 'Gas fitting', false)];

async function visitsOnCard(n: number) {
  const card = await screen.findByTestId('case-visits', {}, { timeout: 10_000 });
  await waitFor(() => expect(within(card).getAllByTestId('case-visit')).toHaveLength(n), { timeout: 10_000 });
  return { card, rows: within(card).getAllByTestId('case-visit') };
}

const value = (dialog: HTMLElement, testId: string) => (within(dialog).getByTestId(testId) as HTMLInputElement).value;
/** The form item around a field, where antd puts its messages. */
const itemOf = (el: HTMLElement) => el.closest('.ant-form-item') as HTMLElement;

async function openEdit(row: HTMLElement) {
  fireEvent.click(within(row).getByTestId('visit-edit'));
  return screen.findByRole('dialog', {}, { timeout: 10_000 });
}

describe('Editing a planned visit', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    for (const lng of ['en', 'zh-CN', 'zh-TW']) await loadLazyMessages('service', lng);
  });
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('lets a dispatcher change the address and the skill, sends only those, and shows the visit as changed', async () => {
    const sent: UpdateWorkOrderMutationVariables[] = [];
    let visits: WorkOrderRowFragment[] = [aVisit('w-1', { status: 'EN_ROUTE', nextStatuses: [] })];
    const moved = aVisit('w-1', {
      status: 'EN_ROUTE',
      requiredSkill: 'heat-pump',
      address: { __typename: 'WorkOrderAddress', street: '世纪大道 100 号', city: '上海', postalCode: '200120', region: '上海市', country: '中国' },
    });
    const update = payloadMock(UpdateWorkOrderDocument, 'updateWorkOrder', moved, sent);
    // The API now has the change: the list's refetch answers with it.
    const answer = update.result as (v: UpdateWorkOrderMutationVariables) => unknown;
    update.result = ((v: UpdateWorkOrderMutationVariables) => ((visits = [moved]), answer(v))) as MockLink.MockedResponse['result'];
    let fetches = 0;
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock(() => ((fetches += 1), visits), SKILLS), update]);
    const { card, rows } = await visitsOnCard(1);
    expect(fetches).toBe(1);
    const dialog = await openEdit(rows[0]!);
    expect(dialog.textContent).toContain('Edit visit CS-2026-000001-V1');
    // Filled in from the visit.
    expect([value(dialog, 'visit-edit-street'), value(dialog, 'visit-edit-city'), value(dialog, 'visit-edit-postal-code'), value(dialog, 'visit-edit-region'), value(dialog, 'visit-edit-country')]).toEqual([
      '浦东大道 1 号',
      '上海',
      '200120',
      '上海市',
      '中国',
    ]);
    expect(value(dialog, 'visit-edit-description')).toBe('The boiler leaks.');
    expect(value(dialog, 'visit-edit-level')).toBe('3');
    expect(within(dialog).getByTitle('Boiler repair')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);

    fireEvent.change(within(dialog).getByTestId('visit-edit-street'), { target: { value: ' 世纪大道 100 号 ' } });
    fireEvent.mouseDown(within(dialog).getByLabelText('Skill needed'));
    fireEvent.click(await screen.findByTitle('Heat pumps', {}, { timeout: 5_000 }));
    // A skill no longer offered is not offered for this visit either (it does not need it).
    expect(screen.queryByTitle('Gas fitting')).toBeNull();
    fireEvent.click(within(dialog).getByTestId('visit-edit-submit'));

    await waitFor(() => expect(sent).toHaveLength(1));
    // Exactly what changed: the whole address (the API replaces it) and the skill; not the level or the description.
    expect(Object.keys(sent[0]!.input).sort()).toEqual(['address', 'requiredSkill', 'workOrderId']);
    expect(sent[0]).toEqual({ input: { workOrderId: 'w-1', address: { street: '世纪大道 100 号', city: '上海', postalCode: '200120', region: '上海市', country: '中国' }, requiredSkill: 'heat-pump' } });
    expect(await screen.findByText('Visit updated.', {}, { timeout: 5_000 })).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('visit-edit-submit')).toBeNull());
    // The list is asked again, and shows the visit as it now is.
    await waitFor(() => expect(fetches).toBe(2));
    await waitFor(() => expect(within(card).getByTestId('case-visit').textContent).toContain('世纪大道 100 号'));
  });

  it('shows the API’s word on the skill by the skill field, and keeps the dialog open', async () => {
    const sent: UpdateWorkOrderMutationVariables[] = [];
    const refused: MockLink.MockedResponse = {
      request: { query: UpdateWorkOrderDocument, variables: () => true },
      result: (v: UpdateWorkOrderMutationVariables) => (
        sent.push(v), { errors: [new GraphQLError('Invalid input', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.requiredSkill', message: 'This skill does not exist.' }] } })] }
      ),
    } as MockLink.MockedResponse;
    renderCaseVisits('SERVICE_MANAGER', [caseVisitsMock([aVisit('w-1')], SKILLS), refused]);
    const { rows } = await visitsOnCard(1);
    const dialog = await openEdit(rows[0]!);
    fireEvent.mouseDown(within(dialog).getByLabelText('Skill needed'));
    fireEvent.click(await screen.findByTitle('Heat pumps', {}, { timeout: 5_000 }));
    fireEvent.change(within(dialog).getByTestId('visit-edit-description'), { target: { value: 'Replace the pump. ' } });
    fireEvent.click(within(dialog).getByTestId('visit-edit-submit'));
    await waitFor(() => expect(sent).toEqual([{ input: { workOrderId: 'w-1', requiredSkill: 'heat-pump', description: 'Replace the pump.' } }]));
    const skillItem = itemOf(within(dialog).getByLabelText('Skill needed'));
    expect(await within(skillItem).findByText('This skill does not exist.', {}, { timeout: 5_000 })).toBeTruthy();
    expect(within(itemOf(within(dialog).getByTestId('visit-edit-street'))).queryByText('This skill does not exist.')).toBeNull();
    expect(within(dialog).queryByTestId('visit-edit-error')).toBeNull();
    expect(screen.getByRole('dialog')).toBe(dialog);
  });

  it('says why a visit that is over can no longer be changed, above the form', async () => {
    const refused: MockLink.MockedResponse = {
      request: { query: UpdateWorkOrderDocument, variables: () => true },
      result: { errors: [new GraphQLError('This visit is no longer planned.', { extensions: { code: 'VALIDATION_FAILED' } })] },
    } as MockLink.MockedResponse;
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock([aVisit('w-1')], SKILLS), refused]);
    const { rows } = await visitsOnCard(1);
    const dialog = await openEdit(rows[0]!);
    fireEvent.change(within(dialog).getByTestId('visit-edit-city'), { target: { value: '杭州' } });
    fireEvent.click(within(dialog).getByTestId('visit-edit-submit'));
    expect((await within(dialog).findByTestId('visit-edit-error', {}, { timeout: 5_000 })).textContent).toContain('This visit is no longer planned.');
  });

  it('offers the edit to dispatchers until the visit is done or cancelled, and never to the technician sent', async () => {
    const li = tech('u-li', 'Li Technician');
    renderCaseVisits('SERVICE_AGENT', [
      caseVisitsMock([
        aVisit('w-1', { status: 'SCHEDULED' }),
        aVisit('w-2', { status: 'ON_SITE', technician: li, technicianId: 'u-li' }),
        aVisit('w-3', { status: 'DONE', technician: li, technicianId: 'u-li' }),
        aVisit('w-4', { status: 'CANCELLED' }),
      ]),
    ]);
    const { rows, card } = await visitsOnCard(4);
    expect(rows.map((r) => within(r).queryByTestId('visit-edit') !== null)).toEqual([true, true, false, false]);
    expect(within(rows[0]!).getByTestId('visit-edit').textContent).toBe('Edit visit');
    card.remove();

    // A sales rep sent on the visit (an own work order grant) records it, but does not change what it is.
    renderCaseVisits('SALES_REP', [caseVisitsMock([aVisit('w-1', { status: 'ON_SITE', technician: tech('u-me', 'Sam Service'), technicianId: 'u-me' }), aVisit('w-2', { status: 'SCHEDULED', technicianId: 'u-me' })])]);
    const rep = (await screen.findAllByTestId('case-visits', {}, { timeout: 10_000 })).at(-1)!;
    await waitFor(() => expect(within(rep).getAllByTestId('case-visit')).toHaveLength(2));
    expect(within(rep).getByTestId('visit-report')).toBeTruthy();
    expect(within(rep).queryAllByTestId('visit-edit')).toEqual([]);
  });

  it('speaks Simplified and Traditional Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock([aVisit('w-1')], SKILLS)]);
    let { rows } = await visitsOnCard(1);
    let dialog = await openEdit(rows[0]!);
    expect(within(rows[0]!).getByTestId('visit-edit').textContent).toBe('修改上门服务');
    expect(within(dialog).getByLabelText('邮政编码')).toBeTruthy();
    expect(within(dialog).getByTestId('visit-edit-submit').textContent).toBe('保存修改');
    fireEvent.click(within(dialog).getByRole('button', { name: /^取\s?消$/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    screen.getByTestId('case-visits').remove();
    await i18n.changeLanguage('zh-TW');
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock([aVisit('w-1')], SKILLS)]);
    ({ rows } = await visitsOnCard(1));
    dialog = await openEdit(rows[0]!);
    expect(within(rows[0]!).getByTestId('visit-edit').textContent).toBe('修改到府服務');
    expect(within(dialog).getByLabelText('郵遞區號')).toBeTruthy();
  });
});
