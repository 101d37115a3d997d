// What the app mounts: the Sales routes and menu entries.
export * from './routes';
