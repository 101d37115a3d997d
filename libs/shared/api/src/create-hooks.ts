import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Work another domain does inside the transaction that creates records of this one, so the
 * created record comes back complete (e.g. a new lead with its score, which the leads domain owns
 * while sales creates the lead). The owning domain never imports the other (docs/adr/0004): the
 * other registers here, and the creating service runs what is registered for its record type.
 */
export type CreateHook = (manager: EntityManager, ids: string[]) => Promise<unknown>;

@Injectable()
export class CreateHooks {
  private readonly hooks = new Map<string, CreateHook[]>();

  register(recordType: string, hook: CreateHook): void {
    this.hooks.set(recordType, [...(this.hooks.get(recordType) ?? []), hook]);
  }

  /** Runs the hooks of `recordType` for the records just created, in the caller's transaction. */
  async run(manager: EntityManager, recordType: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    for (const hook of this.hooks.get(recordType) ?? []) await hook(manager, ids);
  }
}

/**
 * Work another domain does inside the transaction that merges records of this one: its own rows
 * that point at the merged records move to the survivor (a campaign membership, for one), under
 * its own rules (a person already on a campaign keeps one membership). Same pattern as CreateHooks.
 */
export type MergeHook = (manager: EntityManager, survivorId: string, mergedIds: string[]) => Promise<unknown>;

@Injectable()
export class MergeHooks {
  private readonly hooks = new Map<string, MergeHook[]>();

  register(recordType: string, hook: MergeHook): void {
    this.hooks.set(recordType, [...(this.hooks.get(recordType) ?? []), hook]);
  }

  /** Runs the hooks of `recordType` for one merge, in the merge's transaction. */
  async run(manager: EntityManager, recordType: string, survivorId: string, mergedIds: string[]): Promise<void> {
    for (const hook of this.hooks.get(recordType) ?? []) await hook(manager, survivorId, mergedIds);
  }
}
