import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * A fresh database cloned from the migrated template that the integration setup prepared.
 * Cloning takes tens of milliseconds, so every test file gets its own clean database.
 */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env['RAPPORT_TEST_PG_ADMIN_URL'];
  const template = process.env['RAPPORT_TEST_TEMPLATE_DB'];
  if (!adminUrl || !template) throw new Error('Integration tests run through jest.int.config.cjs (its global setup starts PostgreSQL).');
  const name = `rapport_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
