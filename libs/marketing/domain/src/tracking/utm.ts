/**
 * The campaign's UTM values on a mailing's web links (issue 15 item 7), so the web analytics
 * credit the visit to the campaign. `medium` is `email` unless said otherwise; empty values are
 * left out.
 */
export interface Utm {
  source: string;
  campaign: string;
  medium?: string;
  content?: string | null;
}

const UTM_KEYS = ['source', 'medium', 'campaign', 'content'] as const;

const paramName = (pair: string) => {
  const name = pair.split('=')[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
};

/**
 * The URL with the UTM parameters it lacks appended. Works on the text, not through URL and
 * URLSearchParams, so the author's query and fragment stay byte for byte as written (a
 * re-serialised query changes `%20` to `+` and can break a signed or picky link). A parameter the
 * author already set, in any letter case, is never overwritten. Anything but an http(s) URL comes
 * back unchanged, and so does a URL that has them all (but for surrounding whitespace).
 */
export function addUtm(written: string, utm: Utm): string {
  if (!/^\s*https?:\/\//i.test(written)) return written;
  // Whitespace around a URL means nothing to a browser, but would split the parameters from it.
  const url = written.trim();
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt < 0 ? '' : beforeHash.slice(queryAt + 1);
  const present = new Set(query.split('&').filter(Boolean).map(paramName));
  const values: Partial<Record<(typeof UTM_KEYS)[number], string | null>> = { ...utm, medium: utm.medium ?? 'email' };
  const added = UTM_KEYS.filter((k) => values[k] && !present.has(`utm_${k}`)).map((k) => `utm_${k}=${encodeURIComponent(values[k]!)}`);
  if (added.length === 0) return url;
  const joiner = queryAt < 0 ? '?' : query === '' || query.endsWith('&') ? '' : '&';
  return `${beforeHash}${joiner}${added.join('&')}${fragment}`;
}
