import type { RouteObject } from 'react-router';
import { lazyPage } from '@rapport/web-core';

const page = (load: Parameters<typeof lazyPage>[0]) => lazyPage(load, 'portal');

/**
 * The customer portal (issue 19 item 4), mounted by app/signed-in-routes.tsx beside, not inside,
 * the staff layout: its own frame, public pages (sign in, sign up, the mailed links) and the
 * customer's pages behind the portal's gate. Its words come with it (lazy/portal.<lng>.json).
 */
export const PORTAL_ROUTES: RouteObject[] = [
  {
    path: '/portal',
    lazy: async () => ({ Component: (await import('./portal-shell')).PortalShell }),
    children: [
      {
        lazy: async () => ({ Component: (await import('./portal-shell')).PortalPublicFrame }),
        children: [
          { path: 'sign-in', ...page(() => import('./portal-sign-in-page')) },
          { path: 'sign-up', ...page(() => import('./portal-sign-up-page')) },
          { path: 'verify', ...page(() => import('./portal-link-page').then((m) => ({ default: m.PortalVerifyPage }))) },
          { path: 'welcome', ...page(() => import('./portal-link-page').then((m) => ({ default: m.PortalWelcomePage }))) },
          { path: 'sign-in/link', ...page(() => import('./portal-link-page').then((m) => ({ default: m.PortalSignInLinkPage }))) },
        ],
      },
      {
        lazy: async () => ({ Component: (await import('./portal-gate')).PortalGate }),
        children: [
          { index: true, ...page(() => import('./portal-cases-page')) },
          { path: 'cases/:id', ...page(() => import('./portal-case-page')) },
          { path: 'new', ...page(() => import('./portal-new-case-page')) },
          { path: 'help', ...page(() => import('./portal-help-page')) },
          { path: 'help/:id', ...page(() => import('./portal-article-page')) },
        ],
      },
    ],
  },
];
