import { AddressObject, HeaderValue, simpleParser } from 'mailparser';
import { HeaderMap, ParsedInbound } from './parsed-inbound';

/**
 * Raw RFC 5322 bytes → the `ParsedInbound` the classifier reads, with mailparser. Its defaults
 * would mix the reports into the text (delivery-status) and parse a returned original as if it
 * were part of the bounce, so both are kept apart as attachments here and read on their own.
 * Rejects only when mailparser gives up on the message (over its header or part limits).
 */

const DELIVERY_STATUS = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ORIGINAL = new Set(['text/rfc822-headers', 'message/rfc822', 'message/global', 'message/global-headers']);
// Headers of a returned original are no file; a forwarded mail (message/rfc822) is one.
const ORIGINAL_HEADERS_ONLY = new Set(['text/rfc822-headers', 'message/global-headers']);
const REPORT_BODY_MAX = 200_000;
// A returned original is only read for its headers; the body (possibly megabytes) is not needed.
const ORIGINAL_HEAD_MAX = 256 * 1024;

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const out: string[] = [];
  const walk = (entries: AddressObject['value']) => {
    for (const e of entries) {
      if (e.address) out.push(e.address.toLowerCase());
      if (e.group) walk(e.group);
    }
  };
  for (const a of list) walk(a.value);
  return out;
}

const isAddressObject = (v: unknown): v is AddressObject => typeof v === 'object' && v !== null && 'value' in v && 'text' in v && Array.isArray((v as AddressObject).value);

/**
 * mailparser's parsed headers as plain strings: decoded strings as they are, address headers as
 * their text, References as its Message-IDs; structured ones (Content-Type, Date, List-*) from the
 * raw line, so parameters such as `report-type` survive.
 */
function headerMap(headers: Map<string, HeaderValue>, lines: ReadonlyArray<{ key: string; line: string }>): HeaderMap {
  const out = new Map<string, string>();
  const raw = new Map<string, string[]>();
  for (const { key, line } of lines) {
    const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    raw.set(key, [...(raw.get(key) ?? []), value]);
  }
  for (const [key, value] of headers) {
    if (typeof value === 'string') out.set(key, value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out.set(key, value.join(key === 'references' ? ' ' : '\n'));
    else if (isAddressObject(value)) out.set(key, value.text);
    else if (Array.isArray(value) && value.every(isAddressObject)) out.set(key, value.map((v) => v.text).join(', '));
    else if (raw.has(key)) out.set(key, raw.get(key)!.join('\n'));
  }
  // Built from entries so a header named "__proto__" stays an ordinary key.
  return Object.fromEntries(out);
}

async function originalHeaders(content: Buffer): Promise<HeaderMap> {
  const text = content.subarray(0, ORIGINAL_HEAD_MAX).toString('latin1');
  const end = /\r?\n\r?\n/.exec(text);
  const head = content.subarray(0, end ? end.index : Math.min(content.length, ORIGINAL_HEAD_MAX));
  const parsed = await simpleParser(Buffer.concat([head, Buffer.from('\r\n\r\n')]), { skipHtmlToText: true, skipTextToHtml: true });
  return headerMap(parsed.headers, parsed.headerLines);
}

export interface InboundEnvelope {
  /** The SMTP RCPT TO addresses the receiver accepted the mail for. */
  rcptTo?: readonly string[];
}

/**
 * A file a mail carries, as the sender's program described it (name and type are claims, decoded
 * from encoded words and RFC 2231 by mailparser). Inline parts of a multipart/related body (an image
 * the HTML shows by Content-ID) are files too: the thread shows the text, so a screenshot pasted
 * into the mail would otherwise be lost.
 */
export interface InboundAttachment {
  filename: string | null;
  contentType: string;
  content: Buffer;
  /** An inline part the HTML body refers to by Content-ID. */
  related: boolean;
}

export async function parseInbound(raw: Buffer | string, envelope: InboundEnvelope = {}): Promise<ParsedInbound> {
  return (await parseInboundWithAttachments(raw, envelope)).parsed;
}

/** `parseInbound` and the mail's files besides (report parts — delivery status, feedback, a returned original — are not files). */
export async function parseInboundWithAttachments(raw: Buffer | string, envelope: InboundEnvelope = {}): Promise<{ parsed: ParsedInbound; attachments: InboundAttachment[] }> {
  const mail = await simpleParser(raw, {
    keepDeliveryStatus: true,
    ignoreEmbedded: true,
    skipTextToHtml: true,
    skipImageLinks: true,
    keepCidLinks: true,
    checksumAlgo: false,
    maxHtmlLengthToParse: 2_000_000,
  });
  let deliveryStatus: string | null = null;
  let feedbackReport: string | null = null;
  let original: HeaderMap | null = null;
  for (const part of mail.attachments) {
    const type = part.contentType.toLowerCase();
    const body = () => part.content.subarray(0, REPORT_BODY_MAX).toString('utf8');
    if (DELIVERY_STATUS.has(type)) deliveryStatus ??= body();
    else if (type === 'message/feedback-report') feedbackReport ??= body();
    else if (ORIGINAL.has(type) && original === null) original = await originalHeaders(part.content);
  }
  const attachments = mail.attachments
    .filter((part) => !DELIVERY_STATUS.has(part.contentType.toLowerCase()) && part.contentType.toLowerCase() !== 'message/feedback-report' && !ORIGINAL_HEADERS_ONLY.has(part.contentType.toLowerCase()))
    .map((part) => ({ filename: part.filename ?? null, contentType: part.contentType, content: part.content, related: part.related === true }));
  const parsed: ParsedInbound = {
    from: addresses(mail.from)[0] ?? null,
    to: addresses(mail.to),
    subject: mail.subject ?? '',
    headers: headerMap(mail.headers, mail.headerLines),
    text: mail.text ?? '',
    deliveryStatus,
    feedbackReport,
    originalHeaders: original,
    rcptTo: [...(envelope.rcptTo ?? [])],
  };
  return { parsed, attachments };
}
