/**
 * Customer portal logins (issue 19 item 4): what a link is for and how long it lives, and what a
 * password must be. Pure; the portal access service applies them.
 */
export const PORTAL_LINK_PURPOSES = ['verify', 'invite', 'sign-in'] as const;
export type PortalLinkPurpose = (typeof PORTAL_LINK_PURPOSES)[number];

/** A sign-up is confirmed within a day, an invitation taken up within a week, a sign-in link used within a quarter of an hour. */
export const PORTAL_LINK_LIFETIME_MS: Readonly<Record<PortalLinkPurpose, number>> = { verify: 24 * 3_600_000, invite: 7 * 24 * 3_600_000, 'sign-in': 15 * 60_000 };

export const PORTAL_PASSWORD_MIN = 10;
export const PORTAL_PASSWORD_MAX = 200;

/** Why a password is refused, by the field it came in; null when it will do. */
export function portalPasswordProblem(password: string, path: string): { path: string; message: string } | null {
  if (password.length < PORTAL_PASSWORD_MIN || password.length > PORTAL_PASSWORD_MAX) return { path, message: 'must be 10 to 200 characters' };
  if (/^\d+$/.test(password) || new Set(password).size < 4) return { path, message: 'is too easy to guess' };
  return null;
}

/** Whether a stored link is still good for this purpose and nonce at `now`. */
export function linkIsLive(stored: { purpose: string | null; nonce: string | null; expiresAt: Date | null }, wanted: { purpose: PortalLinkPurpose; nonce: string }, now: Date): boolean {
  return stored.purpose === wanted.purpose && stored.nonce === wanted.nonce && stored.expiresAt !== null && stored.expiresAt.getTime() > now.getTime();
}
