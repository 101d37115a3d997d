import { Injectable } from '@nestjs/common';
import type { CustomerIdentity } from '@rapport/shared-domain';

type Resolver = (userId: string) => Promise<CustomerIdentity | null>;

/**
 * Who a customer (portal user) is: the contact they sign in as, its account, and whether they are
 * its service admin. The service domain, which owns portal logins, registers the lookup; auth asks
 * it for every customer's session, so the actor carries the identity the scope SQL reaches by
 * (Actor.customer). Without a registered lookup, or for a login not linked to a live contact, a
 * customer has no identity and reaches no record (the scope fails closed for the customer role).
 */
@Injectable()
export class CustomerIdentities {
  private resolver: Resolver | null = null;

  register(resolver: Resolver): void {
    this.resolver = resolver;
  }

  async of(userId: string): Promise<CustomerIdentity | null> {
    return this.resolver ? this.resolver(userId) : null;
  }
}
