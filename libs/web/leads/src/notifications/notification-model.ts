/** What the bell needs from a notification's JSON payload. */
export interface NotificationPayload {
  path?: string;
  importId?: string;
  leadId?: string;
}

export function parsePayload(json: string | null | undefined): NotificationPayload {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const v = value as Record<string, unknown>;
    const str = (x: unknown) => (typeof x === 'string' && x ? x : undefined);
    return { path: str(v['path']), importId: str(v['importId']), leadId: str(v['leadId']) };
  } catch {
    return {};
  }
}

// The server writes lead links as /sales/leads/<id>, but the app shows leads under /leads/<id>.
const RENAMED: [RegExp, string][] = [[/^\/sales\/leads(?=\/|$)/, '/leads']];

/**
 * Where clicking a notification goes: the payload's in-app path (never another site: only
 * single-slash absolute paths), else a page derived from the ids it carries, else nowhere.
 */
export function notificationPath(json: string | null | undefined): string | undefined {
  const p = parsePayload(json);
  if (p.path && p.path.startsWith('/') && !p.path.startsWith('//') && !p.path.includes('\\')) {
    return RENAMED.reduce((path, [from, to]) => path.replace(from, to), p.path);
  }
  if (p.leadId) return `/leads/${encodeURIComponent(p.leadId)}`;
  if (p.importId) return `/leads/import?import=${encodeURIComponent(p.importId)}`;
  return undefined;
}

/** Badge text: exact up to 99, then "99+". */
export const badgeCount = (n: number): string => (n > 99 ? '99+' : String(n));

/** One line of the bell's list: a notification, or a run of unread ones of the same kind. */
export type NoticeEntry<N> = { type: 'single'; notice: N } | { type: 'group'; kind: string; notices: N[] };

/**
 * Collapses consecutive unread notifications of the same kind (ten "New lead for you" in a row)
 * into one entry with a count; read ones and runs shorter than `minimum` stay single, and the
 * list keeps its order (newest first).
 */
export function groupNotices<N extends { kind: string; readAt?: string | null }>(items: readonly N[], minimum = 2): NoticeEntry<N>[] {
  const out: NoticeEntry<N>[] = [];
  let run: N[] = [];
  const flush = () => {
    if (run.length >= minimum) out.push({ type: 'group', kind: run[0]!.kind, notices: run });
    else out.push(...run.map((notice): NoticeEntry<N> => ({ type: 'single', notice })));
    run = [];
  };
  for (const n of items) {
    if (n.readAt || (run.length && run[0]!.kind !== n.kind)) flush();
    if (n.readAt) out.push({ type: 'single', notice: n });
    else run.push(n);
  }
  flush();
  return out;
}
