import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface QueueCounts {
  queue_id: string;
  waiting: number;
  oldest: Date | null;
  answered: number;
  in_target: number;
  assigned: number;
}

export interface WaitingRow {
  queue_id: string;
  case_id: string;
  number: string;
  subject: string;
  priority: string;
  channel: string;
  language: string | null;
  enqueued_at: Date;
}

export interface CallStatsRow {
  author_id: string | null;
  line: string | null;
  calls: number;
  inbound: number;
  average_seconds: number | null;
}

/** The supervisors' board's SQL (issue 19 item 2): what waits per queue, today's service level, the agents' loads, calls per agent and line. */
@Injectable()
export class RoutingBoardRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  /**
   * Per queue: items waiting and the oldest; of the items queued since `dayStart`, how many had a
   * first response, how many within the queue's target, how many were given to an agent.
   */
  async queueCounts(dayStart: Date): Promise<QueueCounts[]> {
    const rows: QueueCounts[] = await this.ds.query(
      `SELECT q.id AS queue_id,
              (SELECT count(*)::int FROM routing_item w WHERE w.queue_id = q.id AND w.state = 'waiting') AS waiting,
              (SELECT min(w.enqueued_at) FROM routing_item w WHERE w.queue_id = q.id AND w.state = 'waiting') AS oldest,
              count(k.first_response_at)::int AS answered,
              count(*) FILTER (WHERE k.first_response_at <= i.enqueued_at + make_interval(secs => q.target_seconds))::int AS in_target,
              count(i.assigned_at)::int AS assigned
         FROM routing_queue q
         LEFT JOIN routing_item i ON i.queue_id = q.id AND i.enqueued_at >= $1
         LEFT JOIN service_case k ON k.id = i.case_id
        GROUP BY q.id`,
      [dayStart],
    );
    return rows;
  }

  /** The first `perQueue` waiting items of every queue, in answering order. */
  waiting(perQueue: number): Promise<WaitingRow[]> {
    return this.ds.query(
      `SELECT queue_id, case_id, number, subject, priority, channel, language, enqueued_at FROM (
         SELECT i.queue_id, i.case_id, k.number, k.subject, k.priority, i.channel, i.language, i.enqueued_at,
                row_number() OVER (PARTITION BY i.queue_id ORDER BY array_position(ARRAY['urgent','high','normal','low'], k.priority), i.enqueued_at, i.id) AS rn
           FROM routing_item i JOIN service_case k ON k.id = i.case_id
          WHERE i.state = 'waiting') w
        WHERE rn <= $1
        ORDER BY queue_id, rn`,
      [perQueue],
    );
  }

  /** Open routed items per agent and channel. */
  async loads(): Promise<Map<string, Record<string, number>>> {
    const rows: { user_id: string; channel: string; n: number }[] = await this.ds.query(
      `SELECT assigned_to AS user_id, channel, count(*)::int AS n FROM routing_item WHERE state = 'assigned' GROUP BY 1, 2`,
    );
    const out = new Map<string, Record<string, number>>();
    for (const r of rows) out.set(r.user_id, { ...(out.get(r.user_id) ?? {}), [r.channel]: r.n });
    return out;
  }

  /** Logged calls in [from, to) per agent and line: how many, how many inbound, the average length of those with one. */
  callStatistics(from: Date, to: Date): Promise<CallStatsRow[]> {
    return this.ds.query(
      `SELECT author_id, line, count(*)::int AS calls, count(*) FILTER (WHERE direction = 'inbound')::int AS inbound, avg(duration_seconds)::float AS average_seconds
         FROM case_message
        WHERE channel = 'phone' AND created_at >= $1 AND created_at < $2
        GROUP BY author_id, line
        ORDER BY calls DESC, author_id, line`,
      [from, to],
    );
  }

  /** The start of today in the default business calendar's zone (UTC without one). */
  async dayStart(now: Date): Promise<Date> {
    const rows: { start: Date }[] = await this.ds.query(
      `SELECT date_trunc('day', $1::timestamptz AT TIME ZONE z.zone) AT TIME ZONE z.zone AS start
         FROM (SELECT COALESCE((SELECT time_zone FROM business_calendar WHERE is_default LIMIT 1), 'UTC') AS zone) z`,
      [now],
    );
    return rows[0]!.start;
  }
}
