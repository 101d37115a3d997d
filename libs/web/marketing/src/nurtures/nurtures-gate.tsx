import { LoadingState, useLazyMessages } from '@rapport/web-ui';
import type { ReactNode } from 'react';

/**
 * The nurture screens' words come with them (lazy/nurtures.*.json); they name campaign member
 * statuses too (lazy/marketing.*.json): the page waits for both.
 */
export function NurturesGate({ children }: { children: ReactNode }) {
  const nurtures = useLazyMessages('nurtures');
  const marketing = useLazyMessages('marketing');
  return nurtures && marketing ? children : <LoadingState />;
}
