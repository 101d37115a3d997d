import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The self-service link in a registrant's mail (cancel, change answers) carries the registration's
 * id signed with a key derived for this use only, so no other Rapport token opens it and it cannot
 * be guessed from an id. No expiry: the link in the confirmation must work until the event.
 */
const LABEL = 'event-registration';
/** The QR code on a confirmation: a key of its own, so a scanned badge never opens the cancel link. */
const CHECK_IN_LABEL = 'event-check-in';
const macWith = (label: string) => (secret: string, id: string) => createHmac('sha256', createHmac('sha256', secret).update(label).digest()).update(id).digest('base64url');
const mac = macWith(LABEL);
const checkInMac = macWith(CHECK_IN_LABEL);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const sign = (mac: (secret: string, id: string) => string) => (id: string, secret: string) => `${id}.${mac(secret, id)}`;
const verify = (mac: (secret: string, id: string) => string) => (token: unknown, secret: string): string | null => {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [id, signature, extra] = token.trim().split('.');
  if (!id || !signature || extra !== undefined || !UUID.test(id)) return null;
  const expected = Buffer.from(mac(secret, id));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
};

/** The self-service link's token: the registration's id, signed for this use only. */
export const signRegistrationToken = sign(mac);
/** The registration id of a genuine token; null for anything else. */
export const verifyRegistrationToken = verify(mac);
/** The check-in code in a confirmation's QR code: the registration's id, signed for check-in only. */
export const signCheckInCode = sign(checkInMac);
/** The registration id of a genuine check-in code; null for anything else (a cancel link's token too). */
export const verifyCheckInCode = verify(checkInMac);
