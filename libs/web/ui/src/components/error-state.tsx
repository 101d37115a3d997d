import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorStateProps {
  /** What went wrong, in words for a person; the server's message when there is one. */
  message?: ReactNode;
  title?: ReactNode;
  onRetry?: () => void;
}

export function ErrorState({ message, title, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={title ?? t('errors.loadFailed')}
      subTitle={message ?? t('errors.tryAgain')}
      extra={
        onRetry ? (
          <Button icon={<ReloadOutlined />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
