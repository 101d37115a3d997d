import { theme } from 'antd';
import type { ReactNode } from 'react';
import { Brand } from './brand';

export interface AuthLayoutProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Top-right corner, e.g. the language switch (people must be able to read the login form). */
  corner?: ReactNode;
  children: ReactNode;
}

/**
 * The signed-out pages' frame, drawn with plain elements and antd's theme tokens: it looks as
 * antd's Layout, Card and Typography drew it, without downloading them on the first page of every
 * visit (Card alone brings Tabs, Dropdown and Menu: issue 12, docs/performance.md).
 */
export function AuthLayout({ title, subtitle, corner, children }: AuthLayoutProps) {
  const { token } = theme.useToken();
  return (
    // The font antd's App gives the signed-in pages; this page does not load App.
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: token.colorBgLayout,
        color: token.colorText,
        fontFamily: token.fontFamily,
        fontSize: token.fontSize,
        lineHeight: token.lineHeight,
      }}
    >
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '16px 24px' }}>
        <Brand />
        {corner}
      </header>
      {/* The one main landmark and h1 of the signed-out pages (WCAG 1.3.1). */}
      <main style={{ flex: 1, display: 'flex', justifyContent: 'center', alignItems: 'flex-start', padding: '8vh 16px 24px' }}>
        <div
          style={{
            boxSizing: 'border-box',
            width: '100%',
            maxWidth: 400,
            padding: token.paddingLG,
            background: token.colorBgContainer,
            border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadiusLG,
          }}
        >
          <h1
            style={{
              margin: '0 0 0.5em',
              color: token.colorTextHeading,
              fontWeight: token.fontWeightStrong,
              fontSize: token.fontSizeHeading3,
              lineHeight: token.lineHeightHeading3,
              overflowWrap: 'break-word',
            }}
          >
            {title}
          </h1>
          {subtitle ? <p style={{ margin: '0 0 1em', color: token.colorTextDescription }}>{subtitle}</p> : null}
          {children}
        </div>
      </main>
    </div>
  );
}
