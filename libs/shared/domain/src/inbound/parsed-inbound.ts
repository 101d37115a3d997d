/**
 * What the classifier reads of an inbound mail: a narrow, plain-data view that `parseInbound`
 * builds with mailparser and a test can write by hand. Nothing here holds a stream or a Buffer.
 */
export type HeaderMap = Readonly<Record<string, string>>;

export interface ParsedInbound {
  /** The From address, lower-case; null when the header is missing or holds no address. */
  from: string | null;
  /** The To addresses of the header (not the envelope), lower-case. */
  to: string[];
  /** The decoded Subject; '' when there is none. */
  subject: string;
  /** Top-level headers by lower-case name, encoded words decoded; a repeated header's values joined by a line break. */
  headers: HeaderMap;
  /** The plain text body (HTML converted when that is all there is), report parts excluded; '' when there is none. */
  text: string;
  /** Body of the `message/delivery-status` (or RFC 6533 `message/global-delivery-status`) part; null when absent. */
  deliveryStatus: string | null;
  /** Body of the `message/feedback-report` part (ARF, RFC 5965); null when absent. */
  feedbackReport: string | null;
  /** Headers of the returned original (`text/rfc822-headers`, `message/rfc822` or their RFC 6533 forms); null when absent. */
  originalHeaders: HeaderMap | null;
  /** The SMTP RCPT TO addresses the mail was received for (from the receiver); [] when not known. */
  rcptTo: readonly string[];
}

/** A header's value; own keys only, so a hostile header named like an Object property is never confused with one. */
export function header(headers: HeaderMap | null, name: string): string | undefined {
  return headers && Object.hasOwn(headers, name) ? headers[name] : undefined;
}

/**
 * The first mail address in a header-like value (`"Name" <A@B.com>` → `a@b.com`); null when there is
 * none. An address outside angle brackets must be ASCII: in running text ("收件人：a@b.com") the
 * characters around it are not part of it, and only a bracketed one may be internationalised.
 */
export function firstAddress(value: string | undefined | null): string | null {
  if (!value) return null;
  const match = /<([^\s<>@]+@[^\s<>@]+)>/.exec(value) ?? /([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/.exec(value);
  return match ? match[1].toLowerCase() : null;
}
