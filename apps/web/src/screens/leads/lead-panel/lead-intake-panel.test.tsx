import { MockedProvider } from '@apollo/client/testing/react';
import { LeadIntakeDocument } from '@rapport/web-data-access';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/app-providers';
import { intake } from '@rapport/web-testing';
import { LeadIntakePanel } from '@rapport/web-leads';

const leadMock = (id: string, withIntake: boolean) => ({
  request: { query: LeadIntakeDocument, variables: { id } },
  result: {
    data: {
      lead: {
        __typename: 'Lead',
        id,
        score: 80,
        grade: 'A',
        slaDueAt: '2026-11-03T02:00:00Z',
        intake: withIntake ? intake({ priority: 'high', slaMinutes: 30, slaState: 'breached' }) : null,
      },
    },
  },
});

const renderPanel = (id: string, withIntake: boolean) =>
  render(
    <MockedProvider mocks={[leadMock(id, withIntake)]}>
      <AppProviders>
        <LeadIntakePanel leadId={id} />
      </AppProviders>
    </MockedProvider>,
  );

describe('LeadIntakePanel', { timeout: 30_000 }, () => {
  it('shows the routing explanation, SLA state and due time, priority and grade', async () => {
    renderPanel('lead-1', true);
    expect((await screen.findByTestId('lead-intake-state', {}, { timeout: 10_000 })).textContent).toBe('Breached');
    expect(screen.getByTestId('lead-intake-explanation').textContent).toContain('round-robin chose Rita Rep');
    expect(screen.getByTestId('lead-intake-due').textContent).toContain('overdue by');
    expect(screen.getByText('High')).toBeTruthy();
    expect(screen.getByText('30 min of business time')).toBeTruthy();
    expect(screen.getByText('A')).toBeTruthy();
  });

  it('says when a lead never went through intake routing', async () => {
    renderPanel('lead-2', false);
    expect(await screen.findByText('This lead did not come through intake routing.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('lead-intake-explanation')).toBeNull();
  });
});
