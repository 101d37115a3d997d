export * from './roles';
export * from './permissions';
export * from './actor';
export * from './custom-fields';
export * from './timeline';
