import { useEffect } from 'react';

/** Browser tab and history entries name the page, followed by the product. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Rapport` : 'Rapport';
  }, [title]);
}
