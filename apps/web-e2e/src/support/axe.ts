import fs from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * axe-core in the page under test (issue 12: WCAG 2.2 AA). The library's own bundle is evaluated
 * in the page, so what is checked is what Chromium rendered: computed colours, the accessibility
 * tree, focusability. Only the WCAG A and AA rules run (best-practice rules are advice, not the
 * standard), and only critical and serious findings fail a test.
 */
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFinding {
  screen: string;
  rule: string;
  impact: string;
  target: string;
  summary: string;
}

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: AxeNode[];
}

/**
 * Runs axe on the whole document (open dialogs and dropdowns included: antd renders them into
 * body) and returns the critical and serious findings, one per element.
 */
export async function axeFindings(page: Page, screen: string): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, WCAG_TAGS);
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) =>
      v.nodes.map((n) => ({
        screen,
        rule: v.id,
        impact: v.impact ?? '',
        target: n.target.map(String).join(' >> '),
        // The first line of axe's explanation says what is wrong ("Element has insufficient colour contrast of 3.36 …").
        summary: (n.failureSummary ?? '').split('\n').slice(1, 2).join('').trim().slice(0, 160),
      })),
    );
}

/**
 * What axe leaves to its best-practice rules but issue 12 requires of every screen: exactly one
 * `main` landmark and exactly one `h1`, the page's title (WCAG 1.3.1, 2.4.6).
 */
export async function structureFindings(page: Page, screen: string): Promise<AxeFinding[]> {
  const { mains, h1s } = await page.evaluate(() => ({
    mains: document.querySelectorAll('main, [role="main"]').length,
    h1s: [...document.querySelectorAll('h1')].filter((h) => h.getClientRects().length > 0).map((h) => h.textContent ?? ''),
  }));
  const findings: AxeFinding[] = [];
  if (mains !== 1) findings.push({ screen, rule: 'one-main', impact: 'serious', target: 'main', summary: `${mains} main landmarks` });
  if (h1s.length !== 1) findings.push({ screen, rule: 'one-h1', impact: 'serious', target: 'h1', summary: `${h1s.length} h1: ${h1s.join(' | ')}` });
  return findings;
}

/**
 * One line per rule and screen: `screen  rule (impact) ×n  first selectors — why`. A rule that hits
 * every card of a board is one line, not a hundred.
 */
export function formatFindings(findings: readonly AxeFinding[]): string {
  const groups = new Map<string, AxeFinding[]>();
  for (const f of findings) {
    const key = `${f.screen}\u0000${f.rule}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()]
    .map((group) => {
      const first = group[0]!;
      const targets = group.slice(0, 3).map((f) => f.target).join(' | ');
      const more = group.length > 3 ? ` (+${group.length - 3} more)` : '';
      return `${first.screen}  ${first.rule} (${first.impact}) ×${group.length}  ${targets}${more}  — ${first.summary}`;
    })
    .join('\n');
}

/**
 * Waits for finite animations to end (a dialog fading in, a drawer sliding), so colours are judged
 * as people see them once the screen is still, not half-transparent mid-fade (a contrast of 3.59
 * measured on a dialog's text at 60 % opacity was such a false finding). Endless ones (spinners)
 * are not waited for.
 */
async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity), undefined, { timeout: 5000 })
    .catch(() => undefined);
}

/**
 * Collects findings over several screens and fails once at the end with the full list, so one
 * run shows every problem instead of the first.
 */
export class AxeAudit {
  private readonly findings: AxeFinding[] = [];
  readonly screens: string[] = [];

  async check(page: Page, screen: string): Promise<void> {
    this.screens.push(screen);
    await settled(page);
    this.findings.push(...(await structureFindings(page, screen)), ...(await axeFindings(page, screen)));
  }

  /** Throws with the compact list when anything critical or serious was found. */
  assertClean(): void {
    if (this.findings.length === 0) return;
    throw new Error(`axe: ${this.findings.length} critical/serious violation(s) on ${new Set(this.findings.map((f) => f.screen)).size} screen(s):\n${formatFindings(this.findings)}`);
  }
}
