import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ConsentStatus, SuppressionReason } from '@rapport/marketing-domain';
import { escapeLike } from '@rapport/shared-util';
import { ConsentEventEntity, SubscriptionTypeEntity, SuppressionEntity } from '../entities';

/** One answer to record: the event row, and the current state it sets. */
export type ConsentAnswer = Omit<ConsentEventEntity, 'id' | 'occurredAt' | 'subscriptionType'>;

/** An address's current answer: per type, or global (`subscriptionTypeId` null). */
export interface ConsentStateRow {
  address: string;
  subscriptionTypeId: string | null;
  status: ConsentStatus;
  updatedAt: Date;
  eventId: string;
}

/**
 * The SQL of consent and suppression (issue 15, docs/adr/0015). Everything is keyed by the
 * normalised address; callers normalise (normalizeEmailAddress) and check permissions.
 */
@Injectable()
export class ConsentRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  subscriptionTypes(activeOnly: boolean): Promise<SubscriptionTypeEntity[]> {
    return this.ds.getRepository(SubscriptionTypeEntity).find({ where: activeOnly ? { active: true } : {}, order: { name: 'ASC' } });
  }

  /** `m`: the caller's transaction, when it reads inside one (a second pool connection there can starve the pool). */
  subscriptionType(id: string, m: EntityManager = this.ds.manager): Promise<SubscriptionTypeEntity | null> {
    return m.getRepository(SubscriptionTypeEntity).findOneBy({ id });
  }

  /** Whether another type already has this key. */
  async keyTaken(key: string, exceptId?: string): Promise<boolean> {
    const [row] = await this.ds.query(`SELECT 1 FROM subscription_type WHERE key = $1 AND id IS DISTINCT FROM $2::uuid`, [key, exceptId ?? null]);
    return Boolean(row);
  }

  async saveSubscriptionType(values: Partial<SubscriptionTypeEntity>): Promise<SubscriptionTypeEntity> {
    const repo = this.ds.getRepository(SubscriptionTypeEntity);
    return repo.save(repo.create(values));
  }

  /**
   * Records an answer: the event (kept for ever) and the current state it sets, in the caller's
   * transaction, so the state never disagrees with the latest event.
   */
  async record(m: EntityManager, answer: ConsentAnswer): Promise<ConsentEventEntity> {
    const { identifiers } = await m.insert(ConsentEventEntity, answer);
    const eventId = identifiers[0]!['id'] as string;
    if (answer.subscriptionTypeId) {
      await m.query(
        `INSERT INTO consent (address, subscription_type_id, status, event_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (address, subscription_type_id) DO UPDATE SET status = EXCLUDED.status, event_id = EXCLUDED.event_id, updated_at = now()`,
        [answer.address, answer.subscriptionTypeId, answer.status, eventId],
      );
    } else {
      await m.query(
        `INSERT INTO global_consent (address, status, event_id) VALUES ($1, $2, $3)
         ON CONFLICT (address) DO UPDATE SET status = EXCLUDED.status, event_id = EXCLUDED.event_id, updated_at = now()`,
        [answer.address, answer.status, eventId],
      );
    }
    return m.findOneByOrFail(ConsentEventEntity, { id: eventId });
  }

  /** The current answers of these addresses: per type, then global (type null). */
  statesOf(addresses: readonly string[]): Promise<ConsentStateRow[]> {
    if (addresses.length === 0) return Promise.resolve([]);
    return this.ds.query(
      `SELECT address, subscription_type_id AS "subscriptionTypeId", status, updated_at AS "updatedAt", event_id AS "eventId" FROM consent WHERE address = ANY($1::text[])
       UNION ALL
       SELECT address, NULL, status, updated_at, event_id FROM global_consent WHERE address = ANY($1::text[])
       ORDER BY 1, 2 NULLS FIRST`,
      [addresses],
    );
  }

  /** Every answer these addresses gave, newest first (the history a consent panel and an export show). */
  history(addresses: readonly string[], limit = 500): Promise<ConsentEventEntity[]> {
    if (addresses.length === 0) return Promise.resolve([]);
    return this.ds
      .getRepository(ConsentEventEntity)
      .createQueryBuilder('e')
      .where('e.address = ANY(:addresses)', { addresses })
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  suppressionsOf(addresses: readonly string[]): Promise<SuppressionEntity[]> {
    if (addresses.length === 0) return Promise.resolve([]);
    return this.ds.getRepository(SuppressionEntity).createQueryBuilder('s').where('s.address = ANY(:addresses)', { addresses }).getMany();
  }

  /**
   * Suppresses addresses set-based. An address already suppressed keeps its first reason unless the
   * new one is a hard bounce or a complaint, which say more about the address than an import does.
   * Returns how many addresses were newly suppressed.
   */
  async suppress(m: EntityManager, addresses: readonly string[], reason: SuppressionReason, detail: string | null, createdBy: string | null): Promise<number> {
    if (addresses.length === 0) return 0;
    const rows: { inserted: boolean }[] = await m.query(
      `INSERT INTO suppression (address, reason, detail, created_by) SELECT DISTINCT a, $2, $3, $4::uuid FROM unnest($1::text[]) a
       ON CONFLICT (address) DO UPDATE SET reason = EXCLUDED.reason, detail = EXCLUDED.detail, updated_at = now()
         WHERE EXCLUDED.reason IN ('hard_bounce', 'complaint') AND suppression.reason NOT IN ('hard_bounce', 'complaint')
       RETURNING (xmax = 0) AS inserted`,
      [addresses, reason, detail, createdBy],
    );
    return rows.filter((r) => r.inserted).length;
  }

  async unsuppress(address: string): Promise<boolean> {
    const result = await this.ds.getRepository(SuppressionEntity).delete({ address });
    return (result.affected ?? 0) > 0;
  }

  /** A page of the suppression list by address (keyset), optionally those containing `search`. */
  suppressionPage(args: { first: number; after: string | null; search: string | null }): Promise<SuppressionEntity[]> {
    const qb = this.ds.getRepository(SuppressionEntity).createQueryBuilder('s').orderBy('s.address').limit(args.first + 1);
    if (args.after) qb.andWhere('s.address > :after', { after: args.after });
    if (args.search) qb.andWhere(`s.address LIKE :s`, { s: `%${escapeLike(args.search)}%` });
    return qb.getMany();
  }

  /** How many addresses are suppressed (containing `search`), counted up to 10,000. */
  async suppressionCount(search: string | null): Promise<number> {
    const [row]: { n: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM suppression WHERE $1::text IS NULL OR address LIKE '%' || $1 || '%' LIMIT 10000) s`,
      [search === null ? null : escapeLike(search)],
    );
    return row!.n;
  }
}
