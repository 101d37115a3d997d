import { Injectable } from '@nestjs/common';
import type { InboundMessage } from '@rapport/shared-mail';

/** A domain's share of inbound mail: the recipients it answers for, and what it does with a message. */
export interface InboundMailRoute {
  name: string;
  /** Whether the message is for this route, by its envelope recipients. */
  accepts: (rcptTo: readonly string[]) => boolean;
  /** Stores what the message means; the sender hears 250 only once this resolves. */
  receive: (message: InboundMessage) => Promise<string>;
  /** Domains whose addresses this route may be sent to (the receiver refuses all others). */
  domains: readonly string[];
}

/**
 * One inbound mail receiver for the whole CRM (the SMTP receiver and the IMAP poller both hand
 * messages here), routing by address: the service desk takes mail to its support address, marketing
 * everything else of its domain (bounces, replies, unsubscribes). Each domain registers its route
 * when its module starts, as search providers do; the first route that accepts a message gets it,
 * and the fallback takes what none accepts.
 */
@Injectable()
export class InboundMailRouter {
  private readonly routes: InboundMailRoute[] = [];
  private fallback: InboundMailRoute | null = null;

  register(route: InboundMailRoute, options: { fallback?: boolean } = {}): void {
    if (options.fallback) this.fallback = route;
    else this.routes.push(route);
  }

  route(message: InboundMessage): Promise<string> {
    const route = this.routes.find((r) => r.accepts(message.rcptTo)) ?? this.fallback;
    return route ? route.receive(message) : Promise.resolve('unrouted');
  }

  /** Every domain some route takes mail for, lower-case and once each. */
  domains(): string[] {
    return [...new Set([...this.routes, ...(this.fallback ? [this.fallback] : [])].flatMap((r) => r.domains.map((d) => d.toLowerCase())))];
  }
}
