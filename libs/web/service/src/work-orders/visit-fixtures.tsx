import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { CaseWorkOrdersDocument, createCache, type Role, type WorkOrderRowFragment } from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { render } from '@testing-library/react';
import { App } from 'antd';
import { meWith } from '../cases/cases-fixtures';
import { CaseVisits } from './case-visits';
import type { VisitWarning } from './visit-model';

// Hand-made answers of the visit queries for the visit screens' tests.

export function aVisit(id: string, over: Partial<WorkOrderRowFragment> = {}): WorkOrderRowFragment {
  return {
    __typename: 'WorkOrder',
    id,
    number: `CS-2026-000001-V${id.slice(-1)}`,
    status: 'SCHEDULED',
    slotStart: null,
    slotEnd: null,
    confirmedAt: null,
    proposedSlots: [],
    requiredSkill: 'boiler',
    requiredLevel: 3,
    technician: null,
    visitsLeft: 1,
    description: 'The boiler leaks.',
    address: { __typename: 'WorkOrderAddress', street: '浦东大道 1 号', city: '上海', postalCode: '200120', region: '上海市', country: '中国' },
    caseId: 'k-1',
    technicianId: null,
    nextStatuses: [],
    workDone: null,
    parts: [],
    signedBy: null,
    hasSignature: false,
    reportedAt: null,
    ...over,
  };
}

export const tech = (id: string, name: string) => ({ __typename: 'UserRef' as const, id, name });

export const aSkill = (key: string, name: string, active = true) => ({ __typename: 'ServiceSkill' as const, key, name, active });

/** The case's visits; a function is asked again on each (re)fetch, so a test can answer with what changed. */
export function caseVisitsMock(visits: WorkOrderRowFragment[] | (() => WorkOrderRowFragment[]), skills = [aSkill('boiler', 'Boiler repair')]): MockLink.MockedResponse {
  return {
    request: { query: CaseWorkOrdersDocument, variables: () => true },
    result: () => ({ data: { case: { __typename: 'Case', id: 'k-1', workOrders: typeof visits === 'function' ? visits() : visits }, serviceSkills: skills } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

/** A mutation's answer: the visit and the API's warnings, recording the variables it was sent. */
export function payloadMock<V>(query: MockLink.MockedResponse['request']['query'], field: string, visit: WorkOrderRowFragment, sent: V[], warnings: VisitWarning[] = []): MockLink.MockedResponse {
  return {
    request: { query, variables: () => true },
    result: (v: V) => (sent.push(v), { data: { [field]: { __typename: 'WorkOrderPayload', workOrder: visit, warnings } } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

/** The case page's Visits card for a role (as user `u-me`). */
export function renderCaseVisits(role: Role, mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <App>
        <SessionContext.Provider value={meWith(role)}>
          <CaseVisits caseId="k-1" />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
}
