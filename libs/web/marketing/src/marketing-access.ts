import type { Requirement } from '@rapport/web-core';

// What each marketing screen and action needs from the viewer's grants (`me.permissions`, the
// API's permission table). The menu, the route guards and the buttons follow these; the API
// enforces the same table, so they only spare people dead ends.
export const MARKETING_NEEDS = {
  campaigns: [{ object: 'campaign', action: 'read' }],
  /** The dashboard adds up every campaign's figures, so the API opens it only to readers of all campaigns. */
  dashboard: [{ object: 'campaign', action: 'read', scope: 'ALL' }],
  campaignWrite: [{ object: 'campaign', action: 'write' }],
  /** Type names are not secret (every consent panel shows them): campaign readers may look; writers change them. */
  subscriptionTypes: [{ object: 'campaign', action: 'read' }],
  /** The API opens the suppression list only to those who manage campaigns. */
  suppressions: [{ object: 'campaign', action: 'write' }],
  /** Email templates (issue 15): read by campaign readers, written by campaign writers (the API's rule). */
  templates: [{ object: 'campaign', action: 'read' }],
  templateWrite: [{ object: 'campaign', action: 'write' }],
  /** Mailings (issue 15): readers see the list and each mailing; writers create, send, pause and cancel (a manager their own). */
  mailings: [{ object: 'mailing', action: 'read' }],
  mailingWrite: [{ object: 'mailing', action: 'write' }],
  /** The company's contact policy: readers (marketers, managers) look, its writers (administrators) change it. */
  contactPolicy: [{ object: 'contactPolicy', action: 'read' }],
  contactPolicyWrite: [{ object: 'contactPolicy', action: 'write' }],
  /** Events (issue 16): readers see the list, the calendar and each event; writers create, publish, cancel, complete and check people in. */
  events: [{ object: 'event', action: 'read' }],
  eventWrite: [{ object: 'event', action: 'write' }],
  /** An inbound call lands on a timeline as an activity (and may create a lead). */
  logCall: [{ object: 'activity', action: 'write' }],
} satisfies Record<string, Requirement[]>;
