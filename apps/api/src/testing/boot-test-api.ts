import type { INestApplication } from '@nestjs/common';
import { RecordTestContext } from './record-factories';

/**
 * Boots the real API (all modules, guards, filters) in-process on a fresh test database.
 * Settings come from the environment like in production; set before the app modules load.
 */
export async function bootTestApi(env: Record<string, string> = {}): Promise<{ app: INestApplication; ctx: RecordTestContext }> {
  const ctx = await RecordTestContext.create();
  Object.assign(process.env, { DATABASE_URL: ctx.databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'test', ...env });
  const { createApiApp } = await import('../bootstrap');
  const app = await createApiApp();
  await app.init();
  return { app, ctx };
}
