import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@rapport/shared-domain';
import type { CheckedOrder } from '@rapport/segmentation-domain';
import { normalizePersonName } from '@rapport/sales-domain';
import { contactScope } from './contact-scope';

/**
 * Orders' SQL (issue 17 item 1): the bulk upsert is a handful of set-based statements whatever the
 * batch size (customers resolved in one query, new customers in one insert, orders in one
 * `INSERT … ON CONFLICT (external_id)`, lines replaced in two), so 10,000 orders cost what 10 do.
 */
export interface UpsertCounts {
  created: number;
  updated: number;
  customersCreated: number;
}

export interface OrderRow {
  id: string;
  externalId: string;
  contactId: string;
  accountId: string | null;
  orderedAt: Date;
  currency: string;
  amount: string;
  status: string;
  source: string;
}

@Injectable()
export class OrderRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Contact ids for the given addresses (the oldest live contact with the address; stored emails are
   * lower-cased, so the GIN index on `emails` finds them), and which of the given ids exist.
   */
  async resolveCustomers(m: EntityManager, emails: string[], ids: string[]): Promise<{ byEmail: Map<string, string>; existing: Set<string> }> {
    const found: { address: string; id: string }[] = emails.length
      ? await m.query(
          `SELECT e.address, (SELECT x.id FROM contact x WHERE x.emails @> ARRAY[e.address] AND x.deleted_at IS NULL ORDER BY x.created_at, x.id LIMIT 1) AS id
             FROM unnest($1::text[]) AS e(address)`,
          [emails],
        )
      : [];
    const existing: { id: string }[] = ids.length ? await m.query(`SELECT id FROM contact WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`, [ids]) : [];
    return { byEmail: new Map(found.filter((f) => f.id).map((f) => [f.address, f.id])), existing: new Set(existing.map((e) => e.id)) };
  }

  /** New contacts for unknown customers, owned by the caller; returns id per address. */
  async createCustomers(m: EntityManager, actor: Actor, people: { email: string; firstName: string; lastName: string }[]): Promise<Map<string, string>> {
    if (!people.length) return new Map();
    const rows: { id: string; address: string }[] = await m.query(
      `INSERT INTO contact (first_name, last_name, name_normalized, emails, owner_id, team_id, created_by)
       SELECT p.first_name, p.last_name, p.name_normalized, ARRAY[p.address], $5, $6, $5
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS p(address, first_name, last_name, name_normalized)
       RETURNING id, emails[1] AS address`,
      [people.map((p) => p.email), people.map((p) => p.firstName), people.map((p) => p.lastName), people.map((p) => normalizePersonName(p.firstName, p.lastName)), actor.userId, actor.teamId ?? null],
    );
    return new Map(rows.map((r) => [r.address, r.id]));
  }

  /**
   * Inserts new orders and updates changed ones by external id. The account is the customer's
   * account at the time of writing. `xmax = 0` tells an inserted row from an updated one. An
   * order keeps the import that created it (an import's undo removes only what it created).
   */
  async upsert(m: EntityManager, orders: (CheckedOrder & { contactId: string })[], source: 'api' | 'import', importId: string | null): Promise<{ created: number; updated: number }> {
    const rows: { id: string; external_id: string; inserted: boolean }[] = await m.query(
      `INSERT INTO "order" (external_id, contact_id, account_id, ordered_at, currency, amount, status, source, import_id)
       SELECT o.external_id, o.contact_id, c.account_id, o.ordered_at, o.currency, o.amount, o.status, $7, $8
         FROM unnest($1::text[], $2::uuid[], $3::timestamptz[], $4::text[], $5::numeric[], $6::text[]) AS o(external_id, contact_id, ordered_at, currency, amount, status)
         JOIN contact c ON c.id = o.contact_id
       ON CONFLICT (external_id) DO UPDATE SET contact_id = EXCLUDED.contact_id, account_id = EXCLUDED.account_id, ordered_at = EXCLUDED.ordered_at,
         currency = EXCLUDED.currency, amount = EXCLUDED.amount, status = EXCLUDED.status, updated_at = now()
       WHERE ("order".contact_id, "order".ordered_at, "order".currency, "order".amount, "order".status) IS DISTINCT FROM
             (EXCLUDED.contact_id, EXCLUDED.ordered_at, EXCLUDED.currency, EXCLUDED.amount, EXCLUDED.status)
       RETURNING id, external_id, (xmax = 0) AS inserted`,
      [
        orders.map((o) => o.externalId),
        orders.map((o) => o.contactId),
        orders.map((o) => o.orderedAt.toISOString()),
        orders.map((o) => o.currency),
        orders.map((o) => o.amount),
        orders.map((o) => o.status),
        source,
        importId,
      ],
    );
    // Unchanged orders return no row; an order sent with lines gets exactly those lines either way.
    const withLines = orders.filter((o) => o.lines.length > 0);
    const ids: { id: string; external_id: string }[] = withLines.length ? await m.query(`SELECT id, external_id FROM "order" WHERE external_id = ANY($1::text[])`, [withLines.map((o) => o.externalId)]) : [];
    const idOf = new Map(ids.map((r) => [r.external_id, r.id]));
    await this.replaceLines(m, withLines.map((o) => ({ orderId: idOf.get(o.externalId)!, lines: o.lines })));
    const created = rows.filter((r) => r.inserted).length;
    return { created, updated: rows.length - created };
  }

  private async replaceLines(m: EntityManager, orders: { orderId: string; lines: CheckedOrder['lines'] }[]): Promise<void> {
    if (!orders.length) return;
    await m.query(`DELETE FROM order_line WHERE order_id = ANY($1::uuid[])`, [orders.map((o) => o.orderId)]);
    const flat = orders.flatMap((o) => o.lines.map((l, i) => ({ orderId: o.orderId, lineNo: i + 1, ...l })));
    await m.query(
      `INSERT INTO order_line (order_id, line_no, product_id, sku, product_line, quantity, amount)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::text[], $6::numeric[], $7::numeric[])`,
      [flat.map((l) => l.orderId), flat.map((l) => l.lineNo), flat.map((l) => l.productId), flat.map((l) => l.sku), flat.map((l) => l.productLine), flat.map((l) => l.quantity), flat.map((l) => l.amount)],
    );
  }

  /**
   * Won deals count as orders (issue 17 item 1): each won opportunity with a primary contact is one
   * completed order on its closing day (external id `opportunity:<id>`), kept in step when its amount
   * or contact changes, and cancelled when it is no longer won. Set-based; run before each metrics run.
   */
  async syncWonOpportunities(m: EntityManager): Promise<{ upserted: number; cancelled: number }> {
    const [row] = (await m.query(
      `WITH won AS (
         SELECT o.id, o.primary_contact_id AS contact_id, o.account_id, coalesce(o.closed_at, o.updated_at) AS ordered_at, upper(o.currency) AS currency, coalesce(o.amount, 0) AS amount
           FROM opportunity o JOIN stage s ON s.id = o.stage_id
          WHERE s.is_won AND o.deleted_at IS NULL AND o.primary_contact_id IS NOT NULL),
       upserted AS (
         INSERT INTO "order" (external_id, contact_id, account_id, ordered_at, currency, amount, status, source, opportunity_id)
         SELECT 'opportunity:' || w.id, w.contact_id, w.account_id, w.ordered_at, w.currency, w.amount, 'completed', 'opportunity', w.id FROM won w
         ON CONFLICT (external_id) DO UPDATE SET contact_id = EXCLUDED.contact_id, account_id = EXCLUDED.account_id, ordered_at = EXCLUDED.ordered_at,
           currency = EXCLUDED.currency, amount = EXCLUDED.amount, status = 'completed', updated_at = now()
         WHERE ("order".contact_id, "order".account_id, "order".ordered_at, "order".currency, "order".amount, "order".status)
               IS DISTINCT FROM (EXCLUDED.contact_id, EXCLUDED.account_id, EXCLUDED.ordered_at, EXCLUDED.currency, EXCLUDED.amount, 'completed')
         RETURNING 1),
       cancelled AS (
         UPDATE "order" SET status = 'cancelled', updated_at = now()
          WHERE source = 'opportunity' AND status = 'completed' AND opportunity_id NOT IN (SELECT id FROM won)
         RETURNING 1)
       SELECT (SELECT count(*) FROM upserted)::int AS upserted, (SELECT count(*) FROM cancelled)::int AS cancelled`,
    )) as { upserted: number; cancelled: number }[];
    return row;
  }

  /** Removes the orders an import created (their lines go with them). */
  async deleteImported(m: EntityManager, importId: string): Promise<number> {
    const rows: unknown[] = await m.query(`WITH gone AS (DELETE FROM "order" WHERE import_id = $1 RETURNING 1) SELECT 1 FROM gone`, [importId]);
    return rows.length;
  }

  /** Orders by id the reader may see (through the customer); the others are left out. */
  async readable(actor: Actor, ids: readonly string[]): Promise<Map<string, OrderRow>> {
    if (!ids.length) return new Map();
    const scope = contactScope(actor);
    const [sql, values] = this.ds.driver.escapeQueryWithParameters(
      `SELECT o.id, o.external_id AS "externalId", o.contact_id AS "contactId", o.account_id AS "accountId", o.ordered_at AS "orderedAt",
              o.currency, o.amount, o.status, o.source
         FROM "order" o JOIN contact c ON c.id = o.contact_id
        WHERE o.id IN (:...ids) AND ${scope.sql}`,
      { ...scope.params, ids: [...new Set(ids)] },
    ) as [string, unknown[]];
    return new Map(((await this.ds.query(sql, values)) as OrderRow[]).map((r) => [r.id, r]));
  }

  /**
   * Customers' latest orders the reader may see (through the customer), newest first, `first` per
   * customer: one statement for a whole list of contacts (each takes its newest rows of the index).
   */
  async ofContacts(actor: Actor, contactIds: readonly string[], first: number): Promise<Map<string, OrderRow[]>> {
    const scope = contactScope(actor);
    const [sql, values] = this.ds.driver.escapeQueryWithParameters(
      `SELECT x.* FROM contact c CROSS JOIN LATERAL (
         SELECT o.id, o.external_id AS "externalId", o.contact_id AS "contactId", o.account_id AS "accountId", o.ordered_at AS "orderedAt",
                o.currency, o.amount, o.status, o.source
           FROM "order" o WHERE o.contact_id = c.id ORDER BY o.ordered_at DESC, o.id DESC LIMIT ${first}) x
        WHERE c.id IN (:...contactIds) AND ${scope.sql}`,
      { ...scope.params, contactIds: [...contactIds] },
    ) as [string, unknown[]];
    const byContact = new Map<string, OrderRow[]>(contactIds.map((id) => [id, []]));
    for (const row of (await this.ds.query(sql, values)) as OrderRow[]) byContact.get(row.contactId)?.push(row);
    return byContact;
  }
}
