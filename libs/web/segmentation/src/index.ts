// What the app mounts: the segment routes and their menu entry.
export { CUSTOMER_VALUE_NAV, SEGMENTATION_NAV, SEGMENTATION_ROUTES } from './routes';
export { SEGMENTATION_NEEDS } from './segmentation-access';
// The customer value panel of the contact and account pages (issue 17), through the record-panel slot.
export { CustomerValuePanel } from './value/lazy-panel';
export type { CustomerValuePanelProps, ValuePanelKind } from './value/value-panel';
