import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { affectedOf } from './returning';

// One statement counts the hit and, when the client's window has passed, starts a new one. The
// row lock of ON CONFLICT DO UPDATE serialises concurrent hits from every API process, so each one
// sees a distinct count. The database's clock decides windows: the API hosts' clocks may differ.
const HIT_SQL = `
  INSERT INTO public_lead_rate AS r (client_hash, window_start, hits) VALUES ($1, now(), 1)
  ON CONFLICT (client_hash) DO UPDATE SET
    window_start = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN now() ELSE r.window_start END,
    hits = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE r.hits + 1 END
  RETURNING hits, window_start AS "windowStart", now() AS now`;

/** The web-to-lead rate counter shared by every API process (`public_lead_rate`); PublicLeadRateLimiter decides. */
@Injectable()
export class PublicLeadRateRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Counts one hit of `clientHash` in its window of `windowSeconds`: the hits so far, when the window started, the database's now. */
  async hit(clientHash: string, windowSeconds: number): Promise<{ hits: number; windowStart: Date; now: Date }> {
    const [row] = (await this.ds.query(HIT_SQL, [clientHash, windowSeconds])) as { hits: number; windowStart: Date; now: Date }[];
    return row;
  }

  /** Deletes the counters of windows that have ended; how many. */
  async deleteEnded(windowSeconds: number): Promise<number> {
    return affectedOf(await this.ds.query(`DELETE FROM public_lead_rate WHERE window_start <= now() - make_interval(secs => $1)`, [windowSeconds]));
  }
}
