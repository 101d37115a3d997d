import type { FieldError } from '@rapport/shared-errors';
import type { LeadImportColumnMapping } from '@rapport/leads-data';
import { LEAD } from '@rapport/sales-domain';
import type { FieldDefinition } from '@rapport/shared-domain';

/** Lead fields a file column can be mapped to. */
export type ImportField = (typeof IMPORTABLE)[number];

const IMPORTABLE = ['firstName', 'lastName', 'company', 'title', 'email', 'phone', 'source', 'campaignSource', 'status', 'productInterest', 'country', 'region', 'message', 'employees', 'language'] as const satisfies readonly (keyof typeof LEAD.fields)[];

export interface ImportFieldSpec {
  key: ImportField;
  /** Lead column it fills (from LEAD). */
  column: string;
  /** LEAD's limit, so an imported lead could have been typed in; a cell's for values parsed from text (enums, numbers). */
  maxLength: number;
  /** Header spellings recognised for the suggested mapping, compared after `headerKey`. */
  synonyms: string[];
}

/** Longest cell taken for a field without a text limit of its own: a source or status name, a number. */
const CELL_MAX: Partial<Record<ImportField, number>> = { source: 40, status: 40, employees: 20 };

const SYNONYMS: Record<ImportField, string[]> = {
  firstName: ['firstname', 'givenname', 'forename', 'first', '名', '名字'],
  lastName: ['lastname', 'surname', 'familyname', 'last', '姓', '姓氏'],
  company: ['company', 'companyname', 'organization', 'organisation', 'account', 'accountname', 'employer', '公司', '公司名称', '公司名稱', '企业', '企業', '单位', '單位'],
  title: ['title', 'jobtitle', 'position', '职位', '職位', '职务', '職務', '头衔', '頭銜'],
  email: ['email', 'emailaddress', 'mail', '邮箱', '郵箱', '电子邮件', '電子郵件', '邮件', '郵件'],
  phone: ['phone', 'phonenumber', 'mobile', 'mobilephone', 'cell', 'tel', 'telephone', '电话', '電話', '手机', '手機', '电话号码', '電話號碼'],
  source: ['source', 'leadsource', '来源', '來源'],
  campaignSource: ['campaign', 'campaignname', '活动', '活動', '营销活动', '行銷活動'],
  status: ['status', 'leadstatus', '状态', '狀態'],
  productInterest: ['productinterest', 'product', 'interest', '产品', '產品', '感兴趣的产品', '感興趣的產品'],
  country: ['country', '国家', '國家'],
  region: ['region', 'state', 'province', '地区', '地區', '省份', '省'],
  message: ['message', 'notes', 'note', 'comment', 'comments', 'description', '备注', '備註', '留言'],
  employees: ['employees', 'employeecount', 'numberofemployees', 'companysize', '员工数', '員工數', '员工人数', '員工人數'],
  language: ['language', 'lang', 'locale', '语言', '語言'],
};

export const IMPORT_FIELDS: ImportFieldSpec[] = IMPORTABLE.map((key) => {
  const field: FieldDefinition = LEAD.fields[key];
  return { key, column: field.column!, maxLength: field.maxLength ?? CELL_MAX[key]!, synonyms: SYNONYMS[key] };
});

export const FIELD_BY_KEY: ReadonlyMap<ImportField, ImportFieldSpec> = new Map(IMPORT_FIELDS.map((f) => [f.key, f]));

/** Header comparison key: width, case, spaces and punctuation folded ("E-mail Address" → "emailaddress"). */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:/()（）]+/g, '');
}

/**
 * Column names people can refer to in a mapping: trimmed headers, an empty header becomes
 * "Column 3", a repeated one "Email (2)", so every column has one unambiguous name.
 */
export function uniqueHeaders(raw: (string | null | undefined)[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = (h ?? '').trim() || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** A first guess at the mapping from the headers; each field is used once, the leftmost column wins. */
export function suggestMapping(columns: string[]): LeadImportColumnMapping[] {
  const taken = new Set<ImportField>();
  const out: LeadImportColumnMapping[] = [];
  for (const column of columns) {
    const key = headerKey(column);
    const field = IMPORT_FIELDS.find((f) => !taken.has(f.key) && (f.synonyms.includes(key) || headerKey(f.key) === key));
    if (field) {
      taken.add(field.key);
      out.push({ column, field: field.key });
    }
  }
  return out;
}

/** A saved mapping fits a file when every column it names is in the file. */
export function mappingFits(mapping: LeadImportColumnMapping[], columns: string[]): boolean {
  const have = new Set(columns);
  return mapping.length > 0 && mapping.every((m) => have.has(m.column));
}

/** Problems with a mapping chosen for a file, with paths into the mutation input. */
export function checkMapping(columns: string[], mapping: LeadImportColumnMapping[], path = 'input.mapping'): FieldError[] {
  const errors: FieldError[] = [];
  const have = new Set(columns);
  const usedColumns = new Set<string>();
  const usedFields = new Set<string>();
  mapping.forEach((m, i) => {
    if (!have.has(m.column)) errors.push({ path: `${path}.${i}.column`, message: `The file has no column "${m.column}".` });
    else if (usedColumns.has(m.column)) errors.push({ path: `${path}.${i}.column`, message: `Column "${m.column}" is mapped twice.` });
    if (!FIELD_BY_KEY.has(m.field as ImportField)) errors.push({ path: `${path}.${i}.field`, message: `Unknown field "${m.field}".` });
    else if (usedFields.has(m.field)) errors.push({ path: `${path}.${i}.field`, message: `Only one column can fill ${m.field}.` });
    usedColumns.add(m.column);
    usedFields.add(m.field);
  });
  if (!usedFields.has('lastName') && !usedFields.has('company')) {
    errors.push({ path, message: 'Map a column to the last name or the company: every lead needs one of them.' });
  }
  return errors;
}

/** The mapping resolved to column positions, computed once per file instead of once per row. */
export interface MappingPlan {
  /** field → index of the column in a row, and the column's name for the report. */
  fields: Partial<Record<ImportField, { index: number; column: string }>>;
}

export function planMapping(columns: string[], mapping: LeadImportColumnMapping[]): MappingPlan {
  const fields: MappingPlan['fields'] = {};
  for (const m of mapping) {
    const index = columns.indexOf(m.column);
    if (index >= 0 && FIELD_BY_KEY.has(m.field as ImportField)) fields[m.field as ImportField] = { index, column: m.column };
  }
  return { fields };
}
