import { errorCodeOf, errorMessageOf, retryAfterSecondsOf } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';
import { PortalRequestError } from './portal-api';

/**
 * The sentence for a failed portal request: the server's own (in the person's language) when it
 * answered, the wait when it limited the rate, else ours (no answer from the server at all).
 */
export function portalErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof PortalRequestError) {
    if (error.status === 429 && error.retryAfterSeconds) return t('portal.errors.rateLimited', { seconds: error.retryAfterSeconds });
    return error.message || t('portal.errors.generic');
  }
  const code = errorCodeOf(error);
  if (code === 'RATE_LIMITED') {
    const seconds = retryAfterSecondsOf(error);
    if (seconds) return t('portal.errors.rateLimited', { seconds });
  }
  return (code ? errorMessageOf(error) : undefined) ?? t('portal.errors.generic');
}
