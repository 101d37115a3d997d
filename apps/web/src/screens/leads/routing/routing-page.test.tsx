import { BusinessCalendarsDocument, LeadIntakeSettingsDocument, ReorderRoutingRulesDocument, SaveLeadIntakeSettingsDocument, RoutingProfilesDocument, RoutingRulesDocument, type RoutingRuleFieldsFragment } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { meMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';
import { peopleMock, pickOption, routingRule } from '@rapport/web-testing';

const forever = Number.POSITIVE_INFINITY;
const web = routingRule('rule-web', 'Web → Sales East', 1);
const vip = routingRule('rule-vip', 'Big accounts → Mia', 2, {
  targetTeamId: null,
  targetUserId: 'u-mia',
  criteria: { ...web.criteria, sources: null, minEmployees: 1000, countries: ['CN', 'HK'] },
});

const rulesMock = (rules: RoutingRuleFieldsFragment[]) => ({ request: { query: RoutingRulesDocument }, result: { data: { routingRules: rules } } });

const settingsMock = {
  request: { query: LeadIntakeSettingsDocument },
  result: {
    data: {
      leadIntakeSettings: {
        __typename: 'LeadIntakeSettings',
        fallbackUserId: 'u-mia',
        calendarId: null,
        calendar: { __typename: 'LeadIntakeCalendar', id: 'cal-cn', name: 'Mainland China', timeZone: 'Asia/Shanghai' },
        ladder: [
          { __typename: 'EscalationStepModel', atPercent: 50, action: 'remind_owner' },
          { __typename: 'EscalationStepModel', atPercent: 150, action: 'reassign' },
        ],
      },
    },
  },
  maxUsageCount: forever,
};

const profilesMock = {
  request: { query: RoutingProfilesDocument },
  result: {
    data: {
      routingProfiles: [
        {
          __typename: 'RoutingProfile',
          userId: 'u-rita',
          timeZone: 'Asia/Shanghai',
          workDays: [1, 2, 3, 4, 5],
          workStart: 540,
          workEnd: 1080,
          dailyCapacity: 40,
          outOfOfficeFrom: null,
          outOfOfficeUntil: null,
          lastAssignedAt: null,
        },
      ],
    },
  },
  maxUsageCount: forever,
};

const names = () => [...screen.getByTestId('routing-rules-list').querySelectorAll('[data-testid^="routing-rule-rule-"]')].map((el) => el.getAttribute('data-testid'));

describe('RoutingPage', { timeout: 60_000 }, () => {
  it('shows the rules in order in words, and saves a move made with the arrow buttons in one call', async () => {
    const reordered = vi.fn(() => ({ data: { reorderRoutingRules: { __typename: 'ReorderRoutingRulesPayload', routingRules: [{ ...vip, position: 1 }, { ...web, position: 2 }] } } }));
    renderApp('/leads/routing', [
      meMock('ADMIN'),
      peopleMock(),
      rulesMock([web, vip]),
      { request: { query: ReorderRoutingRulesDocument, variables: { input: { ids: ['rule-vip', 'rule-web'] } } }, result: reordered },
      rulesMock([
        { ...vip, position: 1 },
        { ...web, position: 2 },
      ]),
    ]);

    const row = await screen.findByTestId('routing-rule-rule-vip', {}, { timeout: 10_000 });
    expect(names()).toEqual(['routing-rule-rule-web', 'routing-rule-rule-vip']);
    await waitFor(() => expect(within(row).getByText('→ Mia Manager')).toBeTruthy());
    expect(within(row).getByText('Country: CN, HK')).toBeTruthy();
    expect(within(row).getByText('Employees ≥ 1000')).toBeTruthy();
    expect(within(screen.getByTestId('routing-rule-rule-web')).getByText('Round-robin')).toBeTruthy();
    expect(screen.getByTestId('routing-rule-handle-rule-web')).toBeTruthy();

    fireEvent.click(screen.getByTestId('routing-rule-up-rule-vip'));
    // Shown at once, saved once.
    await waitFor(() => expect(names()).toEqual(['routing-rule-rule-vip', 'routing-rule-rule-web']));
    await waitFor(() => expect(reordered).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await waitFor(() => expect(names()).toEqual(['routing-rule-rule-vip', 'routing-rule-rule-web']));
  });

  it('shows the settings and the rep profiles read-only to a manager', async () => {
    renderApp('/leads/routing?tab=settings', [meMock('SALES_MANAGER'), peopleMock(), rulesMock([web]), settingsMock, profilesMock]);
    expect(await screen.findByTestId('intake-read-only', {}, { timeout: 10_000 })).toBeTruthy();
    const settings = await screen.findByTestId('intake-settings', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(settings).getByText('Mia Manager')).toBeTruthy());
    expect(within(settings).getByTestId('ladder-step-1')).toBeTruthy();
    expect(screen.queryByTestId('intake-settings-save')).toBeNull();
    // Which shared calendar the SLA counts in, in words; choosing one is for editors.
    expect(within(settings).getByTestId('intake-settings-counting').textContent).toBe('Counting in: Mainland China (Asia/Shanghai).');
    expect(within(settings).queryByTestId('intake-settings-calendar')).toBeNull();

    fireEvent.click(screen.getByTestId('routing-tab-profiles'));
    const table = await screen.findByTestId('routing-profiles-table');
    await waitFor(() => expect(within(table).getByText('Rita Rep')).toBeTruthy());
    await waitFor(() => expect(within(table).getByText('09:00–18:00')).toBeTruthy());
    expect(within(table).getByText('Bo Rep')).toBeTruthy();
    expect(within(table).getByText('Not set up (always available)')).toBeTruthy();
    expect(screen.queryByTestId('routing-profile-edit-u-rita')).toBeNull();

    fireEvent.click(screen.getByTestId('routing-tab-rules'));
    expect(await screen.findByTestId('routing-rule-rule-web')).toBeTruthy();
    expect(screen.queryByTestId('routing-rule-handle-rule-web')).toBeNull();
    expect(screen.queryByTestId('routing-rule-create')).toBeNull();
  });

  it('lets an administrator move the SLA onto another business calendar, the default one offered by name', async () => {
    const row = (id: string, name: string, isDefault: boolean) => ({ __typename: 'BusinessCalendar' as const, id, name, timeZone: id === 'cal-tw' ? 'Asia/Taipei' : 'Asia/Shanghai', isDefault, updatedAt: '2026-12-01T00:00:00Z' });
    const calendarsMock = { request: { query: BusinessCalendarsDocument }, result: { data: { businessCalendars: [row('cal-cn', 'Mainland China', true), row('cal-tw', 'Taipei office', false)] } }, maxUsageCount: forever };
    const input = { fallbackUserId: 'u-mia', calendarId: 'cal-tw', ladder: [{ atPercent: 50, action: 'remind_owner' }, { atPercent: 150, action: 'reassign' }] };
    const saved = vi.fn(() => ({
      data: { saveLeadIntakeSettings: { __typename: 'SaveLeadSettingsPayload', settings: { ...settingsMock.result.data.leadIntakeSettings, calendarId: 'cal-tw', calendar: { __typename: 'LeadIntakeCalendar', id: 'cal-tw', name: 'Taipei office', timeZone: 'Asia/Taipei' } } } },
    }));
    renderApp('/leads/routing?tab=settings', [meMock('ADMIN'), peopleMock(), rulesMock([web]), settingsMock, profilesMock, calendarsMock, { request: { query: SaveLeadIntakeSettingsDocument, variables: { input } }, result: saved }]);
    const select = await screen.findByTestId('intake-settings-calendar', {}, { timeout: 10_000 });
    await waitFor(() => expect(select.textContent).toBe('The default calendar (Mainland China)'));
    expect(screen.getByTestId('intake-settings-calendars-link').getAttribute('href')).toBe('/service/setup/calendars');
    await pickOption(select, 'Taipei office · Asia/Taipei');
    fireEvent.click(screen.getByTestId('intake-settings-save'));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });
});
