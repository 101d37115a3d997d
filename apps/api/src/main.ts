import 'reflect-metadata';
import cluster from 'node:cluster';
import { ConfigError, loadConfig } from '@rapport/shared-config';
import { runClusterPrimary } from './cluster';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  if (config.apiProcesses > 1 && cluster.isPrimary) {
    runClusterPrimary(config.apiProcesses, (message) => console.log(JSON.stringify({ service: 'rapport-api', level: 'info', msg: message })));
    return;
  }
  const { createApiApp } = await import('./bootstrap');
  const app = await createApiApp();
  app.enableShutdownHooks();
  await app.listen(config.port, '0.0.0.0');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
