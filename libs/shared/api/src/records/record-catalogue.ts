import { Injectable } from '@nestjs/common';
import type { RecordDefinition } from '@rapport/shared-domain';

/**
 * The record types the running API knows: each domain module registers its definitions when it
 * starts (as search providers register), and the `recordTypes` query reads them from here.
 */
@Injectable()
export class RecordCatalogue {
  private readonly definitions = new Map<string, RecordDefinition>();

  register(...definitions: RecordDefinition[]): void {
    for (const d of definitions) this.definitions.set(d.name, d);
  }

  all(): RecordDefinition[] {
    return [...this.definitions.values()];
  }
}
