import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** Inbound mails already acted on (inbound_message): what makes handing one over twice a no-op. */
@Injectable()
export class InboundMessageRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  /**
   * Records the message as handled in the caller's transaction, the one that stores its effect;
   * false when it already was. A second transaction claiming the same key at the same moment waits
   * on the primary key until the first commits (then gets false) or rolls back (then gets true).
   */
  async claim(m: EntityManager, key: string, outcome: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`INSERT INTO inbound_message (key, outcome) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`, [key, outcome]);
    return rows.length > 0;
  }

  async handled(key: string): Promise<boolean> {
    const [row] = await this.ds.query(`SELECT 1 FROM inbound_message WHERE key = $1`, [key]);
    return Boolean(row);
  }
}
