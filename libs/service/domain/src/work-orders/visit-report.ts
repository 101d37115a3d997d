/**
 * What a visit report and proposed slots may hold (issue 18 item 7): checked here, each problem by
 * path, so the API answers hostile input with field errors instead of storing it.
 */
export const SIGNATURE_MAX_BYTES = 200_000;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface Problem {
  path: string;
  message: string;
}

/**
 * A signature image from base64: a PNG (by its magic bytes and IHDR, not by what the client says),
 * within the size cap. Returns the bytes, or the problem.
 */
export function signaturePng(base64: string, path: string): { png: Buffer } | { problem: Problem } {
  const clean = base64.replace(/^data:image\/png;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return { problem: { path, message: 'The signature must be a PNG image in base64.' } };
  // Refuse before decoding when the text alone is already over the cap.
  if ((clean.length / 4) * 3 > SIGNATURE_MAX_BYTES + 2) return { problem: { path, message: 'The signature image is larger than 200 KB.' } };
  const png = Buffer.from(clean, 'base64');
  if (png.length > SIGNATURE_MAX_BYTES) return { problem: { path, message: 'The signature image is larger than 200 KB.' } };
  if (png.length < 33 || !png.subarray(0, 8).equals(PNG_MAGIC) || png.subarray(12, 16).toString('latin1') !== 'IHDR') return { problem: { path, message: 'The signature must be a PNG image.' } };
  return { png };
}

export interface PartLine {
  part: string;
  quantity: number;
}

export const PARTS_MAX = 100;

export function partsProblems(parts: readonly PartLine[], path: string): Problem[] {
  const out: Problem[] = [];
  if (parts.length > PARTS_MAX) out.push({ path, message: 'At most 100 part lines.' });
  parts.slice(0, PARTS_MAX).forEach((p, i) => {
    if (!p.part.trim()) out.push({ path: `${path}.${i}.part`, message: 'Name the part.' });
    if (!Number.isFinite(p.quantity) || p.quantity <= 0 || p.quantity > 100_000) out.push({ path: `${path}.${i}.quantity`, message: 'The quantity must be more than 0.' });
  });
  return out;
}

export interface Slot {
  start: Date;
  end: Date;
}

export const SLOTS_MAX = 5;
/** A visit slot is between a quarter of an hour and a working day. */
const SLOT_MIN_MS = 15 * 60_000;
const SLOT_MAX_MS = 12 * 3600_000;

/** Proposed slots: one to five, each in the future, of a sensible length, none overlapping another. */
export function slotProblems(slots: readonly Slot[], now: Date, path: string): Problem[] {
  const out: Problem[] = [];
  if (slots.length === 0) out.push({ path, message: 'Propose at least one time slot.' });
  if (slots.length > SLOTS_MAX) out.push({ path, message: 'Propose at most 5 time slots.' });
  slots.slice(0, SLOTS_MAX).forEach((s, i) => {
    const ms = s.end.getTime() - s.start.getTime();
    if (s.start.getTime() <= now.getTime()) out.push({ path: `${path}.${i}.start`, message: 'A proposed slot must be in the future.' });
    else if (ms < SLOT_MIN_MS || ms > SLOT_MAX_MS) out.push({ path: `${path}.${i}.end`, message: 'A slot lasts between 15 minutes and 12 hours.' });
    else if (slots.slice(0, i).some((o) => o.start < s.end && s.start < o.end)) out.push({ path: `${path}.${i}.start`, message: 'This slot overlaps another one.' });
  });
  return out;
}

/**
 * Why a proposed slot cannot be confirmed by the customer now (null: it can). Confirming the slot
 * already confirmed is fine (the link clicked twice); another one after that is refused: moving a
 * confirmed visit goes through the service desk.
 */
export function confirmationProblem(
  w: { status: string; slots: readonly Slot[]; confirmedSlot: number | null },
  slot: number,
  now: Date,
): { code: 'not_found' | 'conflict' | 'gone'; message: string } | null {
  if (!Number.isInteger(slot) || slot < 0 || slot >= w.slots.length) return { code: 'not_found', message: 'This time slot was not proposed.' };
  if (w.confirmedSlot === slot) return null;
  if (w.status === 'cancelled' || w.status === 'done') return { code: 'gone', message: 'This visit is no longer planned.' };
  if (w.confirmedSlot !== null) return { code: 'conflict', message: 'Another time was already confirmed for this visit; please contact us to change it.' };
  if (w.slots[slot]!.start.getTime() <= now.getTime()) return { code: 'gone', message: 'This time slot has passed.' };
  return null;
}

/**
 * Whether the contract's visits are used up (a warning, not a refusal: ADR 0023). Null: the contract
 * does not count visits, or there is no contract.
 */
export function visitsLeft(e: { visitsTotal: number | null; visitsUsed: number } | null): number | null {
  return e && e.visitsTotal !== null ? e.visitsTotal - e.visitsUsed : null;
}

/** Something to know about a visit change that did not stop it: a code readers translate, and the English. */
export interface VisitWarning {
  code: 'visits_used_up';
  message: string;
}

/** The contract's visits are used up (left ≤ 0 when scheduling, < 0 once this visit is counted). */
export const VISITS_USED_UP: VisitWarning = { code: 'visits_used_up', message: 'The contract’s visits are used up; this visit counts beyond them.' };
