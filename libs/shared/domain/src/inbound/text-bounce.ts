import { DsnRecipient, dsnRecipients } from './delivery-status';
import { firstAddress, header, ParsedInbound } from './parsed-inbound';

/**
 * Bounces that are not RFC 3464 reports: plain text (or HTML) from Exim, qmail, old Exchange and
 * the big Chinese providers, which a person can read but a program can only guess at. The guess is
 * conservative because a hard bounce stops all mail to an address: only a permanent SMTP code
 * that names a bad mailbox (X.1.x, or "user unknown" / 用户不存在 on the same line) is hard;
 * everything else that is clearly a bounce is soft.
 */

const BOUNCE_SUBJECT = [
  /undeliver(?:ed|able)/i,
  /delivery status notification/i,
  /(?:mail )?delivery (?:has )?fail(?:ed|ure)|failure notice|returned mail|non[- ]?delivery|delivery (?:problem|notification)|could not be delivered/i,
  /delivery (?:delay|delayed)|delayed mail|warning: could not send/i,
  /退信|无法投递|無法投遞|无法传递|無法傳遞|无法送达|無法送達|投递失败|投遞失敗|递送失败|遞送失敗|未送达|未送達|延迟投递|延遲投遞|延迟传递|延遲傳遞/,
];
const DAEMON_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mdaemon)@/i;
const DELAY = /\bdelay(?:ed)?\b|will (?:continue|keep) trying|still (?:trying|being retried)|will (?:be )?retr(?:y|ied)|warning: could not send|延迟|延遲|仍在尝试|仍在嘗試|将继续尝试|將繼續嘗試/i;
// An SMTP reply code (RFC 5321: second digit 0–5), optionally followed by its enhanced status code.
const REPLY_CODE = /(?:^|[^\d.])#?([45][0-5]\d)(?:[ -]#?([245]\.\d{1,3}\.\d{1,3}))?(?=[\s,;:.)'"]|$)/;
// X.1.x recipient-address statuses; 5.1.7 and 5.1.8 are about the sender (us), so they are left out.
const BAD_MAILBOX_STATUS = /^5\.1\.(?:[0-6]|10)$/;
const BAD_MAILBOX_WORDS =
  /user unknown|unknown user|no such (?:user|mailbox|recipient|account)|(?:user|mailbox|recipient|account|address) (?:not found|does ?n[o']t exist)|does not exist|invalid (?:recipient|mailbox)|用户不存在|收件人不存在|邮箱不存在|帐号不存在|账号不存在|账户不存在|帳號不存在|帳戶不存在|使用者不存在|信箱不存在|收件者不存在|地址不存在/i;
const MAX_LINES = 2000;

export function isTextBounce(p: ParsedInbound): boolean {
  if (BOUNCE_SUBJECT.some((re) => re.test(p.subject))) return true;
  // A daemon also sends notices that are not bounces; it is one only when it quotes an SMTP failure.
  return p.from !== null && DAEMON_SENDER.test(p.from) && (header(p.headers, 'x-failed-recipients') !== undefined || codeLines(p.text).length > 0);
}

interface CodeLine {
  basic: string;
  status: string | null;
  line: string;
}

function codeLines(text: string): CodeLine[] {
  const found: CodeLine[] = [];
  for (const raw of text.split(/\r?\n/, MAX_LINES)) {
    const m = REPLY_CODE.exec(raw);
    if (m) found.push({ basic: m[1], status: m[2] ?? null, line: raw.trim().slice(0, 500) });
  }
  return found;
}

const isHard = (c: CodeLine) => c.basic.startsWith('5') && ((c.status !== null && BAD_MAILBOX_STATUS.test(c.status)) || BAD_MAILBOX_WORDS.test(c.line));

/** Addresses that are the bounce's own plumbing, never the failed recipient. */
function isPlumbing(address: string, p: ParsedInbound): boolean {
  return /^(?:mailer-daemon|postmaster|bounce\+[^@]*|ms-\d+)@/i.test(address) || address === p.from || p.to.includes(address) || p.rcptTo.some((r) => r.toLowerCase() === address);
}

function recipientAddresses(p: ParsedInbound, codes: CodeLine[]): (string | null)[] {
  const keep = (list: (string | null)[]) => [...new Set(list.filter((a): a is string => a !== null && !isPlumbing(a, p)))];
  const lines = p.text.split(/\r?\n/, MAX_LINES);
  const candidates = [
    // Exim, Gmail: the header exists to name them.
    (header(p.headers, 'x-failed-recipients') ?? '').split(',').map(firstAddress),
    // Postfix and qmail start each recipient's paragraph with "<address>:".
    lines.map((l) => /^\s*<([^\s<>@]+@[^\s<>@]+)>:/.exec(l)?.[1].toLowerCase() ?? null),
    [firstAddress(header(p.originalHeaders, 'to'))],
    // Exchange puts the address on the line with the code ("a@b.com #550 5.1.1 …").
    codes.map((c) => firstAddress(c.line)),
    // "To:" of a quoted original, or the Chinese providers' "收件人：" line.
    lines.map((l) => (/^\s*(?:to|收件人|收信人|收件者)\s*[:：]/i.test(l) ? firstAddress(l) : null)),
  ];
  for (const list of candidates) {
    const addresses = keep(list);
    if (addresses.length > 0) return addresses;
  }
  return [null];
}

/** The recipients of a text bounce, all with the one code the text gives (the worst, when it gives several). */
export function textBounceRecipients(p: ParsedInbound): DsnRecipient[] {
  // Some providers paste RFC 3464 fields into the text; read them as such when they are complete.
  const pasted = dsnRecipients(p.text).filter((r) => r.address !== null && r.action !== '');
  if (pasted.length > 0) return pasted;
  const codes = codeLines(p.text);
  const chosen = codes.find(isHard) ?? codes.find((c) => c.basic.startsWith('5')) ?? codes[0] ?? null;
  // A 4xx code alone does not make a delay: a sender that gives up after days of 4xx replies
  // quotes the last one in its final failure. Only the words say the MTA is still trying.
  const delayed = DELAY.test(p.subject) || DELAY.test(p.text.slice(0, 5000));
  const bounce = !delayed && chosen !== null && isHard(chosen) ? 'hard' : 'soft';
  return recipientAddresses(p, codes).map((address) => ({
    address,
    action: delayed ? 'delayed' : 'failed',
    status: chosen?.status ?? null,
    diagnostic: chosen?.line ?? null,
    bounce,
  }));
}
