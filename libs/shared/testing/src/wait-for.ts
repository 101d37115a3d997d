/**
 * Polls `check` every `everyMs` until it holds (true) or `ms` have passed (false). Tests of the
 * worker, queues and outbox wait for work done in another process or on a timer; they assert the
 * result, so a timeout shows as the failed expectation rather than a hung test.
 */
export async function waitFor(check: () => Promise<boolean>, ms = 30_000, everyMs = 250): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, everyMs))) {
    if (await check()) return true;
  }
  return false;
}
