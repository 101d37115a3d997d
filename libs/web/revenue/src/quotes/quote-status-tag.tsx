import { LockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { QUOTE_STATUS_COLORS, quoteStatusLabel } from '../revenue-labels';

/** A quote's status; accepted quotes also show that they are locked. */
export function QuoteStatusTag({ status, locked, testId }: { status: string; locked?: boolean; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span data-testid={testId}>
      <Tag color={QUOTE_STATUS_COLORS[status] ?? 'default'} data-status={status}>
        {quoteStatusLabel(t, status)}
      </Tag>
      {locked ? (
        <Tag icon={<LockOutlined />} color="default">
          {t('revenue.quotes.locked')}
        </Tag>
      ) : null}
    </span>
  );
}
