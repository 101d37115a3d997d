import type { AgentPresenceFieldsFragment } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';

export type AgentPresenceState = AgentPresenceFieldsFragment['presence'];
type CaseChannel = AgentPresenceFieldsFragment['channels'][number]['channel'];

export const PRESENCES: readonly AgentPresenceState[] = ['AVAILABLE', 'BUSY', 'AWAY', 'OFFLINE'];

/** The dot's colour per presence (antd Badge status): green, red, amber, grey, as chat tools use them. */
export const PRESENCE_STATUS: Record<AgentPresenceState, 'success' | 'error' | 'warning' | 'default'> = {
  AVAILABLE: 'success',
  BUSY: 'error',
  AWAY: 'warning',
  OFFLINE: 'default',
};

// One literal key per state so the extractor and the completeness test see them.
export function presenceLabel(t: TFunction, p: AgentPresenceState): string {
  switch (p) {
    case 'AVAILABLE':
      return t('routingPresence.state.AVAILABLE');
    case 'BUSY':
      return t('routingPresence.state.BUSY');
    case 'AWAY':
      return t('routingPresence.state.AWAY');
    case 'OFFLINE':
      return t('routingPresence.state.OFFLINE');
  }
}

// The header cannot wait for the service area's lazy words, so it carries its own channel names.
export function presenceChannelLabel(t: TFunction, c: CaseChannel): string {
  switch (c) {
    case 'EMAIL':
      return t('routingPresence.channel.EMAIL');
    case 'PHONE':
      return t('routingPresence.channel.PHONE');
    case 'CHAT':
      return t('routingPresence.channel.CHAT');
    case 'PORTAL':
      return t('routingPresence.channel.PORTAL');
    case 'WEB':
      return t('routingPresence.channel.WEB');
    case 'OTHER':
      return t('routingPresence.channel.OTHER');
  }
}

type Load = AgentPresenceFieldsFragment['channels'][number];

/**
 * The channel the header names: the fullest (load over capacity), email on a tie, so the agent sees
 * at a glance how close they are to not being offered more.
 */
export function busiestChannel(channels: readonly Load[]): Load | null {
  let best: Load | null = null;
  const ratio = (c: Load) => (c.capacity > 0 ? c.load / c.capacity : c.load > 0 ? Infinity : 0);
  for (const c of channels) {
    if (c.capacity === 0 && c.load === 0) continue;
    if (!best || ratio(c) > ratio(best) || (ratio(c) === ratio(best) && c.channel === 'EMAIL')) best = c;
  }
  return best;
}

export function loadText(t: TFunction, c: Load): string {
  return t('routingPresence.load', { channel: presenceChannelLabel(t, c.channel), load: c.load, capacity: c.capacity });
}

/** Heartbeats go out while the tab is visible and the person did something within this long. */
export const HEARTBEAT_MS = 60_000;
export const ACTIVE_WITHIN_MS = 60_000;
