import type { Requirement } from '@rapport/web-core';

/** What each sales screen needs from the viewer's grants (the menu and the route guards follow it). */
export const SALES_NEEDS = {
  accounts: [{ object: 'account', action: 'read' }],
  contacts: [{ object: 'contact', action: 'read' }],
  opportunities: [{ object: 'opportunity', action: 'read' }],
  // The board reads the pipelines' stages as well as the deals.
  pipeline: [
    { object: 'opportunity', action: 'read' },
    { object: 'pipeline', action: 'read' },
  ],
  activities: [{ object: 'activity', action: 'read' }],
  // The API also checks that the people involved are in the teams one manages.
  handover: [{ object: 'handover', action: 'write' }],
  leads: [{ object: 'lead', action: 'read' }],
} satisfies Record<string, Requirement[]>;
