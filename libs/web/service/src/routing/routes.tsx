import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { ROUTING_NEEDS } from './routing-access';

export const ROUTING_BOARD_PATH = '/service/routing/board';
export const ROUTING_SETUP_PATH = '/service/routing/setup';
export const MY_QUEUE_PATH = '/service/routing/mine';

/**
 * Routing (issue 19 items 1, 2, 7): the supervisors' live board and the queue and rule set-up, for
 * those who read routing (set-up is read-only to them; writers change it). Words: lazy/service.<lng>.json.
 */
export const ROUTING_ROUTES: RouteObject[] = [
  guarded(ROUTING_BOARD_PATH, ROUTING_NEEDS.read, lazyPage(() => import('./board-page'), 'service')),
  guarded(ROUTING_SETUP_PATH, ROUTING_NEEDS.read, lazyPage(() => import('./setup-page'), 'service')),
  guarded(MY_QUEUE_PATH, ROUTING_NEEDS.mine, lazyPage(() => import('./my-queue-page'), 'service')),
];

/** "My queue" (for who takes routed cases), "Queue board" and "Routing queues" in the Service group. */
export const ROUTING_NAV: NavEntry[] = [
  { key: 'service-routing-mine', path: MY_QUEUE_PATH, label: (t) => t('serviceNav.myQueue'), needs: ROUTING_NEEDS.mine },
  { key: 'service-routing-board', path: ROUTING_BOARD_PATH, label: (t) => t('serviceNav.routingBoard'), needs: ROUTING_NEEDS.read },
  { key: 'service-routing-setup', path: ROUTING_SETUP_PATH, label: (t) => t('serviceNav.routingSetup'), needs: ROUTING_NEEDS.read },
];
