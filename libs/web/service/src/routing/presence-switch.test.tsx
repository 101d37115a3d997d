import { MyPresenceDocument, PresenceHeartbeatDocument, SetMyPresenceDocument, type AgentPresenceFieldsFragment } from '@rapport/web-data-access';
import { i18n } from '@rapport/web-ui';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations, renderRoutes } from '../cases/cases-fixtures';
import { PresenceSwitch } from './presence-switch';
import { agent, answering } from './routing-fixtures';

const ROUTES = [{ path: '/', element: <PresenceSwitch /> }];
const me = (over: Partial<AgentPresenceFieldsFragment> = {}) => agent('u-me', 'Sam Service', over, { EMAIL: [3, 5], PHONE: [0, 1] });

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
}

describe('Presence switch', { timeout: 60_000 }, () => {
  afterEach(async () => {
    vi.useRealTimers();
    setVisibility('visible');
    await i18n.changeLanguage('en');
  });

  it('shows the agent’s presence and load, and sets another', async () => {
    const sent: unknown[] = [];
    renderRoutes(ROUTES, '/', [answering(MyPresenceDocument, [{ myPresence: me() }]), answering(SetMyPresenceDocument, [{ setMyPresence: me({ presence: 'BUSY' }) }], sent)], 'SERVICE_AGENT');
    const button = await screen.findByTestId('presence-switch', {}, { timeout: 10_000 });
    expect(screen.getByTestId('presence-label').textContent).toBe('Available');
    // The fullest channel: 3 of 5 emails over 0 of 1 calls.
    expect(screen.getByTestId('presence-load').textContent).toBe('Emails 3 of 5');
    expect(button.getAttribute('aria-label')).toBe('Your presence: Available Emails 3 of 5. Change it');
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(button);
    fireEvent.click(await screen.findByTestId('presence-option-BUSY', {}, { timeout: 5_000 }));
    await waitFor(() => expect(sent).toEqual([{ presence: 'BUSY' }]));
  });

  it('says when the system made the agent away after inactivity', async () => {
    renderRoutes(ROUTES, '/', [answering(MyPresenceDocument, [{ myPresence: me({ presence: 'AWAY', autoAway: true }) }])], 'SERVICE_AGENT');
    expect((await screen.findByTestId('presence-label', {}, { timeout: 10_000 })).textContent).toBe('Away (inactive)');
    expect(screen.getByTestId('presence-switch').dataset['presence']).toBe('AWAY');
  });

  it('counts an agent with no presence yet as offline', async () => {
    renderRoutes(ROUTES, '/', [answering(MyPresenceDocument, [{ myPresence: null }])], 'SERVICE_MANAGER');
    expect((await screen.findByTestId('presence-label', {}, { timeout: 10_000 })).textContent).toBe('Offline');
    expect(screen.queryByTestId('presence-load')).toBeNull();
  });

  it('is not there for a role that does not work cases, which is not even asked', async () => {
    const asked: unknown[] = [];
    renderRoutes([{ path: '/', element: <><PresenceSwitch /><p data-testid="rendered">page</p></> }], '/', [answering(MyPresenceDocument, [{ myPresence: null }], asked)], 'SALES_REP');
    await screen.findByTestId('rendered', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('presence-switch')).toBeNull();
    expect(asked).toEqual([]);
  });

  it('sends a heartbeat each minute while the tab is visible and in use, and not otherwise', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const beats: unknown[] = [];
    const presence: unknown[] = [];
    renderRoutes(
      ROUTES,
      '/',
      [answering(MyPresenceDocument, [{ myPresence: me({ presence: 'AWAY', autoAway: true }) }, { myPresence: me() }], presence), answering(PresenceHeartbeatDocument, [{ presenceHeartbeat: true }, { presenceHeartbeat: false }], beats)],
      'SERVICE_AGENT',
    );
    await screen.findByTestId('presence-switch', {}, { timeout: 10_000 });
    // In use just now: the minute's beat goes out, and being brought back re-reads the presence.
    fireEvent.pointerDown(document.body);
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    await waitFor(() => expect(beats).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('presence-label').textContent).toBe('Available'));
    // Nothing done for over a minute: no beat.
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    expect(beats).toHaveLength(1);
    // In use but the tab hidden: no beat.
    fireEvent.keyDown(document.body, { key: 'a' });
    setVisibility('hidden');
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    expect(beats).toHaveLength(1);
  });

  it('keeps to the dot on a phone, with the words in its name and the load in the menu', async () => {
    const width = window.innerWidth;
    window.innerWidth = 390;
    try {
      renderRoutes(ROUTES, '/', [answering(MyPresenceDocument, [{ myPresence: me() }])], 'SERVICE_AGENT');
      const button = await screen.findByTestId('presence-switch', {}, { timeout: 10_000 });
      expect(screen.queryByTestId('presence-label')).toBeNull();
      expect(button.getAttribute('aria-label')).toBe('Your presence: Available Emails 3 of 5. Change it');
      fireEvent.click(button);
      expect((await screen.findByTestId('presence-loads', {}, { timeout: 5_000 })).textContent).toBe('Emails 3 of 5Calls 0 of 1');
    } finally {
      window.innerWidth = width;
    }
  });

  it('speaks Traditional Chinese', async () => {
    await i18n.changeLanguage('zh-TW');
    renderRoutes(ROUTES, '/', [answering(MyPresenceDocument, [{ myPresence: me() }])], 'SERVICE_AGENT');
    expect((await screen.findByTestId('presence-label', {}, { timeout: 10_000 })).textContent).toBe('空閒');
    expect(screen.getByTestId('presence-load').textContent).toBe('郵件 3/5');
  });
});
