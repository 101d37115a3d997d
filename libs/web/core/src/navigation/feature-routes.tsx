import type { TFunction } from 'i18next';
import type { ComponentType, ReactNode } from 'react';
import { LazyMessagesGate, LoadingState, type LazyMessageArea } from '@rapport/web-ui';
import type { RouteObject } from 'react-router';
import type { Requirement } from '../session/permissions';
import { RequirePermission } from '../session/require-permission';

/** A menu entry; feature libs export theirs and the app's menu puts them in place. */
export interface NavEntry {
  /** Stable key: menu key and the `nav-<key>` test id. */
  key: string;
  path: string;
  children?: NavEntry[];
  /** What the viewer's grants (`me.permissions`) must allow for the entry to show; the API enforces the same table. */
  needs?: Requirement[];
  /** Feature areas label and decorate their own entries (the core ones are in the app's nav menu). */
  label?: (t: TFunction) => string;
  icon?: ReactNode;
}

/**
 * Feature pages load on first visit: they carry the heavier antd pieces (forms, date picker,
 * tables), charts and drag and drop, which the sign-in page does not need.
 */
export const lazyPage = (load: () => Promise<{ default: ComponentType }>, messages?: LazyMessageArea): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => {
    const Page = (await load()).default;
    if (!messages) return { Component: Page };
    // The page's words come with it (lazy/<area>.<lng>.json), not in every first screen's language bundle.
    return {
      Component: () => (
        <LazyMessagesGate area={messages} fallback={<LoadingState />}>
          <Page />
        </LazyMessagesGate>
      ),
    };
  },
});

/** A page only some grants open; others see an explained "no access" page (the API refuses them anyway). */
export const guarded = (path: string, needs: Requirement[], page: Pick<RouteObject, 'lazy'>): RouteObject => ({
  path,
  element: <RequirePermission needs={needs} />,
  children: [{ index: true, ...page }],
});
