// What the app mounts: the service routes and their menu entry.
export { SERVICE_NAV, SERVICE_ROUTES } from './routes';
export { SERVICE_NEEDS } from './service-access';
