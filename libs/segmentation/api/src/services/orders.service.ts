import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { checkOrders, type CheckedOrder } from '@rapport/segmentation-domain';
import { OrderRepository, type OrderRow, type UpsertCounts } from '@rapport/segmentation-data';

/**
 * Orders in bulk (issue 17 item 1): a batch is checked whole (every problem reported, nothing
 * stored until all are right), customers are matched by contact id or email (unknown addresses
 * become contacts only when asked), and the orders are upserted by external id in one transaction,
 * so a batch sent twice changes nothing the second time.
 */
@Injectable()
export class OrdersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: OrderRepository,
  ) {}

  async bulkUpsert(actor: Actor, body: { orders: unknown; createCustomers?: boolean }): Promise<UpsertCounts & { received: number }> {
    if (scopeFor(actor, 'order', 'write') === RecordScope.None) throw AppError.forbidden();
    const { orders, problems } = checkOrders(body.orders);
    if (problems.length) throw AppError.validation(problems, 'Some orders are not valid; none were stored.');
    const createCustomers = body.createCustomers === true;
    if (createCustomers && scopeFor(actor, 'contact', 'write') === RecordScope.None) throw AppError.forbidden();
    return this.ds.transaction(async (m) => {
      const { withCustomer, created } = await this.withCustomers(m, actor, orders, createCustomers);
      const unknown = withCustomer.map((o, i) => ({ o, i })).filter(({ o }) => o.contactId === null);
      if (unknown.length) {
        throw AppError.validation(
          unknown.slice(0, 200).map(({ i }) =>
            orders[i].contactId
              ? { path: `orders.${i}.contactId`, message: 'is not a contact' }
              : { path: `orders.${i}.email`, message: 'no contact has this address (send createCustomers: true to create one)' },
          ),
          'Some orders are not valid; none were stored.',
        );
      }
      const counts = await this.repo.upsert(m, withCustomer as (CheckedOrder & { contactId: string })[], 'api', null);
      return { received: orders.length, ...counts, customersCreated: created };
    });
  }

  /**
   * Each order's customer (API and file imports alike): the contact id if it is a live contact, else the
   * oldest live contact with the address, else — when asked — a contact made from the order (one per
   * address). `contactId` null: no such customer. One query to resolve, one insert to create.
   */
  async withCustomers<T extends CheckedOrder>(m: EntityManager, actor: Actor, orders: readonly T[], create: boolean): Promise<{ withCustomer: (T & { contactId: string | null })[]; created: number }> {
    const emails = [...new Set(orders.filter((o) => !o.contactId && o.email).map((o) => o.email!))];
    const ids = [...new Set(orders.flatMap((o) => (o.contactId ? [o.contactId] : [])))];
    const { byEmail, existing } = await this.repo.resolveCustomers(m, emails, ids);
    const firstOrderOf = new Map<string, T>();
    for (const o of orders) if (o.email && !firstOrderOf.has(o.email)) firstOrderOf.set(o.email, o);
    const missing = create ? emails.filter((e) => !byEmail.has(e)) : [];
    const made = await this.repo.createCustomers(m, actor, missing.map((email) => newCustomer(email, firstOrderOf.get(email)!)));
    const withCustomer = orders.map((o) => ({ ...o, contactId: o.contactId ? (existing.has(o.contactId) ? o.contactId : null) : (byEmail.get(o.email!) ?? made.get(o.email!) ?? null) }));
    return { withCustomer, created: made.size };
  }

  /** Orders by id that the reader may read (order access, and the customer within their scope). */
  async readable(actor: Actor, ids: readonly string[]): Promise<Map<string, OrderRow>> {
    if (scopeFor(actor, 'order', 'read') === RecordScope.None) return new Map();
    return this.repo.readable(actor, ids);
  }

  /** Latest orders per contact (a list's contacts in one statement); none without order access. */
  async ofContacts(actor: Actor, contactIds: readonly string[], first = 20): Promise<Map<string, OrderRow[]>> {
    if (scopeFor(actor, 'order', 'read') === RecordScope.None) return new Map();
    return this.repo.ofContacts(actor, contactIds, Math.max(1, Math.min(100, first)));
  }
}

/** A contact made from an order's customer: the given names, else the address's local part as the last name. */
function newCustomer(email: string, order: CheckedOrder): { email: string; firstName: string; lastName: string } {
  return { email, firstName: order.firstName ?? '', lastName: order.lastName ?? email.split('@')[0].slice(0, 100) };
}
