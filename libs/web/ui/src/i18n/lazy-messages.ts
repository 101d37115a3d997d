import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from './i18n';
import type { Messages } from './messages';

/**
 * Messages only a feature's lazily loaded pages use (lazy/<area>.<lng>.json): they come with the
 * pages, not in the language bundle every first screen downloads (issue 12's first-load budget).
 * Each file has top-level keys of its own; resources.ts merges them in for the tests that compare
 * languages, so they are checked like every other message.
 */
const FILES = import.meta.glob<Messages>('./lazy/*.json', { import: 'default' });

export type LazyMessageArea = 'marketing' | 'campaign-bulk' | 'exchange-rates' | 'consent' | 'revenue' | 'mailings' | 'templates' | 'roles' | 'nurtures' | 'picklists' | 'visitors' | 'events' | 'segments' | 'customer-value' | 'strategies' | 'lead-intake' | 'server-marketing' | 'service' | 'service-setup' | 'server-service' | 'portal' | 'knowledge' | 'csat';

/**
 * Other areas whose messages an area's screens show too, loaded with it (an area can map to
 * several files): marketing's screens show marketing's server errors (lazy/server-marketing), and
 * segments', customer value's, strategies' and order imports' errors (`server.segmentation.*`) are
 * in that file too. The segment builder and a segment's rule name RFM cells and churn bands with
 * the customer value screens' words (customerValue.cells/bands), so segments brings customer value.
 */
const MARKETING_SERVER: LazyMessageArea = 'server-marketing';
const COMPANIONS_OF: Partial<Record<LazyMessageArea, readonly LazyMessageArea[]>> = {
  ...Object.fromEntries((['marketing', 'campaign-bulk', 'consent', 'mailings', 'templates', 'nurtures', 'events', 'visitors', 'customer-value', 'strategies'] as string[]).map((a) => [a, [MARKETING_SERVER]])),
  segments: [MARKETING_SERVER, 'customer-value'],
  // The case screens show the service domain's server errors (`server.service.*`).
  service: ['server-service'],
  'service-setup': ['server-service'],
  // The customer portal (issue 19 item 4) shows the service domain's server errors too.
  portal: ['server-service'],
  // The knowledge base's staff screens (issue 19 items 3, 7) show the service domain's server errors.
  knowledge: ['server-service'],
  // Satisfaction (issue 19 item 5) names channels in the service area's words and shows its server errors.
  csat: ['service', 'server-service'],
};

const loaded = new Set<string>();

function loadedKey(area: LazyMessageArea, language: string): string {
  return `${area}:${language}`;
}

/** Adds an area's messages in a language to i18next (once); resolves when they are there. */
export async function loadLazyMessages(area: LazyMessageArea, language: string): Promise<void> {
  const key = loadedKey(area, language);
  // A domain's server messages (its errors, in lazy/server-<domain>.<lng>.json) and any other
  // area its screens borrow words from come with its screens, before it counts as loaded.
  const companions = (COMPANIONS_OF[area] ?? []).filter((c) => !loaded.has(loadedKey(c, language)));
  await Promise.all(companions.map((c) => loadLazyMessages(c, language)));
  if (loaded.has(key)) return;
  const load = FILES[`./lazy/${area}.${language}.json`];
  if (!load) return;
  const messages = await load();
  i18n.addResourceBundle(language, 'translation', messages, true, false);
  loaded.add(key);
}

/**
 * Whether an area's messages are in for the current language; loads them (again after a language
 * switch) and re-renders when they arrive. A page shows its loading state until then.
 */
export function useLazyMessages(area: LazyMessageArea): boolean {
  const { i18n: instance } = useTranslation();
  const language = instance.language;
  const [, setArrived] = useState('');
  useEffect(() => {
    let live = true;
    void loadLazyMessages(area, language).then(() => {
      if (live) setArrived(loadedKey(area, language));
    });
    return () => {
      live = false;
    };
  }, [area, language]);
  return loaded.has(loadedKey(area, language));
}

/**
 * Renders `children` once an area's messages are in (see useLazyMessages), a loading state until
 * then: what a lazily loaded page or panel wraps itself in when its words come with it.
 */
export function LazyMessagesGate({ area, children, fallback = null }: { area: LazyMessageArea; children: ReactNode; fallback?: ReactNode }) {
  return useLazyMessages(area) ? children : fallback;
}
