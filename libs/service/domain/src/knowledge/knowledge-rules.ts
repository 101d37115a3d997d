import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { KNOWLEDGE_AUDIENCES, type KnowledgeAudience, type KnowledgeVersionStatus } from './knowledge.record';

/**
 * Who reads which articles (issue 19 item 3). The permission table's `knowledge` row says who reads
 * at all; the `knowledgeInternal` capability, whether articles not for customers too: staff read
 * every audience, a portal user (a customer) only articles for customers. Partner articles are
 * staff-only for now: there is no partner role yet.
 */
export function readableAudiences(actor: Actor): KnowledgeAudience[] {
  if (scopeFor(actor, 'knowledge', 'read') === RecordScope.None) return [];
  return scopeFor(actor, 'knowledgeInternal', 'read') === RecordScope.All ? [...KNOWLEDGE_AUDIENCES] : ['customers'];
}

/** Whether the reader is shown who wrote articles (owner, version authors): staff, not customers, who read the text only. */
export function seesKnowledgeAuthors(actor: Actor): boolean {
  return scopeFor(actor, 'knowledgeInternal', 'read') === RecordScope.All;
}

/** Whether the actor sees articles that are not published (drafts, reviews): those who may write some (which ones is the write scope's). */
export function readsUnpublished(actor: Actor): boolean {
  return scopeFor(actor, 'knowledge', 'write') !== RecordScope.None;
}

/** Publishing, archiving and the category tree take the write scope `all` (managers); an `own` scope drafts and edits one's own articles. */
export function publishesKnowledge(actor: Actor): boolean {
  return scopeFor(actor, 'knowledge', 'write') === RecordScope.All;
}

/** Why a version cannot move from one status to another (or stay: submitting twice is a mistake), or null. Publishing from a draft directly is allowed (a manager's own fix). */
export function versionTransitionProblem(from: KnowledgeVersionStatus, to: KnowledgeVersionStatus): string | null {
  if (from === 'archived') return 'An archived version cannot change; edit the article to start a new draft.';
  if (to === 'in_review' && from !== 'draft') return 'Only a draft can be submitted for review.';
  if (to === 'published' && from !== 'draft' && from !== 'in_review') return 'Only a draft or a version in review can be published.';
  if (to === 'draft' && from !== 'in_review') return 'Only a version in review can go back to draft.';
  return null;
}

/** Whether a version's texts are edited in place (a draft, or one in review sent back by the edit) rather than by a new draft version. */
export const editableInPlace = (status: KnowledgeVersionStatus) => status === 'draft' || status === 'in_review';
