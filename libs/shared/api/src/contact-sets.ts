import { Injectable } from '@nestjs/common';
import type { Actor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { isUUID } from 'class-validator';

/** A predicate on a contact id expression, with its named bind parameters. */
export interface ContactSetPredicate {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Resolves one set of a kind for a reader: refuses what they may not use (no access, no such set)
 * and returns a predicate on `contactId` (an SQL expression naming a contact id, e.g. `c.id`).
 */
export type ContactSetResolver = (actor: Actor, id: string, contactId: string) => Promise<ContactSetPredicate>;

/**
 * Named sets of contacts that another domain defines, for the sales lists to filter by (issue 17
 * item 3: segments as list filters). Segmentation registers `segment` (a segment's current members);
 * the contacts and accounts lists ask for the predicate without knowing what a segment is, as the
 * segment builder's catalogue (`SegmentConditions`) works the other way round.
 */
@Injectable()
export class ContactSets {
  private readonly byKind = new Map<string, ContactSetResolver>();

  register(kind: string, resolver: ContactSetResolver): void {
    if (this.byKind.has(kind)) throw new Error(`Contact set ${kind} is registered twice`);
    this.byKind.set(kind, resolver);
  }

  /**
   * The predicate for one set. An id that is not one, or a kind no domain registered, is a
   * validation error at `path` (list arguments carry no validators: the list's own would refuse them).
   */
  async predicate(kind: string, actor: Actor, id: string, contactId: string, path: string): Promise<ContactSetPredicate> {
    const resolve = this.byKind.get(kind);
    if (!isUUID(id, 'all')) throw AppError.validation([{ path, message: 'is not a valid id', messageKey: 'validation.isUuid' }]);
    if (!resolve) throw AppError.validation([{ path, message: 'cannot be filtered on here' }]);
    return resolve(actor, id, contactId);
  }
}
