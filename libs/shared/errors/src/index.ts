export * from './app-error';
export * from './message-lookup';
export * from './messages';
export * from './message-translate';
