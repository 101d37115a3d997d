/**
 * Queue names and job payloads, in one place so producers and processors can't drift apart.
 * Jobs are named `<verb>-<noun>` (DESIGN §5). Domains add their queues here as they land.
 */
export const QUEUES = {
  platform: 'platform',
  sales: 'sales',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  /** Scheduled: removes expired sessions and old login attempts. */
  'purge-sessions': { olderThanDays: number };
  /** Moves a person's book of business to new owners (sales). */
  'transfer-ownership': { handoverId: string };
}

export type JobName = keyof JobPayloads;

/** Default job options: at-least-once with backoff; completed jobs are kept a day so re-adds with the same id dedupe. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential' as const, delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
