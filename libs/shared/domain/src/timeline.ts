/**
 * Timeline events are named `<object>.<verb>` (`opportunity.created`, `quote.accepted`), or
 * `record.<verb>` for a change of the subject itself. An event on one record's timeline that tells
 * about another record (a deal created, on the account's timeline) describes that other record, and
 * its payload carries that record's content (name, amount). It therefore names the record it
 * describes, so that each reader sees the event only if they may read that record too
 * (docs/adr/0008-reachable-visibility.md).
 */
export interface DescribedObject {
  type: string;
  id: string;
}

/** The record an event describes when it is not its subject; null when it is about the subject itself. */
export function describedObject(subjectType: string, eventType: string, payload: Record<string, unknown>): DescribedObject | null {
  const prefix = eventType.split('.', 1)[0];
  if (prefix === 'record' || prefix === subjectType) return null;
  const id = payload[`${prefix}Id`];
  // A writer that forgets the id would publish the content to every reader of the subject: refuse.
  if (typeof id !== 'string' || id === '') throw new Error(`A ${eventType} event on a ${subjectType} timeline must carry ${prefix}Id in its payload.`);
  return { type: prefix, id };
}
