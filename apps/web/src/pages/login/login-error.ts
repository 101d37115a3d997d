import { errorCodeOf, errorMessageOf, retryAfterSecondsOf } from '@rapport/web-data-access';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';

export interface LoginErrorView {
  message: string;
  /** Extra line for rate limiting: when the next attempt is allowed. */
  detail?: string;
  /** Epoch ms before which the submit button stays disabled. */
  blockedUntil?: number;
}

/**
 * The server's own sentence is shown for rejected credentials and rate limits (it knows best, and
 * must not reveal which part was wrong); without an answer from the server we say so in our words.
 */
export function describeLoginError(error: unknown, t: TFunction, now = Date.now()): LoginErrorView {
  const code = errorCodeOf(error);
  if (!code) return { message: t('errors.network') };
  const message = errorMessageOf(error) ?? t('login.failed');
  if (code !== 'RATE_LIMITED') return { message };
  const seconds = retryAfterSecondsOf(error);
  if (seconds === undefined) return { message, detail: t('login.retryLater') };
  const blockedUntil = now + seconds * 1000;
  return {
    message,
    detail: t('login.retryAfter', { seconds, time: dayjs(blockedUntil).format('LTS') }),
    blockedUntil,
  };
}
