import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@rapport/shared-config';
import { createAppDataSource } from '@rapport/platform-registry';
import { seedDemoData } from './seed/demo-seed';

/**
 * `node dist/server/apps/api/src/cli.js migrate [seed]`: applies committed migrations and, on a
 * database with no users, loads the demo data. Run by `npm start` before the servers start.
 */
async function main() {
  const commands = process.argv.slice(2);
  const ds: DataSource = createAppDataSource(loadConfig().databaseUrl, { applicationName: 'rapport-cli', poolSize: 2 });
  await ds.initialize();
  try {
    if (commands.includes('migrate')) {
      const applied = await ds.runMigrations({ transaction: 'each' });
      console.log(`migrations: ${applied.length} applied`);
    }
    if (commands.includes('seed')) {
      const seeded = await seedDemoData(ds);
      console.log(seeded ? 'demo data: loaded' : 'demo data: already present, left as it is');
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
