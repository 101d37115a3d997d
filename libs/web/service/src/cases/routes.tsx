import type { RouteObject } from 'react-router';
import type { NavEntry } from '@rapport/web-core';

/** The case screens (issue 18): list and page. */
export const CASE_ROUTES: RouteObject[] = [];
export const CASE_NAV: NavEntry[] = [];
