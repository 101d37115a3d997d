import { CasesDocument, type CasesQueryVariables } from '@rapport/web-data-access';
import { GraphQLError } from 'graphql';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCase, axeViolations, casesMock, renderRoutes } from './cases-fixtures';
import { CASE_ROUTES } from './routes';

const LEAK = aCase('k-1', { priority: 'URGENT' });
const LATE = aCase('k-2', { subject: 'No hot water', status: 'waiting_customer', slaBreached: true, owner: null });

describe('Case list', { timeout: 60_000 }, () => {
  it('lists cases with their status name, priority, owner and next SLA due (overdue in words and red)', async () => {
    const asked: CasesQueryVariables[] = [];
    renderRoutes(CASE_ROUTES, '/service/cases', [casesMock([LEAK, LATE], asked)], 'SERVICE_AGENT');
    const table = await screen.findByTestId('cases-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(table).getAllByTestId('case-link')).toHaveLength(2));
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Cases']);
    const [leak, late] = within(table).getAllByRole('row').slice(1);
    expect(within(leak!).getByRole('link', { name: 'CS-2026-000001' }).getAttribute('href')).toBe('/service/cases/k-1');
    expect(leak!.textContent).toContain('Pump k-1 leaks');
    expect(within(leak!).getByRole('link', { name: 'Acme Pumps' }).getAttribute('href')).toBe('/sales/accounts/a-1');
    expect(within(leak!).getByRole('link', { name: 'Ann Wu' }).getAttribute('href')).toBe('/sales/contacts/c-1');
    await waitFor(() => expect(within(leak!).getByTestId('case-status').textContent).toBe('Open'));
    expect(within(leak!).getByTestId('case-priority').textContent).toBe('Urgent');
    expect(leak!.textContent).toContain('Alex Agent');
    expect(within(leak!).getByTestId('case-sla-due').getAttribute('data-breached')).toBeNull();
    expect(within(late!).getByTestId('case-status').textContent).toBe('Waiting on customer');
    const due = within(late!).getByTestId('case-sla-due');
    expect(due.getAttribute('data-breached')).toBe('true');
    expect(due.textContent).toMatch(/^Overdue/);
    expect(asked[0]).toMatchObject({ first: 20, orderBy: [{ field: 'SLA_DUE_AT', direction: 'ASC' }] });
    expect(asked[0]!.filter).toBeUndefined();
    expect(screen.getByTestId('case-create')).toBeTruthy();
    expect(screen.getByTestId('case-take-call')).toBeTruthy();
    // The CSV export is of what the list shows: everything here.
    expect(screen.getByTestId('list-export').getAttribute('href')).toBe('/api/v1/export/cases.csv');
    expect(await axeViolations()).toEqual([]);
  });

  it('says there are no cases yet, and offers to open the first one', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases', [casesMock([])], 'SERVICE_MANAGER');
    const empty = await screen.findByTestId('cases-empty', {}, { timeout: 10_000 });
    expect(empty.getAttribute('data-kind')).toBe('none');
    expect(empty.textContent).toContain('No cases yet.');
    fireEvent.click(within(empty).getByRole('button', { name: 'Open the first case' }));
    expect(await screen.findByRole('dialog', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('New case', { selector: '.ant-modal-title' })).toBeTruthy();
  });

  it('says none match the filters, not that there are none, and asks for open, breached and own cases', async () => {
    const asked: CasesQueryVariables[] = [];
    renderRoutes(CASE_ROUTES, '/service/cases', [casesMock([], asked)], 'SERVICE_AGENT');
    await screen.findByTestId('cases-empty', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByTestId('cases-open-only'));
    await waitFor(() => expect(screen.getByTestId('cases-empty').getAttribute('data-kind')).toBe('filtered'));
    expect(screen.getByTestId('cases-empty').textContent).toBe('No cases match these filters.');
    expect(screen.queryByTestId('case-create-empty')).toBeNull();
    expect(asked.at(-1)?.filter).toEqual({ isOpen: { eq: true } });
    fireEvent.click(screen.getByTestId('cases-breached'));
    await waitFor(() => expect(asked.at(-1)?.filter).toEqual({ and: [{ isOpen: { eq: true } }, { slaBreached: { eq: true } }] }));
    // The export carries the same filter.
    expect(decodeURIComponent(screen.getByTestId('list-export').getAttribute('href')!)).toBe('/api/v1/export/cases.csv?filter={"and":[{"isOpen":{"eq":true}},{"slaBreached":{"eq":true}}]}');
    fireEvent.click(screen.getByTestId('cases-mine'));
    await waitFor(() => expect(asked.at(-1)?.filter).toEqual({ and: [{ ownerId: { eq: 'u-me' } }, { isOpen: { eq: true } }, { slaBreached: { eq: true } }] }));
    fireEvent.change(screen.getByTestId('cases-search'), { target: { value: 'CS-2026' } });
    await waitFor(() => expect(JSON.stringify(asked.at(-1)?.filter)).toContain('{"number":{"contains":"CS-2026"}}'), { timeout: 5_000 });
  });

  it('sorts by priority on request, highest first', async () => {
    const asked: CasesQueryVariables[] = [];
    renderRoutes(CASE_ROUTES, '/service/cases', [casesMock([LEAK], asked)], 'SERVICE_AGENT');
    const table = await screen.findByTestId('cases-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(table).getAllByTestId('case-link')).toHaveLength(1));
    fireEvent.click(within(table).getAllByRole('columnheader', { name: 'Priority' })[0]!);
    await waitFor(() => expect(asked.at(-1)?.orderBy).toEqual([{ field: 'PRIORITY', direction: 'DESC' }]));
  });

  it('gives a sales rep their customers’ cases without "New case", and an honest empty list', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases', [casesMock([])], 'SALES_REP');
    const empty = await screen.findByTestId('cases-empty', {}, { timeout: 10_000 });
    expect(empty.getAttribute('data-kind')).toBe('visible');
    expect(empty.textContent).toContain('No cases you can see');
    expect(screen.queryByTestId('case-create')).toBeNull();
    expect(screen.queryByTestId('case-create-empty')).toBeNull();
  });

  it('says the list could not be loaded and offers to try again', async () => {
    const failed = { request: { query: CasesDocument, variables: () => true }, result: { errors: [new GraphQLError('The database is not answering.')] } };
    renderRoutes(CASE_ROUTES, '/service/cases', [failed], 'SERVICE_AGENT');
    const table = await screen.findByTestId('cases-table', {}, { timeout: 10_000 });
    expect(await within(table).findByText('The database is not answering.', {}, { timeout: 5_000 })).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
