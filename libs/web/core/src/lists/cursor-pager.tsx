import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CursorStack } from './use-cursor-stack';

export interface CursorPagerProps {
  cursors: CursorStack;
  totalCount?: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  loading?: boolean;
}

export function CursorPager({ cursors, totalCount, hasNextPage, endCursor, loading }: CursorPagerProps) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="center" wrap gap="small" style={{ marginTop: 16 }}>
      <Typography.Text type="secondary">
        {totalCount === undefined
          ? t('pager.page', { page: cursors.page })
          : t('pager.pageOfTotal', { page: cursors.page, total: totalCount })}
      </Typography.Text>
      <Flex gap="small">
        <Button
          icon={<LeftOutlined />}
          disabled={!cursors.hasPrevious || loading}
          onClick={cursors.previous}
          data-testid="pager-previous"
        >
          {t('pager.previous')}
        </Button>
        <Button
          disabled={!hasNextPage || !endCursor || loading}
          onClick={() => endCursor && cursors.next(endCursor)}
          data-testid="pager-next"
        >
          {t('pager.next')}
          <RightOutlined />
        </Button>
      </Flex>
    </Flex>
  );
}
