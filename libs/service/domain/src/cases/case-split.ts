/**
 * Splitting a case (issue 18 item 1): part of a thread is about another problem, so the chosen
 * messages move to a new case with their files. Pure rules: which selections are allowed, and the
 * new case's clock events, so its SLA clocks derive from the moved messages as if they had arrived
 * on it.
 */

export interface SplitMessage {
  id: string;
  /** inbound (the customer), outbound (our reply), internal (a note). */
  direction: string;
  /** email, phone, portal, chat, web, other or note. */
  channel: string;
  createdAt: Date;
}

export interface SplitProblem {
  path: 'input.messageIds';
  message: string;
}

/**
 * Why the chosen messages cannot be split off `thread` (every message of the case, notes too), or
 * null: each must be on the case, and the case keeps at least one.
 */
export function splitSelectionProblem(thread: readonly SplitMessage[], chosenIds: readonly string[]): SplitProblem | null {
  const chosen = new Set(chosenIds);
  if (!chosen.size) return { path: 'input.messageIds', message: 'Choose at least one message to split off.' };
  const onCase = new Set(thread.map((x) => x.id));
  if ([...chosen].some((id) => !onCase.has(id))) return { path: 'input.messageIds', message: 'Some of the chosen messages are not on this case.' };
  if (thread.every((x) => chosen.has(x.id))) return { path: 'input.messageIds', message: 'Leave at least one message on the case; choose fewer.' };
  return null;
}

/** A message the customer wrote (email, portal, chat, web): it starts or continues the clocks. A call is logged by the agent and counts as a response, whoever dialled (as logCaseCall). */
export const isCustomerMessage = (x: SplitMessage): boolean => x.direction === 'inbound' && x.channel !== 'phone';

/** A message that answers the customer: a reply, or a logged call. */
export const isAgentResponse = (x: SplitMessage): boolean => x.direction !== 'internal' && !isCustomerMessage(x);

export interface SplitClockPlan {
  /** When the new case's clocks start: its earliest moved customer message, else the split itself. */
  startAt: Date;
  /** The clock events of the moved messages from `startAt` on, oldest first (appended after `created`). */
  events: { kind: 'customer_message' | 'agent_response'; at: Date; data: Record<string, unknown> }[];
  /** The first response among them, stamped on the new case. */
  firstResponseAt: Date | null;
}

/**
 * The new case's clocks, from the moved messages: they start at the earliest customer message (an
 * unanswered one keeps counting on the new case, answered or not on the old one), and every later
 * customer message and response is replayed at its own time. Responses before the start answered
 * something that stayed behind, so they do not count.
 */
export function splitClockPlan(moved: readonly SplitMessage[], now: Date): SplitClockPlan {
  const sorted = [...moved].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const firstCustomer = sorted.find(isCustomerMessage);
  const startAt = firstCustomer ? firstCustomer.createdAt : now;
  const events: SplitClockPlan['events'] = [];
  let firstResponseAt: Date | null = null;
  for (const x of sorted) {
    if (x.createdAt < startAt || x.createdAt > now) continue;
    if (isCustomerMessage(x)) events.push({ kind: 'customer_message', at: x.createdAt, data: { messageId: x.id, channel: x.channel, split: true } });
    else if (isAgentResponse(x)) {
      events.push({ kind: 'agent_response', at: x.createdAt, data: { messageId: x.id, how: x.channel === 'phone' ? 'call' : 'reply', split: true } });
      firstResponseAt ??= x.createdAt;
    }
  }
  return { startAt, events, firstResponseAt };
}
