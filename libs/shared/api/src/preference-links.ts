import { Injectable } from '@nestjs/common';

type PreferenceLinkMaker = (address: string) => string;

/**
 * Where a person manages their email preferences (the consent centre): marketing, which owns consent,
 * registers how its signed preference link is made; the customer portal (service) asks for the link of
 * the signed-in customer's address without importing marketing.
 */
@Injectable()
export class PreferenceLinks {
  private maker: PreferenceLinkMaker | null = null;

  register(maker: PreferenceLinkMaker): void {
    this.maker = maker;
  }

  /** The consent centre's link for an address; null when no domain offers one. */
  urlFor(address: string): string | null {
    return this.maker ? this.maker(address) : null;
  }
}
