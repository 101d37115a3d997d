import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { checkOrders, type CheckedOrder } from '@rapport/segmentation-domain';
import { OrderRepository, type UpsertCounts } from '@rapport/segmentation-data';

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

  async bulkUpsert(actor: Actor, body: { orders: unknown; createCustomers?: boolean }, source: 'api' | 'import' = 'api', importId: string | null = null): Promise<UpsertCounts & { received: number }> {
    if (scopeFor(actor, 'order', 'write') === RecordScope.None) throw AppError.forbidden();
    const { orders, problems } = checkOrders(body.orders);
    if (problems.length) throw AppError.validation(problems, 'Some orders are not valid; none were stored.');
    const createCustomers = body.createCustomers === true;
    if (createCustomers && scopeFor(actor, 'contact', 'write') === RecordScope.None) throw AppError.forbidden();
    return this.ds.transaction(async (m) => {
      const emails = [...new Set(orders.filter((o) => !o.contactId && o.email).map((o) => o.email!))];
      const ids = [...new Set(orders.flatMap((o) => (o.contactId ? [o.contactId] : [])))];
      const { byEmail, existing } = await this.repo.resolveCustomers(m, emails, ids);
      const unknownIds = orders.map((o, i) => ({ o, i })).filter(({ o }) => o.contactId && !existing.has(o.contactId));
      if (unknownIds.length) throw AppError.validation(unknownIds.slice(0, 200).map(({ i }) => ({ path: `orders.${i}.contactId`, message: 'is not a contact' })), 'Some orders are not valid; none were stored.');
      const missing = emails.filter((e) => !byEmail.has(e));
      if (missing.length && !createCustomers) {
        const rows = orders.map((o, i) => ({ o, i })).filter(({ o }) => !o.contactId && o.email && !byEmail.has(o.email));
        throw AppError.validation(
          rows.slice(0, 200).map(({ i }) => ({ path: `orders.${i}.email`, message: 'no contact has this address (send createCustomers: true to create one)' })),
          'Some orders are not valid; none were stored.',
        );
      }
      const created = await this.repo.createCustomers(m, actor, missing.map((email) => newCustomer(email, orders.find((o) => o.email === email)!)));
      const withCustomers = orders.map((o) => ({ ...o, contactId: o.contactId ?? byEmail.get(o.email!) ?? created.get(o.email!)! }));
      const counts = await this.repo.upsert(m, withCustomers, source, importId);
      return { received: orders.length, ...counts, customersCreated: created.size };
    });
  }

  ofContact(actor: Actor, contactId: string, first = 20) {
    if (scopeFor(actor, 'order', 'read') === RecordScope.None) return Promise.resolve([]);
    return this.repo.ofContact(actor, contactId, Math.max(1, Math.min(100, first)));
  }
}

/** A contact made from an order's customer: the given names, else the address's local part as the last name. */
export function newCustomer(email: string, order: CheckedOrder): { email: string; firstName: string; lastName: string } {
  return { email, firstName: order.firstName ?? '', lastName: order.lastName ?? email.split('@')[0].slice(0, 100) };
}
