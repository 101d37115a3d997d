import { lazy } from 'react';

/** The contact page's portal invitation panel, loaded with the page that shows it (not the app's entry). */
export const PortalInvitePanel = lazy(() => import('./portal-invite-panel'));
