import { SaveScoringRuleDocument, SaveSlaPolicyDocument, ScoringSetupDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { pickOption } from '@rapport/web-testing';
import { meMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';

const setup = {
  request: { query: ScoringSetupDocument },
  result: {
    data: {
      scoringRules: [
        { __typename: 'ScoringRule', id: 'sr-1', name: 'Senior title', field: 'title', operator: 'in', value: ['CEO', 'CTO'], points: 20, active: true },
        { __typename: 'ScoringRule', id: 'sr-2', name: 'Free mail', field: 'emailDomain', operator: 'exists', value: null, points: -5, active: false },
      ],
      slaPolicies: [
        { __typename: 'SlaPolicy', id: 'sla-1', source: null, priority: null, responseMinutes: 60, active: true },
        { __typename: 'SlaPolicy', id: 'sla-2', source: 'web', priority: 'high', responseMinutes: 90, active: true },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('ScoringPage', { timeout: 90_000 }, () => {
  it('shows scoring rules and SLA policies in words, and saves a new rule and a policy', async () => {
    const savedRule = vi.fn(() => ({
      data: { saveScoringRule: { __typename: 'SaveScoringRulePayload', scoringRule: { __typename: 'ScoringRule', id: 'sr-3', name: 'Large company', field: 'employees', operator: 'gte', value: 500, points: 25, active: true } } },
    }));
    const savedPolicy = vi.fn(() => ({
      data: { saveSlaPolicy: { __typename: 'SaveSlaPolicyPayload', slaPolicy: { __typename: 'SlaPolicy', id: 'sla-3', source: 'event', priority: null, responseMinutes: 240, active: true } } },
    }));
    renderApp('/leads/scoring', [
      meMock('ADMIN'),
      setup,
      {
        request: { query: SaveScoringRuleDocument, variables: { input: { name: 'Large company', field: 'employees', operator: 'gte', value: 500, points: 25, active: true } } },
        result: savedRule,
      },
      { request: { query: SaveSlaPolicyDocument, variables: { input: { source: 'event', priority: null, responseMinutes: 240, active: true } } }, result: savedPolicy },
    ]);

    const rules = await screen.findByTestId('scoring-rules-table', {}, { timeout: 10_000 });
    expect(await within(rules).findByText('Job title is one of CEO, CTO')).toBeTruthy();
    expect(within(rules).getByText('+20')).toBeTruthy();
    expect(within(rules).getByText('-5')).toBeTruthy();
    const policies = screen.getByTestId('sla-policies-table');
    expect(within(policies).getByText('Any source')).toBeTruthy();
    expect(within(policies).getByText('1 h of business time')).toBeTruthy();
    expect(within(policies).getByText('1 h 30 min of business time')).toBeTruthy();

    fireEvent.click(screen.getByTestId('scoring-rule-create'));
    fireEvent.change(await screen.findByTestId('scoring-rule-name'), { target: { value: 'Large company' } });
    await pickOption(screen.getByTestId('scoring-rule-field'), 'Employees');
    // A count compares as a number: the operator switches to "at least".
    await waitFor(() => expect(screen.getByTestId('scoring-rule-operator').textContent).toContain('at least'));
    fireEvent.change(screen.getByTestId('scoring-rule-value'), { target: { value: '500' } });
    fireEvent.change(screen.getByTestId('scoring-rule-points'), { target: { value: '25' } });
    fireEvent.click(screen.getByTestId('scoring-rule-submit'));
    await waitFor(() => expect(savedRule).toHaveBeenCalledTimes(1), { timeout: 5000 });

    fireEvent.click(screen.getByTestId('sla-policy-create'));
    await pickOption(await screen.findByTestId('sla-policy-source'), 'Event');
    fireEvent.change(screen.getByTestId('sla-policy-minutes'), { target: { value: '240' } });
    expect(await screen.findByText('4 h of business time')).toBeTruthy();
    fireEvent.click(screen.getByTestId('sla-policy-submit'));
    await waitFor(() => expect(savedPolicy).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });

  it('is read-only for marketers', async () => {
    renderApp('/leads/scoring', [meMock('MARKETER'), setup]);
    expect(await screen.findByTestId('intake-read-only', {}, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findByText('Job title is one of CEO, CTO')).toBeTruthy();
    expect(screen.queryByTestId('scoring-rule-create')).toBeNull();
    expect(screen.queryByTestId('scoring-rule-edit-sr-1')).toBeNull();
  });
});
