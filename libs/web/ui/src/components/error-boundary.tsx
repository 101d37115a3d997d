import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorFallbackProps {
  /** Shown in development only; people get a plain sentence, never a stack trace. */
  error?: unknown;
  onReset?: () => void;
}

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

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Change it (e.g. to the current path) to clear the error when the person navigates away. */
  resetKey?: unknown;
  onError?: (error: unknown, info: ErrorInfo) => void;
}

interface ErrorBoundaryState {
  error: unknown;
  resetKey: unknown;
}

/** React still needs a class for this; keep everything else in function components. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  override render() {
    if (this.state.error) {
      return <ErrorFallback error={this.state.error} onReset={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
