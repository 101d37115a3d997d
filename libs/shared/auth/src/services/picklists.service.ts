import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  Actor,
  checkPicklistEntryInput,
  checkPicklistValue,
  NameProblem,
  PicklistEntry,
  PicklistName,
  PICKLISTS,
  RecordDefinition,
  RecordScope,
  scopeFor,
} from '@rapport/shared-domain';
import { diffFields, PicklistValueEntity, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';

/** One field of a write that a picklist keeps: what was sent, what the record holds now, where to point a problem. */
export interface PicklistCheck {
  list: PicklistName;
  input: string | null | undefined;
  current?: string | null;
  path: string;
}

export interface SavePicklistValue {
  list: PicklistName;
  value: string;
  names?: unknown;
  position?: number | null;
  active?: boolean | null;
}

/**
 * The configured value lists of built-in fields (docs/adr/0018-picklists.md): reading them (any
 * signed-in person: they label what every screen shows), checking writes against them, and the
 * admin's changes. The rules are pure functions in shared-domain (picklists.ts).
 */
@Injectable()
export class PicklistsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The values of the lists asked for (all lists when none), in each list's order. */
  async entries(lists: readonly PicklistName[] = PICKLISTS, m: EntityManager = this.ds.manager): Promise<Map<PicklistName, PicklistEntry[]>> {
    const rows = lists.length ? await m.find(PicklistValueEntity, { where: { list: In([...lists]) }, order: { position: 'ASC', value: 'ASC' } }) : [];
    const byList = new Map<PicklistName, PicklistEntry[]>(lists.map((l) => [l, []]));
    for (const r of rows) byList.get(r.list as PicklistName)?.push({ value: r.value, names: r.names ?? {}, position: r.position, active: r.active });
    return byList;
  }

  /**
   * Checks the fields of a write that picklists keep, every problem at once, and returns the
   * values to store by path (trimmed; null clears). Fields not sent (`undefined`) are not checked.
   */
  async check(m: EntityManager, checks: readonly PicklistCheck[]): Promise<Map<string, string | null>> {
    const sent = checks.filter((c) => c.input !== undefined);
    const out = new Map<string, string | null>();
    if (!sent.length) return out;
    const entries = await this.entries([...new Set(sent.map((c) => c.list))], m);
    const problems: NameProblem[] = [];
    for (const c of sent) {
      const r = checkPicklistValue(c.list, entries.get(c.list) ?? [], c.input, c.current, c.path);
      if (r.problem) problems.push(r.problem);
      else out.set(c.path, r.value);
    }
    if (problems.length) throw AppError.validation(problems);
    return out;
  }

  /**
   * The picklist fields of a record type's create or update input, checked: returns the input's
   * picklist values to store (keyed by field), so the caller merges them over its stored values.
   */
  async checkRecord(m: EntityManager, def: RecordDefinition, input: Record<string, unknown>, before?: Record<string, unknown> | null): Promise<Record<string, string | null>> {
    const fields = Object.entries(def.fields).filter(([, f]) => f.picklist);
    const checks = fields.map(([name, f]) => ({ list: f.picklist!, input: input[name] as string | null | undefined, current: (before?.[name] as string | null | undefined) ?? null, path: `input.${name}` }));
    const checked = await this.check(m, checks);
    return Object.fromEntries(fields.filter(([name]) => checked.has(`input.${name}`)).map(([name]) => [name, checked.get(`input.${name}`)!]));
  }

  /** Adds a value or changes its translations, order or whether new records may take it (administrators). */
  async save(actor: Actor, input: SavePicklistValue): Promise<PicklistValueEntity> {
    if (scopeFor(actor, 'user', 'write') !== RecordScope.All) throw AppError.forbidden('Only administrators can change picklists.');
    const checked = checkPicklistEntryInput(input);
    if (checked.problems.length) throw AppError.validation(checked.problems);
    const value = checked.value!;
    return this.ds.transaction(async (m) => {
      const before = await m.findOne(PicklistValueEntity, { where: { list: input.list, value }, lock: { mode: 'pessimistic_write' } });
      const position = input.position ?? before?.position ?? (await this.nextPosition(m, input.list));
      const row = m.create(PicklistValueEntity, { list: input.list, value, names: checked.names ?? before?.names ?? {}, position, active: input.active ?? before?.active ?? true });
      await m.save(row);
      const changes = diffFields(before, row, ['value', 'names', 'position', 'active']);
      if (changes.length) {
        await writeAudit(m, actor, { entityType: 'picklist', entityId: picklistAuditId(input.list, value), action: before ? 'update' : 'create', changes: [{ field: 'list', from: null, to: input.list }, ...changes] });
      }
      return m.findOneByOrFail(PicklistValueEntity, { list: input.list, value });
    });
  }

  private async nextPosition(m: EntityManager, list: string): Promise<number> {
    const last = await m.findOne(PicklistValueEntity, { where: { list }, order: { position: 'DESC' } });
    return (last?.position ?? 0) + 10;
  }
}

/**
 * The audit log keys rows by uuid; a picklist value's key is its list and text, so its entries
 * are filed under a name-based uuid (RFC 9562 v5-like layout from SHA-1) of the two, stable across saves.
 */
function picklistAuditId(list: string, value: string): string {
  const hash = createHash('sha1').update(`picklist\u0000${list}\u0000${value}`).digest('hex');
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-${((parseInt(hash[16], 16) & 0x3) | 0x8).toString(16)}${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}
