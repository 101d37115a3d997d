import { ErrorFallback } from '@rapport/web-ui';
import { isRouteErrorResponse } from 'react-router';
import { NotFoundPage } from './not-found-page';

/** The error page proper (route-error-page.tsx loads it on demand): 404s get the not-found page. */
export default function RouteErrorContent({ error }: { error: unknown }) {
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorFallback error={error} />;
}
