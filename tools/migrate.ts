/** Applies every committed migration to DATABASE_URL (used by the test setup). */
import { createAppDataSource } from '@rapport/platform-registry';
import { loadConfig } from '@rapport/shared-config';

async function main() {
  const url = loadConfig().databaseUrl;
  const ds = createAppDataSource(url, { poolSize: 1 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
