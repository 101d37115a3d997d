import { LeftOutlined, MenuOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Layout, theme } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../hooks/use-is-mobile';
import { Brand } from './brand';
import { SkipLink } from './skip-link';

export interface AppShellProps {
  /**
   * The navigation. A function so the shell can close the phone drawer after a choice
   * (the caller wires `onNavigate` into its menu's onClick).
   */
  renderNav: (options: { onNavigate: () => void; collapsed: boolean }) => ReactNode;
  /** Left part of the header, after the menu button (e.g. global search). */
  headerStart?: ReactNode;
  /** Right part of the header (language switch, user menu). */
  headerEnd?: ReactNode;
  children: ReactNode;
}

const SIDER_WIDTH = 220;
/** The target of the skip link: the one `main` landmark of a signed-in page. */
export const MAIN_CONTENT_ID = 'main-content';

export function AppShell({ renderNav, headerStart, headerEnd, children }: AppShellProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const isMobile = useIsMobile();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink target={MAIN_CONTENT_ID} />
      {isMobile ? (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={SIDER_WIDTH + 40}
          title={<Brand />}
          styles={{ body: { padding: 0 } }}
        >
          {renderNav({ onNavigate: () => setDrawerOpen(false), collapsed: false })}
        </Drawer>
      ) : (
        <Layout.Sider
          width={SIDER_WIDTH}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          // antd's own trigger is a bare icon in a div: no name, no keyboard. Its click still
          // toggles; the button inside gives it both.
          trigger={
            <button
              type="button"
              aria-label={collapsed ? t('a11y.expandMenu') : t('a11y.collapseMenu')}
              aria-expanded={!collapsed}
              data-testid="nav-collapse"
              style={{ width: '100%', height: '100%', border: 0, background: 'transparent', color: 'inherit', cursor: 'pointer' }}
            >
              {collapsed ? <RightOutlined /> : <LeftOutlined />}
            </button>
          }
          breakpoint="lg"
          theme="light"
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <div style={{ padding: '16px 20px', height: 64 }}>
            <Brand compact={collapsed} />
          </div>
          {renderNav({ onNavigate: () => undefined, collapsed })}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: isMobile ? 8 : 24,
            // Header's 64px line-height would otherwise stretch inputs placed in it.
            lineHeight: 'normal',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          <Flex align="center" justify="space-between" gap={isMobile ? 'small' : 'middle'} style={{ height: '100%' }}>
            <Flex align="center" gap="small" style={{ flex: 1, minWidth: 0 }}>
              {isMobile ? (
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  aria-label={t('layout.openMenu')}
                  data-testid="nav-open"
                  onClick={() => setDrawerOpen(true)}
                />
              ) : null}
              {headerStart}
            </Flex>
            <Flex align="center" gap={isMobile ? 0 : 'small'} style={{ flexShrink: 0 }}>
              {headerEnd}
            </Flex>
          </Flex>
        </Layout.Header>
        {/* antd renders Content as <main>: the page's only main landmark, focusable for the skip link. */}
        <Layout.Content id={MAIN_CONTENT_ID} tabIndex={-1} style={{ padding: isMobile ? 12 : 24, outline: 'none' }}>
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
