import {
  ApiOutlined,
  AimOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  ContactsOutlined,
  CustomerServiceOutlined,
  DollarOutlined,
  FormOutlined,
  FundOutlined,
  NotificationOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ShopOutlined,
  SwapOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { withTestId } from '@rapport/web-ui';
import { Menu, type MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { usePermissions, type NavEntry } from '@rapport/web-core';
import { activeEntry, NAV_ENTRIES, visibleEntries } from './nav-items';

type MenuItem = NonNullable<NonNullable<MenuProps['items']>[number]>;

const ICONS: Record<string, ReactNode> = {
  sales: <FundOutlined />,
  'sales-accounts': <ShopOutlined />,
  'sales-contacts': <ContactsOutlined />,
  'sales-opportunities': <DollarOutlined />,
  'sales-pipeline': <ProjectOutlined />,
  'sales-activities': <CheckSquareOutlined />,
  'sales-handover': <SwapOutlined />,
  leads: <AimOutlined />,
  marketing: <NotificationOutlined />,
  service: <CustomerServiceOutlined />,
  segments: <ClusterOutlined />,
  reports: <BarChartOutlined />,
  admin: <SettingOutlined />,
  'admin-users': <UserOutlined />,
  'admin-teams': <TeamOutlined />,
  'admin-roles': <SafetyCertificateOutlined />,
  'admin-api-keys': <ApiOutlined />,
  'admin-custom-fields': <FormOutlined />,
};

const LABELS: Record<string, (t: TFunction) => string> = {
  sales: (t) => t('nav.sales'),
  'sales-accounts': (t) => t('nav.salesAccounts'),
  'sales-contacts': (t) => t('nav.salesContacts'),
  'sales-opportunities': (t) => t('nav.salesOpportunities'),
  'sales-pipeline': (t) => t('nav.salesPipeline'),
  'sales-activities': (t) => t('nav.salesActivities'),
  'sales-handover': (t) => t('nav.salesHandover'),
  leads: (t) => t('nav.leads'),
  marketing: (t) => t('nav.marketing'),
  service: (t) => t('nav.service'),
  segments: (t) => t('nav.segments'),
  reports: (t) => t('nav.reports'),
  admin: (t) => t('nav.admin'),
  'admin-users': (t) => t('nav.adminUsers'),
  'admin-teams': (t) => t('nav.adminTeams'),
  'admin-roles': (t) => t('nav.adminRoles'),
  'admin-api-keys': (t) => t('nav.adminApiKeys'),
  'admin-custom-fields': (t) => t('nav.adminCustomFields'),
};

function toMenuItem(entry: NavEntry, t: TFunction): MenuItem {
  const text = entry.label?.(t) ?? LABELS[entry.key]?.(t) ?? entry.key;
  const item: MenuItem = {
    key: entry.key,
    icon: ICONS[entry.key] ?? entry.icon,
    // A page is a real link (open in a new tab, copy its address); a group only opens and closes.
    label: entry.children?.length ? text : <Link to={entry.path}>{text}</Link>,
    children: entry.children?.map((child) => toMenuItem(child, t)),
  };
  return withTestId(item, `nav-${entry.key}`);
}

function findPath(entries: NavEntry[], key: string): string | undefined {
  for (const e of entries) {
    if (e.key === key) return e.path;
    const child = e.children && findPath(e.children, key);
    if (child) return child;
  }
  return undefined;
}

export function NavMenu({ onNavigate, collapsed }: { onNavigate: () => void; collapsed: boolean }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = visibleEntries(NAV_ENTRIES, permissions);
  const active = activeEntry(entries, pathname);
  const [openKeys, setOpenKeys] = useState<string[]>(active.parentKey ? [active.parentKey] : []);

  // Arriving at /admin/… from a link or search opens the Admin group so the lit item is visible.
  useEffect(() => {
    if (active.parentKey) setOpenKeys((keys) => (keys.includes(active.parentKey!) ? keys : [...keys, active.parentKey!]));
  }, [active.parentKey]);

  return (
    <Menu
      mode="inline"
      aria-label={t('nav.label')}
      selectedKeys={active.key ? [active.key] : []}
      {...(collapsed ? {} : { openKeys, onOpenChange: setOpenKeys })}
      items={entries.map((e) => toMenuItem(e, t))}
      onClick={({ key, domEvent }) => {
        // A click on the link navigates by itself (or opens a tab with Ctrl/⌘); Enter on the item does not.
        const onLink = domEvent.target instanceof Element && domEvent.target.closest('a') !== null;
        const path = findPath(entries, key);
        if (path && !onLink) navigate(path);
        onNavigate();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
