export * from './enums';
export * from './normalize';
export * from './duplicates';
export * from './pipeline';
export * from './record-actions';
export * from './records';
