import 'reflect-metadata';
import { ConfigError, loadConfig } from '@rapport/shared-config';

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
  const { createApiApp } = await import('./bootstrap');
  const app = await createApiApp();
  app.enableShutdownHooks();
  await app.listen(config.port, '0.0.0.0');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
