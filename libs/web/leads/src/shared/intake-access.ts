import type { Requirement } from '@rapport/web-core';

// What each intake screen and action needs from the viewer's grants (`me.permissions`, the API's
// permission table): the menu, the route guards and the buttons follow these.
export const INTAKE_NEEDS = {
  /** Everyone who works leads; the API narrows each to the leads they may see. */
  unanswered: [{ object: 'lead', action: 'read' }],
  /** An import creates leads: the import grant and the lead grant (lead-import.access.ts). */
  import: [
    { object: 'leadImport', action: 'write' },
    { object: 'lead', action: 'write' },
  ],
  setupRead: [{ object: 'leadSetup', action: 'read' }],
  setupWrite: [{ object: 'leadSetup', action: 'write' }],
} satisfies Record<string, Requirement[]>;
