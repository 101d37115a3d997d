/**
 * Normalisation for matching: two spellings of the same phone, email or company must compare
 * equal, whatever punctuation, spacing, case or legal suffix people typed.
 */
export function normalizePhone(raw: string | null | undefined, defaultCountryCode = '86'): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  let digits = trimmed.replace(/[^\d+]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  const plus = digits.startsWith('+');
  digits = digits.replace(/\+/g, '');
  if (digits.length < 6) return null;
  if (plus) return `+${digits}`;
  // Mainland China mobile numbers: 11 digits starting with 1.
  if (defaultCountryCode === '86' && /^1[3-9]\d{9}$/.test(digits)) return `+86${digits}`;
  // A national number with its trunk prefix 0 (e.g. 021-…): drop the 0, add the country code.
  if (digits.startsWith('0')) return `+${defaultCountryCode}${digits.slice(1)}`;
  return `+${defaultCountryCode}${digits}`;
}

const COMPANY_SUFFIXES = [
  'incorporated',
  'inc',
  'corporation',
  'corp',
  'company',
  'co',
  'limited',
  'ltd',
  'llc',
  'gmbh',
  'plc',
  'group',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '有限責任公司',
  '集团',
  '集團',
  '公司',
];

/** CJK legal suffixes attach without a space (华为技术有限公司). */
function isCjk(text: string): boolean {
  return text.charCodeAt(0) > 0x2e80;
}

/** Lower-case, punctuation-free, legal-suffix-free company name for fuzzy matching. */
export function normalizeCompanyName(name: string | null | undefined): string {
  if (!name) return '';
  let s = name.normalize('NFKC').toLowerCase().replace(/[.,'"()（）&\-_/\\]+/g, ' ').replace(/\s+/g, ' ').trim();
  let changed = true;
  while (changed) {
    changed = false;
    for (const suffix of COMPANY_SUFFIXES) {
      if (s.endsWith(` ${suffix}`) || (isCjk(suffix) && s.endsWith(suffix) && s.length > suffix.length)) {
        s = s.slice(0, s.length - suffix.length).trim();
        changed = true;
      }
    }
  }
  return s;
}

/** Person name for matching: case, width and spacing folded; "Li Na" and "li  na" compare equal. */
export function normalizePersonName(first: string | null | undefined, last: string | null | undefined): string {
  return [first, last]
    .filter(Boolean)
    .join(' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function normalizeEmailAddress(email: string | null | undefined): string | null {
  const e = email?.trim().toLowerCase();
  return e ? e : null;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** How people read a name: Chinese names family name first without a space (王敏), others "First Last". */
export function displayPersonName(first: string | null | undefined, last: string | null | undefined): string {
  const f = first?.trim() ?? '';
  const l = last?.trim() ?? '';
  if (CJK.test(f) && CJK.test(l)) return `${l}${f}`;
  return [f, l].filter(Boolean).join(' ');
}

/** The identity columns of a lead (trimmed values and their normalised search/dedup forms). */
export function leadIdentity(input: { firstName?: string | null; lastName: string; company?: string | null; email?: string | null; phone?: string | null }) {
  const firstName = input.firstName?.trim() ?? '';
  const lastName = input.lastName.trim();
  return {
    firstName,
    lastName,
    nameNormalized: normalizePersonName(firstName, lastName),
    company: input.company?.trim() || null,
    companyNormalized: normalizeCompanyName(input.company),
    email: normalizeEmailAddress(input.email),
    phone: input.phone?.trim() || null,
    phoneNormalized: normalizePhone(input.phone),
  };
}
