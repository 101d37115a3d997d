import type { Queue } from 'bullmq';
import { JobName, JobPayloads, QUEUES, QueueName } from './queues';

type ScheduledJob = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];

/** A recurring job, declared as a BullMQ job scheduler (an idempotent upsert, visible in Bull Board). */
export interface Schedule {
  /** The scheduler's id within its queue; renaming one leaves the old scheduler behind (see RETIRED_SCHEDULES). */
  id: string;
  queue: QueueName;
  repeat: { pattern: string } | { every: number };
  job: ScheduledJob;
}

/**
 * Every recurring job, declared once: the worker declares these at start, re-declares what is
 * missing after a reconnect and on a timer (ScheduleKeeper), and /api/ready reports what is
 * missing. Periodic work runs on the `maintenance` queue (the worker's MaintenanceProcessor), so a
 * slow run never holds up routing; new recurring jobs go there too.
 */
export const SCHEDULES: readonly Schedule[] = [
  // Stays on `platform`, whose processor owns the housekeeping (sessions, login attempts, old outbox
  // rows): chunked deletes once a night, when a few seconds' delay to notification mail is harmless.
  { id: 'purge-sessions-nightly', queue: QUEUES.platform, repeat: { pattern: '0 3 * * *' }, job: { name: 'purge-sessions', data: { olderThanDays: 30 } } },
  // Speed-to-lead: escalations land within a minute of coming due.
  { id: 'check-sla-every-minute', queue: QUEUES.maintenance, repeat: { every: 60_000 }, job: { name: 'check-sla', data: {} } },
  { id: 'snapshot-forecast-weekly', queue: QUEUES.maintenance, repeat: { pattern: '0 6 * * 1' }, job: { name: 'snapshot-forecast', data: {} } },
  { id: 'remind-commitments-hourly', queue: QUEUES.maintenance, repeat: { pattern: '5 * * * *' }, job: { name: 'remind-commitments', data: {} } },
  // Starts scheduled mailings when due and replaces a pump that died (docs/adr/0016 §6).
  { id: 'remind-event-registrants-every-minute', queue: QUEUES.maintenance, repeat: { every: 60_000 }, job: { name: 'remind-event-registrants', data: {} } },
  { id: 'resume-mailings-every-minute', queue: QUEUES.maintenance, repeat: { every: 60_000 }, job: { name: 'resume-mailings', data: {} } },
  // Moves people through nurture sequences; a nurture's sends then go out through the mailing pump (docs/adr/0017).
  { id: 'advance-nurtures-every-minute', queue: QUEUES.maintenance, repeat: { every: 60_000 }, job: { name: 'advance-nurtures', data: {} } },
  // Dynamic segments come due by their own interval (at least 5 minutes); a minute's check finds them.
  { id: 'refresh-segments-every-minute', queue: QUEUES.segmentation, repeat: { every: 60_000 }, job: { name: 'refresh-segments', data: {} } },
  // Service SLA escalation (issue 18 item 6): warnings and breaches told within a minute.
  { id: 'escalate-cases-every-minute', queue: QUEUES.maintenance, repeat: { every: 60_000 }, job: { name: 'escalate-cases', data: {} } },
  // Agents' uploads for replies never sent (a closed tab): gone a day later, in bounded batches.
  { id: 'purge-case-uploads-hourly', queue: QUEUES.maintenance, repeat: { pattern: '17 * * * *' }, job: { name: 'purge-case-uploads', data: {} } },
  // Routing's safety net (issue 19): overflow thresholds pass and idle agents turn away with no event to publish a round.
  { id: 'dispatch-cases-every-15s', queue: QUEUES.routing, repeat: { every: 15_000 }, job: { name: 'dispatch-cases', data: { reason: 'schedule' } } },
  // RFM, lifetime value, churn risk and lifecycle as of each night (issue 17 item 8).
  { id: 'customer-metrics-nightly', queue: QUEUES.segmentation, repeat: { pattern: '30 2 * * *' }, job: { name: 'nightly-customer-metrics', data: {} } },
];

/**
 * Where earlier releases declared these schedules (check-sla ran on the `leads` queue, between
 * routing jobs). The worker removes them at start, or each job would run twice.
 */
export const RETIRED_SCHEDULES: readonly { id: string; queue: QueueName }[] = [
  { id: 'check-sla-every-minute', queue: QUEUES.leads },
  { id: 'snapshot-forecast-weekly', queue: QUEUES.revenue },
  { id: 'remind-commitments-hourly', queue: QUEUES.revenue },
];

export type QueueLookup = (name: QueueName) => Queue;

/** Upserts one schedule (re-declaring an existing one keeps its next run time). */
export async function declareSchedule(queueFor: QueueLookup, s: Schedule): Promise<void> {
  await queueFor(s.queue).upsertJobScheduler(s.id, s.repeat, { name: s.job.name, data: s.job.data });
}

/** Upserts every schedule and removes the retired ones. */
export async function declareSchedules(queueFor: QueueLookup): Promise<void> {
  for (const r of RETIRED_SCHEDULES) await queueFor(r.queue).removeJobScheduler(r.id);
  for (const s of SCHEDULES) await declareSchedule(queueFor, s);
}

/** The schedules whose scheduler is not in the queue store (e.g. erased with Redis's data). */
export async function missingSchedules(queueFor: QueueLookup): Promise<Schedule[]> {
  const found = await Promise.all(SCHEDULES.map((s) => queueFor(s.queue).getJobScheduler(s.id)));
  return SCHEDULES.filter((_, i) => !found[i]);
}
