import fs from 'node:fs';
import path from 'node:path';
import { permissionMatrix } from '@rapport/shared-domain';

/**
 * The web tests sign in with `me.permissions` from libs/web/testing/src/permission-matrix.json
 * (web code may not import the server's table). This keeps that copy identical to the table the
 * API enforces, so a screen test never passes on grants no role has.
 */
it('the web fixtures’ permission matrix is the permission table', () => {
  const file = path.resolve(__dirname, '..', '..', '..', 'libs/web/testing/src/permission-matrix.json');
  const fixture = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { object: string; read: string; write: string }[]>;
  const up = (s: string) => s.toUpperCase();
  const table = Object.fromEntries(permissionMatrix().map((r) => [up(r.role), r.permissions.map((p) => ({ object: p.object, read: up(p.read), write: up(p.write) }))]));
  expect(fixture).toEqual(table);
});
