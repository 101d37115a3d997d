import { RiseOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { ORDER_IMPORT_PATH, ORDER_NEEDS } from './orders/order-access';
import { SEGMENTATION_NEEDS } from './segmentation-access';
import { CUSTOMER_VALUE_PATH, VALUE_NEEDS } from './value/value-access';

/**
 * Segments (issue 17): the list, the builder (new and edit), a segment's page, the order import. Mounted under
 * the main layout by app/signed-in-routes.tsx; their words come with them (lazy/segments.<lng>.json,
 * with the marketing server messages that hold `server.segmentation.*`).
 */
export const SEGMENTATION_ROUTES: RouteObject[] = [
  guarded('/segments', SEGMENTATION_NEEDS.segments, lazyPage(() => import('./list/segments-page'), 'segments')),
  guarded('/segments/new', SEGMENTATION_NEEDS.segmentWrite, lazyPage(() => import('./builder/segment-builder-page'), 'segments')),
  guarded('/segments/:id/edit', SEGMENTATION_NEEDS.segmentWrite, lazyPage(() => import('./builder/segment-builder-page'), 'segments')),
  guarded('/segments/:id', SEGMENTATION_NEEDS.segments, lazyPage(() => import('./segment/segment-page'), 'segments')),
  // Customer value (issue 17): the RFM grid, the CLV model and its runs, the most valuable customers.
  guarded(CUSTOMER_VALUE_PATH, VALUE_NEEDS.read, lazyPage(() => import('./value/customer-value-page'), 'customer-value')),
  // Orders from files feed RFM, customer value and segments; the page's words are the strategies area's.
  guarded(ORDER_IMPORT_PATH, ORDER_NEEDS.import, lazyPage(() => import('./orders/order-import-page'), 'strategies')),
];

/**
 * The app's top-level "Segments" group (beside Marketing): the segments for the roles that may read
 * them, "Import orders" for those who may write orders. The group's icon and label are the menu's
 * own (nav.segments); the children's labels are in the first screen's words (features/segments-nav).
 */
export const SEGMENTATION_NAV: NavEntry = {
  key: 'segments',
  path: '/segments',
  children: [
    { key: 'segments-all', path: '/segments', label: (t) => t('nav.segments'), needs: SEGMENTATION_NEEDS.segments },
    { key: 'orders-import', path: ORDER_IMPORT_PATH, label: (t) => t('segmentsNav.importOrders'), needs: ORDER_NEEDS.import },
  ],
};

/**
 * "Customer value" beside Segments, for the roles that may read customer value; its label is in
 * the first screen's messages (features/customer-value.<lng>.json), its page's words come with it.
 */
export const CUSTOMER_VALUE_NAV: NavEntry = {
  key: 'customer-value',
  path: CUSTOMER_VALUE_PATH,
  needs: VALUE_NEEDS.read,
  label: (t) => t('customerValueNav.title'),
  icon: <RiseOutlined />,
};
