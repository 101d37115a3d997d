import type { Logger } from '@nestjs/common';
import { ImapFlow } from 'imapflow';
import type { ImapMailbox } from '@rapport/shared-config';
import type { InboundMessage } from '@rapport/shared-mail';

/**
 * The keyword that marks a message taken. A keyword rather than a move to a "Processed" folder:
 * it needs no folder to exist or be created on someone else's server, it is one STORE (a move
 * without the MOVE extension is COPY then EXPUNGE, and a crash between them leaves the message in
 * both), and the mailbox stays whole for whoever reads it. Not \Seen alone: a person opening the
 * mailbox in webmail would mark messages seen that were never taken. \Seen is set as well, so a
 * person sees what is done; on a server that stores no keywords (PERMANENTFLAGS without \*, such
 * as Exchange Online) \Seen is all there is, and the mailbox must then not be read by hand.
 */
export const IMAP_DONE_KEYWORD = '$RapportDone';
/** As the SMTP receiver's limit: a larger message is marked done untaken (and logged). */
// A customer's mail to the service desk may carry 25 MB of files (CASE_ATTACHMENT_MAX_MESSAGE_BYTES), about 34 MB once base64-encoded.
export const MAX_INBOUND_BYTES = 40 * 1024 * 1024;
// Messages taken per poll: a backlog of thousands is worked off over a few polls, one at a time.
const BATCH = 200;
const MAX_BACKOFF_MS = 15 * 60_000;
// Shutdown waits this long for the message in hand, then cuts the connection (it is taken again next time, once).
const STOP_WAIT_MS = 10_000;

export interface ImapPollResult {
  /** Messages taken and flagged done. */
  taken: number;
  /** The inbound route's outcome per message taken (`oversized` for one skipped for its size). */
  outcomes: string[];
  /** Messages left for the next poll because storing their effect failed. */
  failed: number;
  /** Why the poll as a whole failed (no connection, login refused, no such mailbox); null when it ran. */
  error: string | null;
}

export interface MailboxPollerOptions {
  imap: ImapMailbox;
  pollSeconds: number;
  logger: Logger;
  /** What the SMTP receiver would have been told about a message the mail host delivered here. */
  envelope: (raw: Buffer, host: string) => InboundMessage;
  /** Stores the message's effect; resolving (whatever the outcome, `duplicate` included) means taken. */
  route: (message: InboundMessage) => Promise<string>;
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);

export function describeImapError(err: unknown): string {
  const e = err as { message?: string; responseText?: string; code?: string };
  return [e.message ?? String(err), e.responseText && e.responseText !== e.message ? `(${e.responseText})` : '', e.code ? `[${e.code}]` : ''].filter(Boolean).join(' ');
}

/** The mailbox as logged: never the password. */
export function imapWhere(imap: ImapMailbox): string {
  return `${imap.secure ? 'imaps' : 'imap'}://${encodeURIComponent(imap.user)}@${imap.host}:${imap.port}/${imap.mailbox}`;
}

/**
 * One mailbox polled on its own timer: each message not yet done is handed to `route`, and only
 * then flagged done on the server. A crash in between takes the message again, and the route's own
 * key makes that second time a no-op (`duplicate`, which is flagged done like any outcome). One poll
 * at a time; a server that fails is retried later and later (up to 15 minutes) and logged, never
 * fatal. Not injectable: ImapPollerService makes one per configured mailbox, so one mailbox's
 * failing server never delays another's polls.
 */
export class MailboxPoller {
  readonly where: string;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<ImapPollResult> | null = null;
  private client: ImapFlow | null = null;
  private failures = 0;
  private stopping = false;

  constructor(private readonly o: MailboxPollerOptions) {
    this.where = imapWhere(o.imap);
  }

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const running = this.running;
    if (!running) return;
    let timeout: NodeJS.Timeout | undefined;
    const cut = new Promise<void>((resolve) => (timeout = setTimeout(resolve, STOP_WAIT_MS)));
    await Promise.race([running, cut]);
    clearTimeout(timeout);
    this.client?.close();
    await running;
  }

  /** One poll now (tests; the timer otherwise). A call while one runs waits for that one: polls never overlap. Never rejects. */
  pollOnce(): Promise<ImapPollResult> {
    this.running ??= this.poll().finally(() => (this.running = null));
    return this.running;
  }

  private schedule(delayMs: number) {
    if (this.stopping) return;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    // The worker's queues keep the process alive, not this timer.
    this.timer.unref();
  }

  private async tick() {
    this.timer = null;
    const result = await this.pollOnce();
    const everyMs = this.o.pollSeconds * 1000;
    const broken = result.error !== null || (result.failed > 0 && result.taken === 0);
    this.failures = broken ? this.failures + 1 : 0;
    const delayMs = broken ? Math.min(everyMs * 2 ** this.failures, Math.max(everyMs, MAX_BACKOFF_MS)) : everyMs;
    if (broken) this.o.logger.warn(`the next poll of ${this.where} is in ${Math.round(delayMs / 1000)} s (${this.failures} failed in a row)`);
    this.schedule(delayMs);
  }

  private async poll(): Promise<ImapPollResult> {
    const { imap, logger } = this.o;
    const result: ImapPollResult = { taken: 0, outcomes: [], failed: 0, error: null };
    let client: ImapFlow | null = null;
    try {
      client = new ImapFlow({
        host: imap.host,
        port: imap.port,
        secure: imap.secure,
        // imap: must upgrade to TLS before the password is sent, except to a server on this machine.
        doSTARTTLS: imap.secure ? undefined : !isLoopback(imap.host),
        auth: { user: imap.user, pass: imap.password },
        logger: false,
        disableAutoIdle: true,
        connectionTimeout: 30_000,
        socketTimeout: 120_000,
      });
      // An 'error' event without a listener would throw out of the socket handler and end the worker.
      client.on('error', (err: unknown) => logger.warn(`IMAP connection to ${this.where}: ${describeImapError(err)}`));
      this.client = client;
      await client.connect();
      const lock = await client.getMailboxLock(imap.mailbox);
      try {
        await this.takeAll(client, result);
      } finally {
        lock.release();
      }
      await client.logout();
    } catch (err) {
      result.error = describeImapError(err);
      // A connection cut by shutdown (stop) is expected, not a failure of the server.
      if (this.stopping) logger.warn(`polling ${this.where} stopped by shutdown: ${result.error}`);
      else logger.error(`polling ${this.where} failed: ${result.error}`);
    } finally {
      client?.close();
      this.client = null;
    }
    return result;
  }

  private async takeAll(client: ImapFlow, result: ImapPollResult) {
    const { imap, logger } = this.o;
    const box = client.mailbox;
    if (!box || box.readOnly) throw new Error(`${imap.mailbox} is open read-only: messages could not be flagged done`);
    const keywords = !box.permanentFlags || box.permanentFlags.has('\\*') || box.permanentFlags.has(IMAP_DONE_KEYWORD);
    const done = keywords ? ['\\Seen', IMAP_DONE_KEYWORD] : ['\\Seen'];
    const found = await client.search(keywords ? { unKeyword: IMAP_DONE_KEYWORD, deleted: false } : { seen: false, deleted: false }, { uid: true });
    const uids = (found || []).sort((a, b) => a - b).slice(0, BATCH);
    if (!uids.length) return;
    const sizes = new Map((await client.fetchAll(uids, { uid: true, size: true }, { uid: true })).map((m) => [m.uid, m.size ?? 0]));
    for (const uid of uids) {
      if (this.stopping) return;
      if (!sizes.has(uid)) continue; // expunged by someone else meanwhile
      if (sizes.get(uid)! > MAX_INBOUND_BYTES) {
        logger.warn(`IMAP message ${uid} in ${this.where} is ${sizes.get(uid)} bytes, over ${MAX_INBOUND_BYTES}: flagged done untaken`);
        await client.messageFlagsAdd(String(uid), done, { uid: true });
        result.outcomes.push('oversized');
        continue;
      }
      const fetched = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
      if (!fetched || !fetched.source) continue;
      const message = this.o.envelope(fetched.source, imap.host);
      let outcome: string;
      try {
        outcome = await this.o.route(message);
      } catch (err) {
        // Left unflagged for the next poll; the ones after it are still taken.
        result.failed++;
        logger.error(`IMAP message ${uid} in ${this.where} could not be stored: ${describeImapError(err)}`);
        continue;
      }
      // Only now: a crash before this line takes the message again, and the second time is a no-op.
      await client.messageFlagsAdd(String(uid), done, { uid: true });
      result.taken++;
      result.outcomes.push(outcome);
      logger.log(`inbound mail from ${message.mailFrom || '<>'} (IMAP ${uid} in ${this.where}): ${outcome}`);
    }
  }
}
