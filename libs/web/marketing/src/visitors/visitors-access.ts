import type { Requirement } from '@rapport/web-core';

// What the visitor screens need from the viewer's grants (issue 16 item 7).
export const VISITORS_NEEDS = {
  /**
   * Known visitors today: those who work leads (sales and marketing). The API lists only the people
   * the viewer may see, so the list is as wide as their scope; service roles, who read contacts
   * but not leads, have no use for "who to call now" and get no menu entry.
   */
  knownToday: [{ object: 'lead', action: 'read' }],
  /** Website tracking set-up: campaign readers look (to hand the tag to the web team), as the API allows. */
  setup: [{ object: 'campaign', action: 'read' }],
  /** The API lets only administrators (an all-records user grant) change the settings and the rules. */
  setupWrite: [{ object: 'user', action: 'write', scope: 'ALL' }],
} satisfies Record<string, Requirement[]>;
