import type { RouteObject } from 'react-router';
import type { NavEntry } from '@rapport/web-core';

/** The service set-up screens (issue 18): business calendars and SLA policies. */
export const SETUP_ROUTES: RouteObject[] = [];
export const SETUP_NAV: NavEntry[] = [];
