export * from './entities';
export * from './data-source';
export * from './writers';
export * from './query/filter-compiler';
export * from './query/keyset';
export * from './query/visibility';
export * from './database.module';
export * from './query/list-page';
