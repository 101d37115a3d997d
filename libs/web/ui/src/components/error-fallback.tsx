import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ErrorFallbackProps {
  /** Shown in development only; people get a plain sentence, never a stack trace. */
  error?: unknown;
  onReset?: () => void;
}

/** What a crashed page shows instead (ErrorBoundary and the router's error page use it). */
export function ErrorFallback({ error, onReset }: ErrorFallbackProps) {
  const { t } = useTranslation();
  const detail = import.meta.env.DEV && error instanceof Error ? error.message : undefined;
  return (
    <Result
      status="error"
      title={t('errors.crashTitle')}
      subTitle={detail ?? t('errors.crashBody')}
      extra={[
        <Button key="reload" type="primary" icon={<ReloadOutlined />} onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>,
        onReset ? (
          <Button key="reset" onClick={onReset}>
            {t('common.retry')}
          </Button>
        ) : null,
      ]}
    />
  );
}
