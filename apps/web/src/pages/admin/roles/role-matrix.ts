import type { RecordScope, Role, RolesQuery } from '@rapport/web-data-access';

export interface MatrixRow {
  object: string;
  cells: Partial<Record<Role, { read: RecordScope; write: RecordScope }>>;
}

/**
 * Pivots role → permissions into object rows × role columns. Objects keep the order the server
 * lists them in (first seen wins), so new domains append instead of reshuffling the table.
 */
export function buildRoleMatrix(roles: RolesQuery['roles']): { roles: Role[]; rows: MatrixRow[] } {
  const rows = new Map<string, MatrixRow>();
  for (const { role, permissions } of roles) {
    for (const p of permissions) {
      const row = rows.get(p.object) ?? { object: p.object, cells: {} };
      row.cells[role] = { read: p.read, write: p.write };
      rows.set(p.object, row);
    }
  }
  return { roles: roles.map((r) => r.role), rows: [...rows.values()] };
}
