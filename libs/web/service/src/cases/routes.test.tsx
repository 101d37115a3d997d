import { permissionsOf } from '@rapport/web-core';
import { grantsFor } from '@rapport/web-testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { casesMock, renderRoutes } from './cases-fixtures';
import { CASE_NAV, CASE_ROUTES } from './routes';

const menuFor = (role: Parameters<typeof grantsFor>[0]) => CASE_NAV.filter((e) => permissionsOf(grantsFor(role)).allows(e.needs)).map((e) => e.key);

describe('Case routes and menu', { timeout: 60_000 }, () => {
  it('puts Cases in the menu of those who read cases (a sales rep too), not of a marketer, and the call desk only for those who open cases', () => {
    for (const role of ['ADMIN', 'SERVICE_MANAGER', 'SERVICE_AGENT'] as const) expect(menuFor(role), role).toEqual(['service-cases', 'service-call']);
    for (const role of ['SALES_MANAGER', 'SALES_REP'] as const) expect(menuFor(role), role).toEqual(['service-cases']);
    expect(menuFor('MARKETER')).toEqual([]);
    expect(CASE_NAV[0]!.path).toBe('/service/cases');
  });

  it('opens the list for a sales rep', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases', [casesMock([])], 'SALES_REP');
    expect(await screen.findByTestId('cases-table', {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('keeps a sales rep out of the call desk with an explanation', async () => {
    renderRoutes(CASE_ROUTES, '/service/call?from=1', [], 'SALES_REP');
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('call-from')).toBeNull();
  });

  it('explains "no access" to a marketer', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases', [casesMock([])], 'MARKETER');
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('cases-table')).toBeNull();
  });
});
