import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@rapport/shared-config';
import { WorkerModule } from './worker.module';

async function main() {
  try {
    loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule);
  app.enableShutdownHooks();
  console.log(JSON.stringify({ level: 'info', service: 'rapport-worker', msg: 'worker started' }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
