/**
 * Whether an open or a click was a machine's (issue 15 item 7): mail privacy proxies and security
 * scanners fetch pixels and follow links nobody read, and counting them would make every mailing
 * look engaging. Machine events are still recorded (flagged) but left out of "engaged" counts.
 * Heuristics only: the tracking request carries a user agent and a time, not a person, and the IP
 * ranges of Apple's proxies and the scanners' clouds are not something we can know offline. The
 * first rule that matches gives the reason; each reason is a stable code a report can group by.
 */
export interface OpenEvidence {
  kind: 'open' | 'click';
  userAgent: string | null | undefined;
  /** From our hand-off to the SMTP relay to this request. */
  secondsSinceSent: number;
  /** Clicks on this send within the same second, this one included. */
  clicksInSameSecond?: number;
  /** Distinct links of this send clicked within the same second, this one included. */
  distinctLinksClickedInSameSecond?: number;
  /** Tracked links in the message (trackLinks' `links.length`). */
  totalLinks?: number;
  /** Whether a human open (one not judged a machine's) of this send was recorded before this click; unknown when absent. */
  openedBefore?: boolean;
}

export interface OpenJudgement {
  machine: boolean;
  reason: MachineReason | null;
}

export type MachineReason =
  | 'no-user-agent'
  | 'apple-privacy-proxy'
  | 'office-prefetch'
  | 'scanner-user-agent'
  | 'on-delivery'
  | 'click-without-open'
  | 'every-link-at-once'
  | 'click-burst';

/** Nobody has the message in front of them this soon: the relay still has to deliver it. Scanners (Safe Links, Mimecast, Proofpoint) act inside this window. */
export const ON_DELIVERY_SECONDS = 2;
/**
 * A click needs the message opened and read first. Without an open (images blocked is common, so
 * a missing open alone proves nothing) a click this soon after sending is a scanner's.
 */
export const CLICK_WITHOUT_OPEN_SECONDS = 10;
/** A double click is two; nobody clicks one send's links this often in one second. */
export const BURST_CLICKS = 4;
/** Each click on a link takes the person to a browser and back: three links in one second is a crawler walking the message. */
export const BURST_DISTINCT_LINKS = 3;

/**
 * Scanners and tools that identify themselves. Security gateways (Barracuda, Mimecast, Proofpoint
 * and friends) fetch every link and image to check them; HTTP libraries, command-line tools and
 * headless browsers are never a person reading mail. `…bot/` and crawler words catch the rest that
 * admit it (not a bare "bot", which phone names such as "CUBOT" contain).
 */
const SCANNER_AGENT =
  /barracuda|mimecast|proofpoint|symantec|trend ?micro|forcepoint|python-requests|python-urllib|aiohttp|\bcurl\/|\bwget\/|go-http-client|\bjava\/|okhttp|libwww-perl|headlesschrome|phantomjs|\b\w*bot\/|crawler|spider/i;
/**
 * Office's prefetches: Word, Excel and Outlook ask "does this link exist" (Existence or Protocol
 * Discovery, the `ms-office` agent) before or instead of the browser. An open from Outlook itself
 * ("Microsoft Office/16.0 (… Microsoft Outlook …)") is Outlook showing images to its reader, so
 * only clicks from Office's own agent count as prefetch.
 */
const OFFICE_PREFETCH = /ms-office|microsoft office (existence|protocol) discovery|microsoft office (word|excel|powerpoint)/i;
const OFFICE_AGENT = /^microsoft office\//i;
/**
 * Apple Mail Privacy Protection fetches every remote image through Apple's proxy when the message
 * reaches the device, read or not, with the user agent `Mozilla/5.0` and nothing else. Timing
 * cannot redeem it: the device may fetch hours after sending (it was offline), and when the person
 * later reads the message Apple serves the cached image, so no request ever marks a real read.
 * No browser sends this bare agent on a click either.
 */
const APPLE_PRIVACY_PROXY = /^Mozilla\/5\.0$/;
/**
 * Gmail fetches images through its proxy when the reader opens the message, not on delivery, so a
 * proxied open is a human open despite the proxy's agent (and despite its speed: the proxy has
 * no other timing to offer).
 */
const GOOGLE_IMAGE_PROXY = /GoogleImageProxy/;

const machine = (reason: MachineReason): OpenJudgement => ({ machine: true, reason });
const HUMAN: OpenJudgement = { machine: false, reason: null };

export function judgeOpen(input: OpenEvidence): OpenJudgement {
  const agent = (input.userAgent ?? '').trim();
  // Every browser and mail client names itself; only scripts leave the agent out.
  if (!agent) return machine('no-user-agent');
  if (GOOGLE_IMAGE_PROXY.test(agent)) return HUMAN;
  if (APPLE_PRIVACY_PROXY.test(agent)) return machine('apple-privacy-proxy');
  if (OFFICE_PREFETCH.test(agent) || (input.kind === 'click' && OFFICE_AGENT.test(agent))) return machine('office-prefetch');
  if (SCANNER_AGENT.test(agent)) return machine('scanner-user-agent');
  if (input.secondsSinceSent < ON_DELIVERY_SECONDS) return machine('on-delivery');
  if (input.kind === 'click') {
    if (input.openedBefore === false && input.secondsSinceSent < CLICK_WITHOUT_OPEN_SECONDS) return machine('click-without-open');
    const distinct = input.distinctLinksClickedInSameSecond ?? 0;
    // With two or more links, all of them in one second is a crawler even below the distinct-link threshold.
    if (distinct >= BURST_DISTINCT_LINKS || (distinct >= 2 && input.totalLinks !== undefined && distinct >= input.totalLinks)) return machine('every-link-at-once');
    if ((input.clicksInSameSecond ?? 0) >= BURST_CLICKS) return machine('click-burst');
  }
  return HUMAN;
}
