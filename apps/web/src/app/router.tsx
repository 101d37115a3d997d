import { LoadingState } from '@rapport/web-ui';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from '../pages/login/login-page';
import { RouteErrorPage } from '../pages/route-error-page';

const ROOT_ID = 'root';

/**
 * The route tree around `children`: the error page, the fallback shown while the first route's
 * code loads, and the login page. The login page is in the entry chunk (it is small; what it
 * needs of antd every screen needs): no second round trip before it shows. The app starts with
 * no children and adds the signed-in routes (signed-in-routes.tsx) on demand; tests pass them in.
 */
export function appRoutes(children: RouteObject[] = []): RouteObject[] {
  return [
    {
      id: ROOT_ID,
      errorElement: <RouteErrorPage />,
      // Shown while a lazy route's code loads on the very first page of a visit.
      hydrateFallbackElement: <LoadingState fullPage />,
      children: [
        { path: '/login', element: <LoginPage /> },
        ...children,
      ],
    },
  ];
}

let signedIn: Promise<typeof import('./signed-in-app')> | undefined;
const loadSignedInApp = () => (signedIn ??= import('./signed-in-app'));

/**
 * The entry chunk knows only the login route. The first navigation anywhere else (a reload of
 * /sales, or the redirect after signing in) loads the signed-in route tree, with the Apollo client
 * and the providers only it needs (signed-in-app.tsx), and patches it in, so the login page
 * downloads nothing of the app, and no guard or page another area adds to the tree can creep into
 * it (issue 12, docs/performance.md).
 */
export function createAppRouter() {
  let patched = false;
  const router = createBrowserRouter(appRoutes(), {
    async patchRoutesOnNavigation({ patch }) {
      if (patched) return;
      const { signedInTree } = await loadSignedInApp();
      if (patched) return;
      // `router` is assigned by now: this runs on past the first await, after createBrowserRouter returned.
      patch(ROOT_ID, signedInTree(router));
      patched = true;
    },
  });
  return router;
}
