import { LoadingState, useLazyMessages } from '@rapport/web-ui';
import type { ReactNode } from 'react';

/** The template screens' words come with them (lazy/templates.*.json): the page waits for them. */
export function TemplatesGate({ children }: { children: ReactNode }) {
  return useLazyMessages('templates') ? children : <LoadingState />;
}
