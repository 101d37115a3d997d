/**
 * `npm run migration:generate -- <name>`: compares the entities with a scratch database that has
 * every committed migration applied, and writes the difference as a new migration file.
 * Usage: npm run migration:generate -- AddLeadScore [--dir libs/sales/data/src/migrations]
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAppDataSource } from '@rapport/platform-registry';
import { loadConfig } from '@rapport/shared-config';

async function main() {
  const args = process.argv.slice(2);
  const name = args.find((a) => !a.startsWith('--'));
  const dirFlag = args.indexOf('--dir');
  const dir = dirFlag >= 0 ? args[dirFlag + 1] : 'libs/shared/database/src/migrations';
  if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
    console.error('usage: DATABASE_URL=… migration-generate <PascalCaseName> [--dir <folder>]');
    process.exit(2);
  }
  // DATABASE_URL is read and validated by the one config schema.
  const ds = createAppDataSource(loadConfig().databaseUrl);
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (sql.upQueries.length === 0) {
    console.log('No changes: the entities match the migrations.');
    return;
  }
  const ts = Date.now();
  const className = `${name}${ts}`;
  const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
  const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
  const down = sql.downQueries
    .reverse()
    .map((x) => `    await queryRunner.query(${q(x.query)});`)
    .join('\n');
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
  const file = path.join(dir, `${ts}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`);
  fs.writeFileSync(file, body);
  console.log(`Wrote ${file}. Add ${className} to the migrations index of that lib.`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
