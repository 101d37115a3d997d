import { LeadDocument, UpdateLeadDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { leadDetail, leadMock, meMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';

describe('LeadPage', () => {
  it('says "not found" when the API answers null (missing or not visible)', async () => {
    renderApp('/leads/l-hidden', [
      meMock('SALES_REP'),
      { request: { query: LeadDocument, variables: { id: 'l-hidden' } }, result: { data: { lead: null } } },
    ]);
    const notFound = await screen.findByTestId('record-not-found', {}, { timeout: 10_000 });
    expect(notFound.textContent).toContain('This lead does not exist or is not visible to you.');
    expect(screen.getByText('Back to leads').getAttribute('href')).toBe('/leads');
    expect(screen.queryByTestId('lead-convert')).toBeNull();
  });
});

describe('LeadPage edit mode', () => {
  it('edits the catalogue fields, status included, and saves them as the update input', async () => {
    const lead = leadDetail();
    const saved = { ...lead, lastName: 'Wu-Li', name: 'Ann Wu-Li' };
    let sent: unknown;
    renderApp('/leads/l1', [
      meMock('SALES_REP'),
      leadMock(lead),
      {
        request: {
          query: UpdateLeadDocument,
          variables: (variables: Record<string, unknown>) => {
            sent = variables['input'];
            return true;
          },
        },
        result: { data: { updateLead: { __typename: 'UpdateLeadPayload', lead: saved } } },
      },
    ]);
    fireEvent.click(await screen.findByTestId('record-edit', {}, { timeout: 10_000 }));
    // A lead's status is edited here (it starts as new on create); the status select is in the form.
    expect(await screen.findByTestId('lead-status-pick')).toBeTruthy();
    fireEvent.change(screen.getByTestId('lead-lastName'), { target: { value: ' Wu-Li ' } });
    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toEqual({
      id: 'l1',
      firstName: 'Ann',
      lastName: 'Wu-Li',
      company: 'Globex',
      title: null,
      email: 'ann@globex.example',
      phone: null,
      source: 'WEB',
      status: 'NEW',
      // A reader of campaigns edits the lead's campaign too (none here); the source text is create-only.
      campaignId: null,
      timeZone: null,
      country: null,
      productInterest: null,
      region: null,
      message: null,
    });
  });
});
