/** The parts of a typed API filter these helpers combine (`AccountFilter`, `LeadFilter`, …). */
interface Combinable<F> {
  and?: F[] | null;
  or?: F[] | null;
}

/** All parts must hold; undefined when nothing narrows the list, the part itself when alone. */
export function allOf<F extends Combinable<F>>(parts: readonly (F | undefined | null)[]): F | undefined {
  const present = parts.filter((p): p is F => Boolean(p));
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return { and: present } as F;
}

/**
 * Quick search: the trimmed text is contained (case-insensitively) in any of the fields.
 * Undefined for blank text.
 */
export function searchAny<F extends Combinable<F>, K extends keyof F>(fields: readonly K[], text: string): F | undefined {
  const q = text.trim();
  if (!q) return undefined;
  return { or: fields.map((field) => ({ [field]: { contains: q } }) as unknown as F) } as F;
}

/** `{ in: values }` for a multi-select column filter; undefined when nothing is picked. */
export function oneOf<V>(values: readonly V[] | null | undefined): { in: V[] } | undefined {
  return values && values.length > 0 ? { in: [...values] } : undefined;
}
