// Han, Hiragana/Katakana and Hangul: names written in these scripts put the family name first.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/**
 * A person's name as people read it: "Ann Wu", but "王敏" for 王 (family) + 敏 (given). The API's
 * `name` joins given and family name with a space whatever the script, which reads wrongly in
 * Chinese; screens use this instead.
 */
export function personName(p: { firstName?: string | null; lastName?: string | null; name?: string | null }): string {
  const first = p.firstName?.trim() ?? '';
  const last = p.lastName?.trim() ?? '';
  if (!first && !last) return p.name?.trim() ?? '';
  if (CJK.test(first) || CJK.test(last)) return `${last}${first}`;
  return [first, last].filter(Boolean).join(' ');
}
