import { createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import { AppConfig } from '@rapport/shared-config';

export type QueueBackendKind = 'redis' | 'postgres';

/**
 * Chooses BullMQ's datastore: Redis when REDIS_URL is set (production), otherwise BullMQ's
 * PostgreSQL backend on the app's own database, so a fresh machine needs nothing but npm.
 * See docs/adr/0001-queue-backend.md. The backend factory is process-wide in BullMQ.
 */
export function queueConnection(config: Pick<AppConfig, 'redisUrl' | 'databaseUrl'>): {
  kind: QueueBackendKind;
  connection: Record<string, unknown>;
} {
  if (config.redisUrl) {
    setDefaultBackendFactory();
    const url = new URL(config.redisUrl);
    return {
      kind: 'redis',
      connection: {
        host: url.hostname,
        port: Number(url.port || 6379),
        username: url.username || undefined,
        password: url.password ? decodeURIComponent(url.password) : undefined,
        db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
        tls: url.protocol === 'rediss:' ? {} : undefined,
        // Required by BullMQ workers: blocking commands must not time out.
        maxRetriesPerRequest: null,
      },
    };
  }
  setDefaultBackendFactory(createPostgresBackend as never);
  // pg waits for a new connection forever by default; a bounded wait turns an unreachable server
  // into an error that the callers (relay, schedule keeper, workers) already retry.
  return { kind: 'postgres', connection: { connectionString: config.databaseUrl, schema: 'bullmq', migrate: true, max: 5, connectionTimeoutMillis: 10_000 } };
}
