import { simpleParser } from 'mailparser';

/**
 * The mail the app sent to `to`, read back from the test SMTP sink (RAPPORT_TEST_INBOX_URL, started by
 * the integration set-up) and parsed by a real MIME parser, oldest first.
 */
export async function sinkInbox(to: string) {
  const base = process.env['RAPPORT_TEST_INBOX_URL'] ?? '';
  const list = ((await (await fetch(`${base}/api/email`)).json()) as { id: string; to: { address: string }[] }[]).filter((m) => m.to.some((t) => t.address === to));
  return Promise.all(list.map(async (m) => simpleParser(await (await fetch(`${base}/api/email/${m.id}/source`)).text())));
}
