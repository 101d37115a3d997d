import { ErrorState, type ErrorStateProps } from '@rapport/web-ui';

/** The session check's error page, in its own file: require-auth.tsx loads it only when needed. */
export default function SessionFailed(props: ErrorStateProps) {
  return <ErrorState {...props} />;
}
