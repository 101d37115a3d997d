import { AppShell, ErrorBoundary } from '@rapport/web-ui';
import { Outlet, useLocation } from 'react-router';
import { GlobalSearch } from './global-search';
import { HeaderLanguageSwitch } from './header-language-switch';
import { NavMenu } from './nav-menu';
import { RouteLoading } from './route-loading';
import { UserMenu } from './user-menu';
import { NotificationBell } from '@rapport/web-leads';
import { LogInboundCallButton } from '@rapport/web-marketing';
import { PresenceSwitch } from '@rapport/web-service';

export function MainLayout() {
  const { pathname } = useLocation();
  return (
    <AppShell
      renderNav={({ onNavigate, collapsed }) => <NavMenu onNavigate={onNavigate} collapsed={collapsed} />}
      headerStart={<GlobalSearch />}
      headerEnd={
        <>
          <PresenceSwitch />
          <LogInboundCallButton />
          <NotificationBell />
          <HeaderLanguageSwitch />
          <UserMenu />
        </>
      }
    >
      <RouteLoading />
      {/* Keyed on the path: a page that crashed must not take the next page down with it. */}
      <ErrorBoundary resetKey={pathname}>
        <Outlet />
      </ErrorBoundary>
    </AppShell>
  );
}
