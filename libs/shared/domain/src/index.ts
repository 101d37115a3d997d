export * from './roles';
export * from './permissions';
export * from './actor';
export * from './custom-fields';
export * from './timeline';
export * from './record-access';
export * from './localized-names';
