import { LoadingState, useLazyMessages } from '@rapport/web-ui';
import type { ReactNode } from 'react';

/**
 * The mailing screens' words come with them (lazy/mailings.*.json), and they name campaign member
 * statuses and campaign things too (lazy/marketing.*.json): the page waits for both.
 */
export function MailingsGate({ children }: { children: ReactNode }) {
  const mailings = useLazyMessages('mailings');
  const marketing = useLazyMessages('marketing');
  return mailings && marketing ? children : <LoadingState />;
}
