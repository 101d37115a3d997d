import { EntityManager } from 'typeorm';
import { Actor, ObjectName } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { visibleRecordCondition } from './visibility';

/** An id given in an input that points at another record, e.g. `input.primaryContactId` → contact. */
export interface Reference {
  path: string;
  object: ObjectName;
  id: string | null | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LABEL: Partial<Record<ObjectName, string>> = { opportunity: 'opportunity', activity: 'activity', account: 'account', contact: 'contact', lead: 'lead', quote: 'quote', commitment: 'commitment', campaign: 'campaign' };

/**
 * Resolves the record ids an input refers to through the reader's own scope, in one statement: a
 * record the reader may not read answers exactly like one that does not exist (VALIDATION_FAILED
 * on that field), so neither a link to someone else's record nor a probe for ids gets through.
 * Without it a foreign key would accept the other rep's contact, and a random id would fail in the
 * database as an INTERNAL error.
 */
export async function assertReferencesVisible(m: EntityManager, actor: Actor, refs: Reference[], action: 'read' | 'write' = 'read'): Promise<void> {
  const given = refs.filter((r): r is Reference & { id: string } => typeof r.id === 'string');
  if (given.length === 0) return;
  const missing = given.filter((r) => !UUID.test(r.id));
  const checked = given.filter((r) => UUID.test(r.id));
  if (checked.length) {
    const params: Record<string, unknown> = {};
    const columns = checked.map((r, i) => {
      const c = visibleRecordCondition(actor, r.object, action, `CAST(:ref${i} AS uuid)`);
      Object.assign(params, c.params, { [`ref${i}`]: r.id });
      return `${c.sql} AS r${i}`;
    });
    const [sql, values] = m.connection.driver.escapeQueryWithParameters(`SELECT ${columns.join(', ')}`, params);
    const [row] = (await m.query(sql, values)) as Record<string, boolean>[];
    checked.forEach((r, i) => {
      if (!row[`r${i}`]) missing.push(r);
    });
  }
  if (missing.length) {
    throw AppError.validation(missing.map((r) => ({ path: r.path, message: `This ${LABEL[r.object] ?? 'record'} does not exist.` })));
  }
}
