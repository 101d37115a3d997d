import type { Page } from 'playwright-core';

/** One node of Chromium's accessibility tree: what a screen reader is given. */
export interface ExposedName {
  role: string;
  name: string;
}

interface AXNode {
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
}

/**
 * Every accessible name Chromium computes for the page, from its own accessibility tree (the one
 * assistive technology reads), so aria-hidden subtrees, `display: none` and closed popups are left
 * out exactly as a screen reader leaves them out. Text runs are skipped: their name is the text.
 */
export async function exposedNames(page: Page): Promise<ExposedName[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] };
    return nodes
      .filter((n) => !n.ignored && n.name?.value && !['StaticText', 'InlineTextBox'].includes(n.role?.value ?? ''))
      .map((n) => ({ role: n.role?.value ?? '', name: n.name!.value!.trim() }));
  } finally {
    await cdp.detach();
  }
}

/** Runs of Latin letters in a name ("plus", "close-circle", "legend icon", "Increase Value"). */
const LATIN_RUN = /[A-Za-z](?:[A-Za-z\s-]*[A-Za-z])?/g;

/**
 * Names with English in them that the page does not show: an icon's English name ("plus 新建线索",
 * "down"), a library's built-in English label ("Increase Value", "… legend icon"). Latin words that
 * are on screen are the data (a person's or company's name, an email, a currency code) and pass.
 */
export async function unshownEnglish(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const shown = (run: string) => new RegExp(`(^|[^A-Za-z])${run.replace(/[-\s]+/g, '[-\\s]+')}([^A-Za-z]|$)`).test(text);
  const found = new Set<string>();
  for (const { role, name } of await exposedNames(page)) {
    const runs = name.match(LATIN_RUN) ?? [];
    if (runs.some((run) => !shown(run))) found.add(`${role} "${name}"`);
  }
  return [...found];
}
