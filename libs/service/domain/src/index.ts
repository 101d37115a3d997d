export * from './sla/sla-clock';
