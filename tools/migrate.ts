/** Applies every committed migration to DATABASE_URL (used by the test setup). */
import { createAppDataSource } from '@rapport/platform-registry';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const ds = createAppDataSource(url, { poolSize: 1 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
