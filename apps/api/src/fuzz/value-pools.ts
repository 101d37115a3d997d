const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR_KEYS = new Set(['cursor', 'endCursor', 'startCursor', 'nextCursor', 'after', 'before']);
const MAX_PER_POOL = 400;

/**
 * What the API has answered so far, as material for the next requests: ids (by the GraphQL type
 * they belong to, when the response says), cursors, and short strings by field name (a stored
 * `status` or `currency` is a plausible value for an input of that name). Real values get
 * requests past "not found" into the code that does the work. Protected ids (the fuzzer's own
 * user and API key) are never handed out, so a mutation can't lock the fuzzer out.
 */
export class ValuePools {
  private readonly idsByType = new Map<string, string[]>();
  private readonly allIds: string[] = [];
  readonly cursors: string[] = [];
  private readonly cursorsByList = new Map<string, string[]>();
  private readonly stringsByName = new Map<string, string[]>();
  private readonly protectedIds = new Set<string>();

  protect(...ids: (string | undefined | null)[]): void {
    for (const id of ids) if (id) this.protectedIds.add(id.toLowerCase());
  }

  /** Walks any JSON answer (GraphQL `data` or a REST body); `list` is the connection type a cursor came from. */
  harvest(value: unknown, typename?: string, key?: string, list?: string): void {
    if (Array.isArray(value)) {
      for (const v of value) this.harvest(v, typename, key, list);
      return;
    }
    if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      const own = typeof obj['__typename'] === 'string' ? (obj['__typename'] as string) : undefined;
      const inList = own?.endsWith('Connection') ? own : list;
      for (const [k, v] of Object.entries(obj)) this.harvest(v, own, k, inList);
      return;
    }
    if (typeof value !== 'string' || !key) return;
    if (CURSOR_KEYS.has(key)) {
      if (list) add(this.poolFor(this.cursorsByList, list), value);
      return add(this.cursors, value);
    }
    if (UUID.test(value) && (key === 'id' || key.endsWith('Id'))) {
      if (this.protectedIds.has(value.toLowerCase())) return;
      add(this.allIds, value);
      const type = key === 'id' ? typename : upperFirst(key.slice(0, -2));
      if (type) add(this.poolFor(this.idsByType, type), value);
      return;
    }
    if (value.length <= 64) add(this.poolFor(this.stringsByName, key), value);
  }

  /** Ids for a field: of the type its name suggests (`accountId` → Account), else any id. */
  ids(typeHint?: string): readonly string[] {
    if (typeHint) {
      const typed = this.idsByType.get(typeHint);
      if (typed?.length) return typed;
      // `parentAccount` → `Account`: try ever shorter camel-case suffixes.
      const words = typeHint.split(/(?=[A-Z])/);
      for (let i = 1; i < words.length; i++) {
        const t = this.idsByType.get(words.slice(i).join(''));
        if (t?.length) return t;
      }
      // `Form` → `WebForm`: a type whose name ends with the hint.
      for (const [type, ids] of this.idsByType) if (type.endsWith(typeHint) && ids.length) return ids;
    }
    return this.allIds;
  }

  /** Cursors the same list handed out (to replay them under another order or filter), else any. */
  cursorsOf(list: string): readonly string[] {
    return this.cursorsByList.get(list) ?? this.cursors;
  }

  strings(name: string): readonly string[] {
    return this.stringsByName.get(name) ?? [];
  }

  /** Every key this API has used in an answer: vocabulary for free-form JSON inputs. */
  keys(): readonly string[] {
    return [...this.stringsByName.keys()];
  }

  get size(): { ids: number; cursors: number } {
    return { ids: this.allIds.length, cursors: this.cursors.length };
  }

  private poolFor(map: Map<string, string[]>, key: string): string[] {
    let pool = map.get(key);
    if (!pool) map.set(key, (pool = []));
    return pool;
  }
}

function add(pool: string[], value: string): void {
  if (pool.includes(value)) return;
  // Keep the pool bounded but fresh: the newest values replace the oldest ones.
  if (pool.length >= MAX_PER_POOL) pool.shift();
  pool.push(value);
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
