import { Component, lazy, Suspense, type ErrorInfo, type ReactNode } from 'react';

// The fallback (antd's Result) loads when something crashed, not with every page (issue 12).
const ErrorFallback = lazy(() => import('./error-fallback').then((m) => ({ default: m.ErrorFallback })));

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
      return (
        <Suspense fallback={null}>
          <ErrorFallback error={this.state.error} onReset={() => this.setState({ error: null })} />
        </Suspense>
      );
    }
    return this.props.children;
  }
}
