/**
 * Chat transcripts (issue 18 item 2): a chat system posts the conversation once it ends, and the case
 * thread keeps it as one message on the chat channel. Pure rules: what a transcript must hold, its
 * text as the thread shows it, and the clock events it carries, so the SLA counts a chat as it counts
 * mail: the customer's first line starts (or continues) the clocks, an agent's line after the
 * customer's answers them.
 */

export type ChatSide = 'customer' | 'agent';

export interface ChatLine {
  at: Date;
  from: ChatSide;
  text: string;
  /** Who wrote it as the chat system names them (an agent's or the visitor's display name). */
  author?: string | null;
}

export interface ChatProblem {
  path: string;
  message: string;
}

/** Lines one transcript may hold, and how long one line may be. */
export const MAX_CHAT_LINES = 1000;
export const MAX_CHAT_LINE = 4000;
/** How far ahead of the server's clock a line's time may be (chat systems' clocks drift a little). */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Why the lines cannot be taken, each at its path, or an empty list. */
export function chatTranscriptProblems(lines: readonly ChatLine[], now: Date): ChatProblem[] {
  if (!lines.length) return [{ path: 'input.lines', message: 'A transcript needs at least one line.' }];
  // The limits are written out in the messages: the catalogue translates each text as it is.
  if (lines.length > MAX_CHAT_LINES) return [{ path: 'input.lines', message: 'A transcript holds at most 1000 lines; post a longer chat in parts.' }];
  const problems: ChatProblem[] = [];
  lines.forEach((l, i) => {
    if (!l.text.trim()) problems.push({ path: `input.lines.${i}.text`, message: 'A line needs some text.' });
    else if (l.text.length > MAX_CHAT_LINE) problems.push({ path: `input.lines.${i}.text`, message: 'A line holds at most 4000 characters.' });
    if (l.at.getTime() > now.getTime() + CLOCK_SKEW_MS) problems.push({ path: `input.lines.${i}.at`, message: 'This time is in the future.' });
  });
  if (!problems.length && !lines.some((l) => l.from === 'customer')) problems.push({ path: 'input.lines', message: 'A transcript needs at least one line from the customer.' });
  return problems;
}

/** The lines in the order they were written (the posted order where times are equal). */
export function chatInOrder(lines: readonly ChatLine[]): ChatLine[] {
  return lines.map((l, i) => ({ l, i })).sort((a, b) => a.l.at.getTime() - b.l.at.getTime() || a.i - b.i).map(({ l }) => ({ ...l, text: l.text.trim() }));
}

/** The thread's text of a transcript: one line each, "HH:MM Customer (name): text" in UTC with the date once per day. */
export function chatTranscriptText(lines: readonly ChatLine[]): string {
  let day = '';
  const out: string[] = [];
  for (const l of lines) {
    const iso = l.at.toISOString();
    if (iso.slice(0, 10) !== day) {
      day = iso.slice(0, 10);
      out.push(`— ${day} (UTC) —`);
    }
    const who = l.from === 'customer' ? 'Customer' : 'Agent';
    out.push(`${iso.slice(11, 16)} ${l.author?.trim() ? `${who} (${l.author.trim()})` : who}: ${l.text}`);
  }
  return out.join('\n');
}

/**
 * The clock events of a transcript (lines in order), each naming the thread message: a customer line
 * after an agent's (or the first) is a customer message, an agent line after the customer's is a
 * response. Lines after `now` are left out (they have not happened for the clocks yet). On a case
 * that already has a thread (`continues`), an agent's first line answers what the customer wrote
 * before; on a new case, a greeting before the customer wrote answers nothing.
 */
export function chatClockEvents(lines: readonly ChatLine[], messageId: string, now: Date, continues = false): { kind: 'customer_message' | 'agent_response'; at: Date; data: Record<string, unknown> }[] {
  const events: { kind: 'customer_message' | 'agent_response'; at: Date; data: Record<string, unknown> }[] = [];
  let last: ChatSide | null = continues ? 'customer' : null;
  for (const l of lines) {
    if (l.at > now) break;
    if (l.from === 'customer' && last !== 'customer') events.push({ kind: 'customer_message', at: l.at, data: { channel: 'chat', messageId } });
    if (l.from === 'agent' && last === 'customer') events.push({ kind: 'agent_response', at: l.at, data: { how: 'chat', messageId } });
    last = l.from;
  }
  return events;
}

/** How long a chat lasted, first line to last, in whole seconds (lines arrive in order; a one-line chat lasts 0). */
export function chatDurationSeconds(lines: readonly ChatLine[]): number {
  if (lines.length === 0) return 0;
  const times = lines.map((l) => l.at.getTime());
  return Math.max(0, Math.round((Math.max(...times) - Math.min(...times)) / 1000));
}
