import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { CheckInByCodeDocument, CheckInRegistrationDocument, createCache, RegisterWalkInDocument, type EventRegistrationRowFragment } from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { grantsFor, rolesMock } from '@rapport/web-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MARKETING_ROUTES } from '../routes';
import { anEvent, eventMock, meWith, mutationMock, registration, registrationsMock } from './events-fixtures';

function renderDoor(mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(MARKETING_ROUTES, { initialEntries: ['/marketing/events/e-1/check-in'] });
  render(
    <MockedProvider mocks={[...mocks, rolesMock()]} cache={createCache()}>
      <App>
        <SessionContext.Provider value={meWith('MARKETER', grantsFor('MARKETER'))}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
}

function door(rows: EventRegistrationRowFragment[], extra: MockLink.MockedResponse[] = [], status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') {
  const n = (s: string) => rows.filter((r) => r.status === s).length;
  const event = () => anEvent('e-1', { title: 'Pump seminar', localizedTitle: 'Pump seminar', status }, { registered: n('registered'), attended: n('attended'), waitlisted: n('waitlisted') });
  return [eventMock(event), registrationsMock(() => rows.map((r) => ({ ...r }))), ...extra];
}

const checkedInAnswer = (rows: EventRegistrationRowFragment[], field: string) => (input: Record<string, unknown>) => {
  const row = rows.find((r) => r.id === input['id'] || r.id === input['code'])!;
  Object.assign(row, { status: 'attended', checkedInAt: '2026-12-20T06:10:00Z' });
  return { [field]: { __typename: 'EventRegistrationPayload', registration: { ...row } } };
};

afterEach(() => {
  delete (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector;
  delete (navigator as { mediaDevices?: unknown }).mediaDevices;
});

describe('Check-in at the door', { timeout: 60_000 }, () => {
  it('finds a registrant by a Chinese name and checks them in with one tap; the counter follows', async () => {
    const rows = [registration('r-1', '敏', '王', { company: '上海泵业' }), registration('r-2', 'Amy', 'Lee'), registration('r-3', 'Bo', 'Chen', { status: 'attended' })];
    const asked: Record<string, unknown>[] = [];
    renderDoor(door(rows, [mutationMock(CheckInRegistrationDocument, asked, checkedInAnswer(rows, 'checkInRegistration'))]));
    const counter = await screen.findByTestId('check-in-counter', {}, { timeout: 10_000 });
    expect(counter.textContent).toBe('1 of 3 checked in');
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Check-in']);
    const search = screen.getByRole('searchbox', { name: 'Find a registrant' });
    fireEvent.change(search, { target: { value: '王敏' } });
    const card = await screen.findByTestId('check-in-card', {}, { timeout: 10_000 });
    expect(within(card).getByTestId('check-in-name').textContent).toBe('王敏');
    expect(card.textContent).toContain('上海泵业');
    fireEvent.click(within(card).getByRole('button', { name: 'Check in 王敏' }));
    await waitFor(() => expect(screen.getByTestId('check-in-counter').textContent).toBe('2 of 3 checked in'), { timeout: 10_000 });
    expect(asked).toEqual([{ id: 'r-1' }]);
    await waitFor(() => expect(screen.getByTestId('check-in-card').getAttribute('data-status')).toBe('attended'));
    expect(within(screen.getByTestId('check-in-card')).getByRole('button', { name: 'Undo the check-in of 王敏' })).toBeTruthy();
    // Ready for the next name.
    expect(document.activeElement).toBe(search);
  });

  it('says when nobody matches and registers a walk-in, who is checked in at once', async () => {
    const rows = [registration('r-1', 'Amy', 'Lee')];
    const asked: Record<string, unknown>[] = [];
    const walkIn = mutationMock(RegisterWalkInDocument, asked, (input) => {
      const row = registration('r-9', String(input['firstName']), String(input['lastName']), { status: 'attended', walkIn: true, email: String(input['email']), company: (input['company'] as string) ?? null });
      rows.push(row);
      return { registerWalkIn: { __typename: 'EventRegistrationPayload', registration: row } };
    });
    renderDoor(door(rows, [walkIn]));
    fireEvent.change(await screen.findByTestId('check-in-search', {}, { timeout: 10_000 }), { target: { value: 'Zhao' } });
    const none = await screen.findByTestId('check-in-none', {}, { timeout: 10_000 });
    expect(none.textContent).toContain('Nobody registered matches “Zhao”.');
    fireEvent.click(within(none).getByRole('button', { name: 'Register as a walk-in' }));
    const lastName = (await screen.findByTestId('walk-in-lastName', {}, { timeout: 10_000 })) as HTMLInputElement;
    expect(lastName.value).toBe('Zhao');
    fireEvent.change(screen.getByTestId('walk-in-firstName'), { target: { value: 'Lei' } });
    fireEvent.click(screen.getByTestId('walk-in-submit'));
    // The email is required.
    expect(await screen.findByText('Enter an email address.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('walk-in-email'), { target: { value: 'zhao.lei@example.com' } });
    fireEvent.change(screen.getByTestId('walk-in-company'), { target: { value: 'Delta Valves' } });
    fireEvent.click(screen.getByTestId('walk-in-submit'));
    expect((await screen.findByTestId('check-in-outcome', {}, { timeout: 10_000 })).textContent).toBe('Lei Zhao is checked in');
    expect(asked).toEqual([{ eventId: 'e-1', firstName: 'Lei', lastName: 'Zhao', email: 'zhao.lei@example.com', company: 'Delta Valves', phone: null }]);
    await waitFor(() => expect(screen.getByTestId('check-in-counter').textContent).toBe('1 of 2 checked in'), { timeout: 10_000 });
  });

  it('falls back to the search where the browser cannot read QR codes', async () => {
    renderDoor(door([registration('r-1', 'Amy', 'Lee')]));
    fireEvent.click(await screen.findByTestId('check-in-scan', {}, { timeout: 10_000 }));
    expect((await screen.findByTestId('scan-unsupported')).textContent).toBe('This browser cannot read QR codes with the camera. Search for the person by name instead.');
    expect(document.activeElement).toBe(screen.getByTestId('check-in-search'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('checks in the person whose QR code the camera reads, and says so when the code is not for this event', async () => {
    const rows = [registration('r-1', 'Amy', 'Lee')];
    const asked: Record<string, unknown>[] = [];
    const byCode = mutationMock(CheckInByCodeDocument, asked, (input) =>
      input['code'] === 'r-1' ? checkedInAnswer(rows, 'checkInByCode')(input) : new GraphQLError('This code is for another event.', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.code', message: 'This code is for another event.' }] } }),
    );
    let codes = ['r-1'];
    (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector = class {
      async detect() {
        return codes.map((rawValue) => ({ rawValue }));
      }
    };
    const stopped: string[] = [];
    const stream = { getTracks: () => [{ stop: () => stopped.push('track') }] };
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia: async () => stream } });
    Object.defineProperty(HTMLMediaElement.prototype, 'readyState', { configurable: true, get: () => 4 });
    HTMLMediaElement.prototype.play = async () => undefined;
    renderDoor(door(rows, [byCode]));
    fireEvent.click(await screen.findByTestId('check-in-scan', {}, { timeout: 10_000 }));
    expect((await screen.findByTestId('check-in-outcome', {}, { timeout: 10_000 })).textContent).toBe('Amy Lee is checked in');
    expect(asked).toEqual([{ eventId: 'e-1', code: 'r-1' }]);
    expect(stopped).toEqual(['track']);
    await waitFor(() => expect(screen.getByTestId('check-in-counter').textContent).toBe('1 of 1 checked in'), { timeout: 10_000 });

    codes = ['someone-elses'];
    await act(async () => {
      fireEvent.click(screen.getByTestId('check-in-scan'));
    });
    await waitFor(() => expect(screen.getByTestId('check-in-outcome').textContent).toBe('This code is for another event.'), { timeout: 10_000 });
  });

  it('shows no check-in buttons before the event is published', async () => {
    renderDoor(door([registration('r-1', 'Amy', 'Lee')], [], 'DRAFT'));
    expect(await screen.findByTestId('check-in-closed', {}, { timeout: 10_000 })).toBeTruthy();
    fireEvent.change(screen.getByTestId('check-in-search'), { target: { value: 'Amy' } });
    const card = await screen.findByTestId('check-in-card', {}, { timeout: 10_000 });
    expect(within(card).queryByRole('button')).toBeNull();
    expect((screen.getByTestId('check-in-scan') as HTMLButtonElement).disabled).toBe(true);
  });
});
