export * from './queues';
export * from './backend';
export * from './outbox-relay';
export * from './queue.module';
