import { LoadingState } from '@rapport/web-ui';
import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { usePermissions, type Requirement } from './permissions';

// The explanation (antd's Result and its illustration) loads only for someone it applies to: the
// guard itself is part of every signed-in first load (issue 12).
const NoAccess = lazy(() => import('./no-access').then((m) => ({ default: m.NoAccess })));

/**
 * Route guard from the viewer's grants (`me.permissions`): the menu hides what they may not use,
 * and this covers typed-in URLs and old links with an explained no-access page. The API decides
 * every request anyway.
 */
export function RequirePermission({ needs }: { needs: readonly Requirement[] }) {
  const permissions = usePermissions();
  if (permissions.allows(needs)) return <Outlet />;
  return (
    <Suspense fallback={<LoadingState />}>
      <NoAccess needs={needs} />
    </Suspense>
  );
}
