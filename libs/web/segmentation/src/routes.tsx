import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { SEGMENTATION_NEEDS } from './segmentation-access';

/**
 * Segments (issue 17): the list, the builder (new and edit) and a segment's page. Mounted under
 * the main layout by app/signed-in-routes.tsx; their words come with them (lazy/segments.<lng>.json,
 * with the marketing server messages that hold `server.segmentation.*`).
 */
export const SEGMENTATION_ROUTES: RouteObject[] = [
  guarded('/segments', SEGMENTATION_NEEDS.segments, lazyPage(() => import('./list/segments-page'), 'segments')),
  guarded('/segments/new', SEGMENTATION_NEEDS.segmentWrite, lazyPage(() => import('./builder/segment-builder-page'), 'segments')),
  guarded('/segments/:id/edit', SEGMENTATION_NEEDS.segmentWrite, lazyPage(() => import('./builder/segment-builder-page'), 'segments')),
  guarded('/segments/:id', SEGMENTATION_NEEDS.segments, lazyPage(() => import('./segment/segment-page'), 'segments')),
];

/**
 * The app's top-level "Segments" entry (beside Marketing), for the roles that may read segments; its
 * icon and label are the menu's own (nav.segments), already in the first screen.
 */
export const SEGMENTATION_NAV: NavEntry = { key: 'segments', path: '/segments', needs: SEGMENTATION_NEEDS.segments };
