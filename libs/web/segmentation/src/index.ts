// What the app mounts: the segment routes and their menu entry.
export { SEGMENTATION_NAV, SEGMENTATION_ROUTES } from './routes';
export { SEGMENTATION_NEEDS } from './segmentation-access';
