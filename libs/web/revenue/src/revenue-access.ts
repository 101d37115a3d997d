import type { Requirement } from '@rapport/web-core';

// What each revenue screen and action needs from the viewer's grants (`me.permissions`, the API's
// permission table). The menu, the route guards and the buttons follow these; the API enforces
// the same table, so they only spare people dead ends.
export const REVENUE_NEEDS = {
  quotes: [{ object: 'quote', action: 'read' }],
  /** A new quote changes the deal it is on, so both grants. */
  newQuote: [
    { object: 'quote', action: 'write' },
    { object: 'opportunity', action: 'write' },
  ],
  approvals: [{ object: 'quoteApproval', action: 'write' }],
  forecast: [{ object: 'forecast', action: 'read' }],
  forecastAdjust: [{ object: 'forecastAdjustment', action: 'write' }],
  commitments: [{ object: 'commitment', action: 'read' }],
  commitmentWrite: [{ object: 'commitment', action: 'write' }],
  catalog: [{ object: 'catalog', action: 'read' }],
  catalogWrite: [{ object: 'catalog', action: 'write' }],
} satisfies Record<string, Requirement[]>;
