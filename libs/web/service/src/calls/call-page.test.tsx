import type { MockLink } from '@apollo/client/testing';
import { CallerLookupDocument, CreateCaseFromCallDocument, type CallerLookupQuery, type CallerLookupQueryVariables, type CreateCaseFromCallMutationVariables } from '@rapport/web-data-access';
import { GraphQLError } from 'graphql';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCase, axeViolations, casePageMock, caseOnPage, renderRoutes } from '../cases/cases-fixtures';
import { CASE_ROUTES } from '../cases/routes';
import { callerFor, callDeskPath, lineLabel } from './call-model';

type Found = CallerLookupQuery['callerLookup'];
const CONTACT: Found['contacts'][number] = {
  __typename: 'Contact',
  id: 'c-1',
  name: 'Ann Wu',
  title: 'Plant manager',
  needsReview: false,
  account: { __typename: 'Account', id: 'a-1', name: 'Acme Pumps' },
  orders: [{ __typename: 'Order', id: 'o-1', externalId: 'SO-1001', orderedAt: '2026-11-20T02:00:00.000Z', currency: 'CNY', amount: '12800.00', status: 'completed' }],
};

function lookupMock(found: Found | Error, asked: CallerLookupQueryVariables[] = []): MockLink.MockedResponse {
  return {
    request: { query: CallerLookupDocument, variables: (v: CallerLookupQueryVariables) => (asked.push(v), true) },
    ...(found instanceof Error ? { result: { errors: [new GraphQLError(found.message, { extensions: { code: 'VALIDATION_FAILED' } })] } } : { result: { data: { callerLookup: found } } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

const found = (over: Partial<Found> = {}): Found => ({
  __typename: 'CallerLookup',
  phoneNumber: '+862155558888',
  line: { __typename: 'CallLine', number: '+862166660002', name: 'Metro ads' },
  contacts: [CONTACT],
  openCases: [aCase('k-1', { priority: 'HIGH' })],
  ...over,
});

describe('call desk model', () => {
  it('builds the desk address a phone system opens, reads the line, and picks the caller only when it is clear', () => {
    expect(callDeskPath(' +86 21 5555 8888 ', '4008001234')).toBe('/service/call?from=%2B86+21+5555+8888&to=4008001234');
    expect(callDeskPath('', '')).toBe('/service/call');
    expect(lineLabel({ __typename: 'CallLine', number: '+1', name: 'Ads' })).toBe('Ads · +1');
    expect(lineLabel({ __typename: 'CallLine', number: '+1', name: null })).toBe('+1');
    expect(lineLabel(null)).toBeNull();
    expect(callerFor([{ id: 'a' }], undefined)).toBe('a');
    expect(callerFor([{ id: 'a' }, { id: 'b' }], undefined)).toBeNull();
    expect(callerFor([{ id: 'a' }, { id: 'b' }], 'b')).toBe('b');
    expect(callerFor([{ id: 'a' }], 'zzz')).toBe('a');
    expect(callerFor([], undefined)).toBeNull();
  });
});

describe('Take a call', { timeout: 60_000 }, () => {
  it('opens on the caller from the phone system’s address: who, their orders, their open cases, and the campaign line', async () => {
    const asked: CallerLookupQueryVariables[] = [];
    renderRoutes(CASE_ROUTES, '/service/call?from=%2B86%2021%205555%208888&to=02166660002', [lookupMock(found(), asked)], 'SERVICE_AGENT');
    const caller = await screen.findByTestId('call-caller', {}, { timeout: 10_000 });
    expect(asked[0]).toEqual({ phoneNumber: '+86 21 5555 8888', dialledNumber: '02166660002' });
    expect(within(caller).getByRole('link', { name: 'Ann Wu' }).getAttribute('href')).toBe('/sales/contacts/c-1');
    expect(within(caller).getByRole('link', { name: 'Acme Pumps' }).getAttribute('href')).toBe('/sales/accounts/a-1');
    expect(within(caller).getByTestId('call-order').textContent).toMatch(/^Order SO-1001 · 2026-11-20 · .*12,800\.00$/);
    expect(screen.getByTestId('call-line').textContent).toBe('Line: Metro ads · +862166660002');
    const open = screen.getByTestId('call-open-cases');
    expect(within(open).getByRole('link', { name: 'CS-2026-000001 Pump k-1 leaks' }).getAttribute('href')).toBe('/service/cases/k-1');
    expect(within(open).getByTestId('call-log-here')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Take a call']);
    expect(await axeViolations()).toEqual([]);
  });

  it('opens a case from the call for the one caller found and goes to it', async () => {
    const created: CreateCaseFromCallMutationVariables[] = [];
    const create = {
      request: { query: CreateCaseFromCallDocument, variables: (v: CreateCaseFromCallMutationVariables) => (created.push(v), true) },
      result: { data: { createCaseFromCall: { __typename: 'CasePayload', case: { __typename: 'Case', id: 'k-9', number: 'CS-2026-000009' } } } },
    } as MockLink.MockedResponse;
    const router = renderRoutes(CASE_ROUTES, '/service/call?from=%2B862155558888', [lookupMock(found({ line: null, openCases: [] })), create, casePageMock(caseOnPage())], 'SERVICE_AGENT');
    const form = await screen.findByTestId('call-new-case', {}, { timeout: 10_000 });
    expect(screen.getByTestId('call-open-cases-none').textContent).toBe('This caller has no open cases you may see.');
    // One caller: no need to choose.
    expect(within(form).queryByTestId('call-case-contact')).toBeNull();
    fireEvent.change(within(form).getByTestId('call-case-subject'), { target: { value: 'Hum after repair' } });
    fireEvent.change(within(form).getByTestId('call-case-notes'), { target: { value: 'Loud since Monday' } });
    fireEvent.change(within(form).getByTestId('call-case-duration'), { target: { value: '5' } });
    fireEvent.click(within(form).getByTestId('call-case-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/service/cases/k-9'));
    expect(created[0]!.input).toEqual({ phoneNumber: '+862155558888', contactId: 'c-1', subject: 'Hum after repair', body: 'Loud since Monday', priority: 'NORMAL', durationSeconds: 300 });
  });

  it('says honestly when nobody is known, asks for a name instead, and shows a bad number’s message', async () => {
    renderRoutes(CASE_ROUTES, '/service/call?from=555', [lookupMock(found({ phoneNumber: '+86555', contacts: [], openCases: [], line: null }))], 'SERVICE_AGENT');
    expect((await screen.findByTestId('call-caller-unknown', {}, { timeout: 10_000 })).textContent).toContain('flagged for review');
    expect(screen.getByTestId('call-open-cases-none').textContent).toBe('No open cases: the caller is not known yet.');
    expect(screen.getByTestId('call-case-caller-name')).toBeTruthy();
  });

  it('shows the server’s refusal of a number that is none, with a way to retry', async () => {
    renderRoutes(CASE_ROUTES, '/service/call?from=abc', [lookupMock(new Error('Enter a phone number, such as +86 138 0013 8000.'))], 'SERVICE_AGENT');
    expect((await screen.findByTestId('call-error', {}, { timeout: 10_000 })).textContent).toContain('Enter a phone number');
  });

  it('starts empty with a hint, and looks up what the agent types', async () => {
    const router = renderRoutes(CASE_ROUTES, '/service/call', [], 'SERVICE_AGENT');
    expect((await screen.findByTestId('call-start', {}, { timeout: 10_000 })).textContent).toContain('/service/call?from=');
    fireEvent.change(screen.getByTestId('call-from'), { target: { value: '138 0013 8000' } });
    fireEvent.click(screen.getByTestId('call-lookup'));
    await waitFor(() => expect(router.state.location.search).toBe('?from=138+0013+8000'));
  });
});
