/** Trimmed text, or null for an empty field: "clear this value" for the API's optional fields. */
export function blankToNull(value: string | null | undefined): string | null {
  const s = value?.trim();
  return s ? s : null;
}

/** Trimmed text, or undefined for an empty field: "leave it out" on create. */
export function blankToUndefined(value: string | null | undefined): string | undefined {
  const s = value?.trim();
  return s ? s : undefined;
}
