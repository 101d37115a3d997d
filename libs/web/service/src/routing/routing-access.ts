import type { Requirement } from '@rapport/web-core';

// The permission table's `routing` row: service agents, service managers and admins read queues and
// the board; service managers and admins change them. The API enforces the same; these spare dead ends.
export const ROUTING_NEEDS = {
  read: [{ object: 'routing', action: 'read' }],
  write: [{ object: 'routing', action: 'write' }],
  // "My queue": those routing gives cases to (the `routedCases` capability), who also read the board's counts.
  mine: [
    { object: 'routedCases', action: 'write' },
    { object: 'routing', action: 'read' },
  ],
} satisfies Record<string, Requirement[]>;
