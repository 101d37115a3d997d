export * from './cursor';
export * from './strings';
export * from './csv';
export * from './input-hygiene';
export * from './timeout';
