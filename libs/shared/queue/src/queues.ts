import type { Coalescing } from './outbox-relay';

/**
 * Queue names and job payloads, in one place so producers and processors can't drift apart.
 * Jobs are named `<verb>-<noun>`. Domains add their queues here as they land.
 */
export const QUEUES = {
  platform: 'platform',
  sales: 'sales',
  leads: 'leads',
  revenue: 'revenue',
  /** Mailings' pumps (docs/adr/0016): long-running, so apart from routing and notifications. */
  marketing: 'marketing',
  /** Marketing's one-off mail (double opt-in confirmations): never waits behind a mailing's long-running pump. */
  marketingMail: 'marketing-mail',
  /** Events' mail to registrants (confirmations, updates, reminders): sent at once, never behind a mailing. */
  eventsMail: 'events-mail',
  /** Scheduled housekeeping (SCHEDULES in schedules.ts): its own queue, so it never holds up routing or mail. */
  maintenance: 'maintenance',
  /** Segment refreshes and customer metrics runs (issue 17): seconds to minutes of set-based SQL, never in front of routing or mail. */
  segmentation: 'segmentation',
  /** Service desk mail (issue 18): agents' replies to customers go out at once, never behind a mailing. */
  serviceMail: 'service-mail',
  /** Service's longer background work (recomputing open cases' clocks after a calendar change): never in front of mail or escalation. */
  service: 'service',
  /** Service routing rounds (issue 19): who answers which waiting case, within seconds, never behind mail or a recomputation. */
  routing: 'routing',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  /** Scheduled: removes expired sessions and old login attempts. */
  'purge-sessions': { olderThanDays: number };
  /** Emails a copy of an in-app notification (platform). Idempotent on `notification.emailed_at`. */
  'send-notification-email': { notificationId: string };
  /** Several of the above in one job (the relay merges them). Idempotent per notification. */
  'send-notification-emails': { notificationIds: string[] };
  /** Routes a new lead to an owner by the routing rules (leads). Idempotent: a routed lead is left alone. */
  'assign-lead': { leadId: string };
  /** Routes a batch of new leads in one go (the relay merges `assign-lead` rows into it). Idempotent per lead. */
  'assign-leads': { leadIds: string[] };
  /** Recomputes a lead's score after its inputs changed (leads). */
  'score-lead': { leadId: string };
  /** Scheduled: escalates leads whose first-response SLA is running out (leads). */
  'check-sla': Record<string, never>;
  /** Runs an uploaded lead import (leads). */
  'import-leads': { importId: string };
  /** Scheduled weekly: each rep's current-quarter forecast, so the change of the call can be charted (revenue). */
  'snapshot-forecast': Record<string, never>;
  /** Scheduled: reminds owners of promises coming due (revenue). */
  'remind-commitments': Record<string, never>;
  /** Sends a mailing until nothing may go now (marketing). Idempotent: one pump per mailing; every send is a row state. */
  'send-mailing': { mailingId: string };
  /** Scheduled: gives every due or unfinished mailing without a live pump a pump (marketing's watchdog, ADR 0016 §6). */
  'resume-mailings': Record<string, never>;
  /** Scheduled (and on activation): enrols new people and moves due enrolments through their nurture's steps (marketing, ADR 0017). Idempotent: each move is guarded by position and due time. */
  'advance-nurtures': Record<string, never>;
  /** Mails the person the link that confirms a pending double opt-in answer (marketing). Idempotent on `consent_confirmation.sent_at`. */
  'send-consent-confirmation': { eventId: string };
  /** Mails one registrant one message about an event (events). Idempotent on `event_mail.sent_at`. */
  'send-event-mail': { mailId: string };
  /** Scheduled: writes the reminders that have come due for registrants, each once (events). */
  'remind-event-registrants': Record<string, never>;
  /** Moves a person's book of business to new owners (sales). */
  'transfer-ownership': { handoverId: string };
  /** Scheduled: refreshes the dynamic segments whose interval has passed (segmentation). Idempotent: a refresh diffs membership under a lock on the segment. */
  'refresh-segments': Record<string, never>;
  /** Computes RFM, the CLV models, churn risk and lifecycle for every contact (segmentation). Idempotent: claims its run row; every write is an upsert. */
  'run-customer-metrics': { runId: string };
  /** Scheduled nightly: asks for and runs a metrics run as of now (segmentation). */
  'nightly-customer-metrics': Record<string, never>;
  /** Runs an uploaded orders file (segmentation). Idempotent: orders upsert by external id. */
  'import-orders': { importId: string };
  /** Mails an agent's reply to the customer with the thread's headers (service). Idempotent on `case_message.sent_at`. */
  'send-case-reply': { messageId: string };
  /** Mails the customer the times proposed for a visit, or the confirmed visit with its invitation (service). Idempotent on `case_message.sent_at`. */
  'send-visit-mail': { messageId: string; workOrderId: string; kind: 'proposal' | 'confirmed' };
  /** Mails the customer a satisfaction survey's invitation (service, issue 19). Idempotent: only the latest invitation, once (`csat_survey.mails_sent`). */
  'send-csat-survey': { surveyId: string; invitation: number };
  /** Scheduled every minute: takes the SLA escalation steps that have come due, each once per case, milestone and level (service). */
  'escalate-cases': Record<string, never>;
  /** Scheduled hourly: deletes agents' case uploads that no reply or note took within a day (service). */
  'purge-case-uploads': Record<string, never>;
  /** Recomputes the clocks of the open cases counting in a calendar after it changed (service). Idempotent: a recomputation from the log. */
  'recompute-case-clocks': { calendarId: string };
  /**
   * A routing round (service, issue 19): frees the slots of finished items, turns idle agents away,
   * and gives waiting cases to available agents. Published when a case is queued, an agent becomes
   * available or a slot frees (the relay merges them into one round), and every 15 s. Idempotent:
   * rounds run one at a time under a lock, and only waiting items are assigned.
   */
  'dispatch-cases': { reason?: string };
  /** Mails a customer their portal link (invitation, address confirmation, sign-in) (service). Only the login's current link is sent. */
  'send-portal-link': { userId: string; nonce: string };
}

export type JobName = keyof JobPayloads;

/** Default job options: at-least-once with backoff; completed jobs are kept a day so re-adds with the same id dedupe. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential' as const, delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Outbox rows the relay hands over as one job per batch (see OutboxRelay): each `assign-lead` row
 * stays the durable record of its lead, but BullMQ carries one `assign-leads` job for all of them
 * (likewise for notification emails).
 */
export const COALESCED_JOBS: Record<string, Coalescing> = {
  'assign-lead': {
    as: 'assign-leads',
    merge: (payloads): JobPayloads['assign-leads'] => ({ leadIds: payloads.map((p) => (p as JobPayloads['assign-lead']).leadId) }),
  },
  // However many cases were queued since the last round, one round answers them all.
  'dispatch-cases': { as: 'dispatch-cases', merge: (): JobPayloads['dispatch-cases'] => ({ reason: 'merged' }) },
  // Every routed lead notifies its owner by mail: one job per mail would cost the worker more than the routing.
  'send-notification-email': {
    as: 'send-notification-emails',
    merge: (payloads): JobPayloads['send-notification-emails'] => ({
      notificationIds: payloads.map((p) => (p as JobPayloads['send-notification-email']).notificationId),
    }),
  },
};
