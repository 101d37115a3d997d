import type { Requirement } from '@rapport/web-core';

// The permission table's `knowledge` row: every staff role reads articles (published ones, and the
// unpublished ones it may write); an `own` write scope drafts and edits one's own articles, `all`
// publishes and withdraws. What one article allows is its `viewerCan`; these spare dead ends.
// The staff screens also need `knowledgeInternal` (staff's view: every audience, drafts, authors):
// a customer reads knowledge too, but only articles for customers, in the portal (/portal/help).
export const KNOWLEDGE_NEEDS = {
  read: [
    { object: 'knowledge', action: 'read' },
    { object: 'knowledgeInternal', action: 'read' },
  ],
  write: [
    { object: 'knowledge', action: 'write' },
    { object: 'knowledgeInternal', action: 'read' },
  ],
} satisfies Record<string, Requirement[]>;
