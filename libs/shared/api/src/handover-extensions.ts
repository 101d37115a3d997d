import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Records of other domains that travel with a rep's book in a handover (e.g. open commitments).
 * The sales handover calls each extension inside its final transaction: `move` re-owns the open
 * records (idempotent: only rows still owned by `fromUserId`), `digest` lists what the new owner
 * should read, as one section of the handover digest.
 */
export interface HandoverExtension {
  section: string;
  move(manager: EntityManager, fromUserId: string, toUserId: string): Promise<number>;
  digest(manager: EntityManager, fromUserId: string, toUserId: string): Promise<Record<string, unknown>[]>;
}

@Injectable()
export class HandoverExtensions {
  private readonly extensions: HandoverExtension[] = [];

  register(extension: HandoverExtension): void {
    this.extensions.push(extension);
  }

  all(): readonly HandoverExtension[] {
    return this.extensions;
  }
}
