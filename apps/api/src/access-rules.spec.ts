import fs from 'node:fs';
import path from 'node:path';

/**
 * Who may do what is decided by the permission table (`scopeFor`, `canAccessRecord`, `reachesUser`,
 * `reachesTeam`), never by comparing an actor's role by name: a role check is a rule the table, the
 * visibility matrix and the admin screen do not know about (issue 10). This keeps new domains honest.
 */
const root = path.resolve(__dirname, '..', '..', '..');

function serverSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || full.includes(`${path.sep}web${path.sep}`) ? [] : serverSources(full);
    return /\.ts$/.test(e.name) && !/\.(spec|int-spec|e2e)\.ts$/.test(e.name) ? [full] : [];
  });
}

it('has no role-name checks on actors outside the permission table', () => {
  const offenders = serverSources(path.join(root, 'libs'))
    .filter((f) => !f.includes(`${path.sep}testing${path.sep}`))
    .flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file: path.relative(root, file), line: i + 1, text: line.trim() }))
        .filter((l) => /actor\.role\s*[!=]==|\.includes\(\s*actor\.role\s*\)/.test(l.text)),
    );
  expect(offenders).toEqual([]);
});
