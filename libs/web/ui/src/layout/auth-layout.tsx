import { Card, Flex, Layout, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { Brand } from './brand';

export interface AuthLayoutProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Top-right corner, e.g. the language switch (people must be able to read the login form). */
  corner?: ReactNode;
  children: ReactNode;
}

export function AuthLayout({ title, subtitle, corner, children }: AuthLayoutProps) {
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      <Flex justify="space-between" align="center" style={{ padding: '16px 24px' }}>
        <Brand />
        {corner}
      </Flex>
      <Flex justify="center" align="flex-start" style={{ flex: 1, padding: '8vh 16px 24px' }}>
        <Card style={{ width: '100%', maxWidth: 400 }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {title}
          </Typography.Title>
          {subtitle ? (
            <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph>
          ) : null}
          {children}
        </Card>
      </Flex>
    </Layout>
  );
}
