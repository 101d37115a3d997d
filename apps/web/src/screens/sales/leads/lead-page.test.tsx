import { LeadDocument } from '@rapport/web-data-access';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meMock } from '@rapport/web-testing';
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
