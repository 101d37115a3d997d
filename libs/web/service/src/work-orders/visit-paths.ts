import type { Requirement } from '@rapport/web-core';

/** The technician calendar (issue 18 item 9). */
export const VISITS_PATH = '/service/visits';

/** Whoever reads some visits: a technician their own, a dispatcher or manager more (the API narrows the list the same way). */
export const VISITS_NEEDS: Requirement[] = [{ object: 'workOrder', action: 'read' }];
