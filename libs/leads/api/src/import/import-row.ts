import { isEmail } from 'class-validator';
import { LeadSource, LeadStatus, normalizeCompanyName, normalizeEmailAddress, normalizePersonName, normalizePhone } from '@rapport/sales-domain';
import type { LeadImportMatchKind, LeadImportRowError, StagedColumn } from '@rapport/leads-data';
import { LocalizedText, msg } from '@rapport/shared-errors';
import { FIELD_BY_KEY, ImportField, MappingPlan } from './import-fields';

/**
 * Per-row rules, run in Node while the file streams into COPY: validation (with the column and
 * reason the report shows: English plus its catalogue key, so the report reads in any language)
 * and normalisation with the very functions the sales services use, so
 * imported leads match and are matched exactly like leads typed into the app.
 */

/** A row's values by staging column (STAGED_COLUMNS, leads-data: the COPY order). */
export type StagedValues = Record<StagedColumn, string | number | null>;

const IMPORTABLE_STATUSES = Object.values(LeadStatus).filter((s) => s !== LeadStatus.Converted);
const SOURCES = Object.values(LeadSource) as string[];
const MAX_EMPLOYEES = 10_000_000;

export interface PreparedRow {
  values: StagedValues;
  errors: LeadImportRowError[];
}

/**
 * Validates and normalises one data row. Blank rows never get here (the reader skips them); a row
 * with data only in unmapped columns fails the name-or-company rule, so every row is accounted for.
 */
export function prepareRow(cells: readonly (string | null | undefined)[], plan: MappingPlan): PreparedRow {
  const errors: LeadImportRowError[] = [];
  const raw: Partial<Record<ImportField, string>> = {};
  for (const [field, at] of Object.entries(plan.fields) as [ImportField, { index: number; column: string }][]) {
    const v = cells[at.index]?.trim();
    if (!v) continue;
    raw[field] = v;
    const max = FIELD_BY_KEY.get(field)!.maxLength;
    if (v.length > max) errors.push({ column: at.column, value: clip(v), ...reasonOf(msg('leads.importRowTooLong', { max })) });
  }
  const fail = (field: ImportField, reason: LocalizedText) => errors.push({ column: plan.fields[field]?.column ?? field, value: raw[field] ? clip(raw[field]) : null, ...reasonOf(reason) });

  if (!raw.lastName && !raw.company) fail(plan.fields.lastName ? 'lastName' : 'company', msg('leads.importRowNameOrCompany'));
  const email = normalizeEmailAddress(raw.email);
  if (email && !isEmail(email)) fail('email', msg('leads.importRowEmail'));
  const phoneNormalized = normalizePhone(raw.phone);
  if (raw.phone && !phoneIsPlausible(raw.phone, phoneNormalized)) fail('phone', msg('leads.importRowPhone'));
  const source = enumValue(raw.source, SOURCES);
  if (raw.source && !source) fail('source', msg('leads.importRowSource', { values: SOURCES.join(', ') }));
  const status = enumValue(raw.status, IMPORTABLE_STATUSES);
  if (raw.status && !status) fail('status', msg('leads.importRowStatus', { values: IMPORTABLE_STATUSES.join(', ') }));
  const employees = raw.employees ? parseCount(raw.employees) : null;
  if (raw.employees && employees === null) fail('employees', msg('leads.importRowEmployees'));

  const firstName = raw.firstName ?? '';
  const lastName = raw.lastName ?? '';
  const values: StagedValues = {
    first_name: firstName,
    last_name: lastName,
    name_normalized: normalizePersonName(firstName, lastName),
    company: raw.company ?? null,
    company_normalized: normalizeCompanyName(raw.company),
    title: raw.title ?? null,
    email,
    phone: raw.phone ?? null,
    phone_normalized: phoneNormalized,
    source: source ?? LeadSource.Import,
    campaign: raw.campaignSource ?? null,
    status: status ?? LeadStatus.New,
    product_interest: raw.productInterest ?? null,
    country: raw.country ?? null,
    region: raw.region ?? null,
    message: raw.message ?? null,
    employees,
    language: raw.language ?? null,
    errors: errors.length ? JSON.stringify(errors) : null,
    outcome: errors.length ? 'error' : null,
  };
  return { values, errors };
}

/** `normalizePhone` keeps any 6+ digits; a phone column also must not hold words or more digits than E.164 allows. */
function phoneIsPlausible(raw: string, normalized: string | null): boolean {
  if (!normalized) return false;
  // Extensions ("ext. 12", "x12") are common in exported address books; other letters are not a phone.
  if (/[a-z\u00c0-\uffff]/i.test(raw.replace(/\b(ext|x)\.?\s*\d+$/i, ''))) return false;
  return normalized.length - 1 <= 15;
}

/** Enum cells in any case, with spaces or dashes for underscores ("Working", "WORKING"). */
function enumValue<T extends string>(v: string | undefined, allowed: readonly T[]): T | null {
  if (!v) return null;
  const key = v.toLowerCase().replace(/[\s-]+/g, '_');
  return allowed.find((a) => a === key) ?? null;
}

/** "1200", "1,200", "1200.0" (how spreadsheets often export whole numbers). */
function parseCount(v: string): number | null {
  const plain = v.replace(/^(\d{1,3})((,\d{3})+)$/, (_, a: string, b: string) => a + b.replace(/,/g, '')).replace(/\.0+$/, '');
  if (!/^\d+$/.test(plain)) return null;
  const n = Number(plain);
  return n <= MAX_EMPLOYEES ? n : null;
}

/** The report repeats the offending value; a 5,000-character message needn't be repeated whole. */
function clip(v: string): string {
  return v.length > 100 ? `${v.slice(0, 97)}…` : v;
}

/**
 * One line of COPY text format: tab-separated, `\N` for null, and backslash, tab, newline and
 * carriage return escaped, so any cell content (multi-line notes, tabs pasted from Excel) survives.
 */
export function copyLine(values: readonly (string | number | null)[]): string {
  return `${values.map((v) => (v === null ? '\\N' : escapeCopy(String(v)))).join('\t')}\n`;
}

function escapeCopy(s: string): string {
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** A reason as the row stores it: the English sentence and, for other languages, its key and params. */
function reasonOf(text: LocalizedText): Pick<LeadImportRowError, 'reason' | 'messageKey' | 'params'> {
  return { reason: text.message, messageKey: text.messageKey, ...(text.params ? { params: text.params } : {}) };
}

/** Why a row was reported as a duplicate, in the words of the report (English, with its catalogue key). */
export function duplicateReason(kind: LeadImportMatchKind, on: string | null, matchRow: number | null): LocalizedText {
  const phone = on === 'phone';
  const row = matchRow ?? 0;
  switch (kind) {
    case 'row':
      if (!on) return msg('leads.importDuplicateRow', { row });
      return phone ? msg('leads.importDuplicateRowPhone', { row }) : msg('leads.importDuplicateRowEmail', { row });
    case 'lead':
      return phone ? msg('leads.importDuplicateLeadPhone') : msg('leads.importDuplicateLeadEmail');
    case 'lead_readonly':
      return phone ? msg('leads.importDuplicateReadonlyPhone') : msg('leads.importDuplicateReadonlyEmail');
    case 'contact':
      return phone ? msg('leads.importDuplicateContactPhone') : msg('leads.importDuplicateContactEmail');
  }
}
