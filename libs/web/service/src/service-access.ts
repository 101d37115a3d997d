import type { Requirement } from '@rapport/web-core';

// What the service screens need from the viewer's grants (`me.permissions`, the API's permission
// table): cases are read by service staff, admins and the sales roles (theirs through their
// accounts), changed by service staff; set-up (calendars, SLA policies) is read by most staff and
// changed by service managers and admins. The API enforces the same table; these spare dead ends.
export const SERVICE_NEEDS = {
  cases: [{ object: 'case', action: 'read' }],
  caseWrite: [{ object: 'case', action: 'write' }],
  setup: [{ object: 'serviceSetup', action: 'read' }],
  setupWrite: [{ object: 'serviceSetup', action: 'write' }],
} satisfies Record<string, Requirement[]>;
