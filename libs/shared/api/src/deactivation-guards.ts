import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Before a user is deactivated, every domain says what that user still owns. Domains register a
 * check here (an exported service interface, not a cross-domain query), so the platform can
 * refuse to leave records owned by an inactive user.
 */
export type OwnedRecordsCheck = (manager: EntityManager, userId: string) => Promise<Record<string, number>>;

@Injectable()
export class DeactivationGuards {
  private readonly checks: OwnedRecordsCheck[] = [];

  register(check: OwnedRecordsCheck): void {
    this.checks.push(check);
  }

  /** Counts per object of what the user still owns (only non-zero counts). */
  async stillOwned(manager: EntityManager, userId: string): Promise<Record<string, number>> {
    const all = await Promise.all(this.checks.map((c) => c(manager, userId)));
    return Object.fromEntries(all.flatMap((r) => Object.entries(r)).filter(([, n]) => n > 0));
  }
}
