export * from './cursor';
export * from './strings';
