import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a dialled number is known as (a campaign's tracking number: the campaign's name). */
export interface CallLine {
  name: string;
  /** The domain that knows it (`marketing`), for the reader's sake only. */
  source: string;
}

/** Names one dialled number (E.164), or says it knows nothing of it. Read for the system: a number names a line whoever took the call. */
export type CallLineResolver = (manager: EntityManager, dialled: string) => Promise<CallLine | null>;

/**
 * Which line a call came in on (issue 18 item 4: "the dialled number tells which line/campaign the
 * call came through"). Marketing knows its campaigns' tracking numbers; the service desk logs calls.
 * Neither imports the other (docs/adr/0022 §14): marketing registers a resolver here when its module
 * starts, and the service desk asks without knowing what a campaign is. The first resolver that
 * names a number wins.
 */
@Injectable()
export class CallLines {
  private readonly resolvers: CallLineResolver[] = [];

  register(resolver: CallLineResolver): void {
    this.resolvers.push(resolver);
  }

  async lineOf(manager: EntityManager, dialled: string): Promise<CallLine | null> {
    for (const resolve of this.resolvers) {
      const line = await resolve(manager, dialled);
      if (line) return line;
    }
    return null;
  }
}
