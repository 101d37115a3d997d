import { Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Primary actions for the page, right-aligned (wrap below the title on narrow screens). */
  extra?: ReactNode;
}

/**
 * The page's one `h1` (WCAG 1.3.1 / 2.4.6: screen-reader users jump to it to learn where they are),
 * drawn at the size of an h3 so the page keeps its proportions. Every page uses this header.
 */
export function PageHeader({ title, subtitle, extra }: PageHeaderProps) {
  const { token } = theme.useToken();
  return (
    <Flex justify="space-between" align="flex-start" wrap gap="middle" style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3, lineHeight: token.lineHeightHeading3 }}>
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
      </div>
      {extra ? <Flex gap="small" wrap>{extra}</Flex> : null}
    </Flex>
  );
}
