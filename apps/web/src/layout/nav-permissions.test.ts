import { permissionsOf, type NavEntry } from '@rapport/web-core';
import type { Role } from '@rapport/web-data-access';
import { grantsFor } from '@rapport/web-testing';
import { describe, expect, it } from 'vitest';
import { NAV_ENTRIES, visibleEntries } from './nav-items';

const keys = (entries: NavEntry[]): string[] => entries.flatMap((e) => [e.key, ...keys(e.children ?? [])]);
const menuOf = (role: Role) => keys(visibleEntries(NAV_ENTRIES, permissionsOf(grantsFor(role))));

// The menu comes from each role's grants (the API's permission table), not from role names.
describe('the menu per role', () => {
  it('gives an administrator everything, admin pages included', () => {
    expect(menuOf('ADMIN')).toEqual(keys(NAV_ENTRIES));
  });

  it('gives a service agent the customer base and the ledger, no deals, leads or admin', () => {
    const menu = menuOf('SERVICE_AGENT');
    expect(menu).toEqual(expect.arrayContaining(['sales', 'sales-accounts', 'sales-contacts', 'sales-activities', 'sales-commitments', 'sales-catalog', 'service']));
    for (const key of ['sales-opportunities', 'sales-pipeline', 'sales-quotes', 'sales-forecast', 'sales-handover', 'leads', 'leads-all', 'admin', 'admin-users']) {
      expect(menu, key).not.toContain(key);
    }
  });

  it('gives a rep quotes and forecast but not approvals, handover or intake set-up', () => {
    const menu = menuOf('SALES_REP');
    expect(menu).toEqual(expect.arrayContaining(['sales-quotes', 'sales-forecast', 'sales-pipeline', 'leads-all', 'leads-unanswered']));
    for (const key of ['sales-quote-approvals', 'sales-handover', 'leads-import', 'leads-forms', 'leads-routing', 'admin']) expect(menu, key).not.toContain(key);
  });

  it('gives a manager approvals, handover, imports and the intake set-up to read', () => {
    expect(menuOf('SALES_MANAGER')).toEqual(expect.arrayContaining(['sales-quote-approvals', 'sales-handover', 'leads-import', 'leads-forms', 'leads-routing', 'leads-scoring']));
    expect(menuOf('SALES_MANAGER')).not.toContain('admin');
  });

  it('drops a group whose every page is closed, and keeps the module placeholders', () => {
    const menu = menuOf('PORTAL_USER');
    // Marketing (issue 14) and Service (issue 18) have pages now: a role that may read none of them has no group.
    for (const key of ['sales', 'leads', 'admin', 'marketing', 'marketing-campaigns', 'service']) expect(menu, key).not.toContain(key);
    expect(menu).toContain('reports');
  });

  it('shows cases (issue 18) to service and to the sales roles (their customers’), never to marketing', () => {
    for (const role of ['ADMIN', 'SERVICE_MANAGER', 'SERVICE_AGENT', 'SALES_MANAGER', 'SALES_REP'] as const) expect(menuOf(role), role).toContain('service-cases');
    expect(menuOf('MARKETER')).not.toContain('service-cases');
  });

  it('shows Segments (issue 17) to the roles that may read segments, and to them only', () => {
    for (const role of ['ADMIN', 'MARKETER', 'SALES_MANAGER', 'SALES_REP', 'SERVICE_MANAGER', 'INTEGRATION'] as const) expect(menuOf(role), role).toContain('segments');
    for (const role of ['SERVICE_AGENT', 'PORTAL_USER'] as const) expect(menuOf(role), role).not.toContain('segments');
  });

  it('shows Marketing with its campaigns to the roles that may read campaigns, and to them only', () => {
    for (const role of ['MARKETER', 'SALES_MANAGER', 'SALES_REP'] as const) expect(menuOf(role), role).toEqual(expect.arrayContaining(['marketing', 'marketing-campaigns']));
    expect(menuOf('SERVICE_AGENT')).not.toContain('marketing');
  });
});

describe('permissionsOf', () => {
  it('answers from the grants, failing closed on objects it does not know', () => {
    const rep = permissionsOf(grantsFor('SALES_REP'));
    expect(rep.can('account', 'write')).toBe(true);
    expect(rep.scope('account', 'read')).toBe('OWN');
    expect(rep.seesAll('account')).toBe(false);
    expect(permissionsOf(grantsFor('SERVICE_AGENT')).seesAll('account')).toBe(true);
    expect(permissionsOf(null).can('account', 'read')).toBe(false);
  });

  it('tells a team-wide grant from one over the whole organisation', () => {
    const needs = [{ object: 'user' as const, action: 'write' as const, scope: 'ALL' as const }];
    expect(permissionsOf(grantsFor('ADMIN')).allows(needs)).toBe(true);
    expect(permissionsOf(grantsFor('SALES_MANAGER')).allows([{ object: 'user', action: 'read' }])).toBe(true);
    expect(permissionsOf(grantsFor('SALES_MANAGER')).allows(needs)).toBe(false);
  });
});
