import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@rapport/shared-domain';
import { scopeCondition } from '@rapport/shared-database';
import { EntitlementEntity } from '../entities/entitlement.entity';

/**
 * Entitlements' reads (issue 18 item 5). They belong to an account and are read with it: the
 * reader's account scope (the visibility rule as SQL, ADR 0008) decides, as it does for the
 * account's other panels.
 */
@Injectable()
export class EntitlementRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Whether the reader may read this live account. */
  async accountVisible(actor: Actor, accountId: string): Promise<boolean> {
    const scope = scopeCondition(actor, 'account', 'read', { owner: 'a.owner_id', team: 'a.team_id', shareId: 'a.id' });
    const [sql, values] = this.ds.driver.escapeQueryWithParameters(`SELECT 1 FROM account a WHERE a.id = :accountId AND a.deleted_at IS NULL AND ${scope.sql}`, { ...scope.params, accountId });
    return ((await this.ds.query(sql, values)) as unknown[]).length > 0;
  }

  /**
   * The contracts of some accounts, newest start first, by account id. Inside a transaction, pass its
   * manager: a second pool connection taken while the transaction holds one can exhaust the pool under
   * concurrent mail (every connection waiting for another) and stall the worker.
   */
  async ofAccounts(accountIds: readonly string[], m: EntityManager = this.ds.manager): Promise<Map<string, EntitlementEntity[]>> {
    const rows = await m.getRepository(EntitlementEntity).createQueryBuilder('e').where('e.account_id = ANY(:ids)', { ids: [...accountIds] }).orderBy('e.starts_on', 'DESC').addOrderBy('e.id', 'ASC').getMany();
    const byAccount = new Map<string, EntitlementEntity[]>();
    for (const row of rows) byAccount.set(row.accountId, [...(byAccount.get(row.accountId) ?? []), row]);
    return byAccount;
  }
}
