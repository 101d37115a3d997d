import { formatDate, formatDateTime, formatMoney } from '@rapport/web-ui';
import { Descriptions, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NONE, orNone } from '../lists/cells';
import { PicklistText } from '../pickers/picklist-select';
import { detailFieldsOf, enumLabelKey, recordFields, type CatalogueField, type RecordTypeName } from './record-catalogue';
import type { TFunction } from 'i18next';

/** Money on records without a currency of their own (an account's revenue) is in the organisation's. */
const ORGANISATION_CURRENCY = 'CNY';

/** A field's value shown by its type: links for web addresses, phones and e-mail, money, dates, enum labels. */
export function FieldValue({ field, value }: { field: CatalogueField; value: unknown }): ReactNode {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return NONE;
  if (field.picklist) return <PicklistText list={field.picklist} value={String(value)} />;
  switch (field.type) {
    case 'emailList':
    case 'phoneList':
      return (value as string[]).join(', ');
    case 'url':
      return (
        <a href={String(value)} target="_blank" rel="noopener noreferrer">
          {String(value)}
        </a>
      );
    case 'phone':
      return <a href={`tel:${String(value)}`}>{String(value)}</a>;
    case 'email':
      return <a href={`mailto:${String(value)}`}>{String(value)}</a>;
    case 'money':
      return orNone(formatMoney(Number(value), ORGANISATION_CURRENCY));
    case 'date':
      return orNone(formatDate(String(value)));
    case 'datetime':
      return orNone(formatDateTime(String(value)));
    case 'boolean':
      return value ? t('common.yes') : t('common.no');
    case 'enum':
      return t(enumLabelKey(field.enumName ?? '', String(value)));
    default:
      return String(value);
  }
}

/**
 * A record's details as label/value rows, from the catalogue. `render` supplies what only the page
 * knows for a field (a reference's name and link, the owner's card); `except` leaves fields out
 * (those in the page header).
 */
export function RecordFieldRows({
  type,
  record,
  render = {},
  except = [],
  testId,
}: {
  type: RecordTypeName;
  record: Record<string, unknown>;
  render?: Record<string, ReactNode>;
  except?: readonly string[];
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid={testId}>
      {/* A reference shows as the record it points at, which only the page has loaded. */}
      {detailFieldsOf(type, except)
        .filter((f) => f.type !== 'reference' || f.name in render)
        .map((f) => (
          <Descriptions.Item key={f.name} label={f.label ? t(f.label) : f.title}>
            {f.name in render ? render[f.name] : <FieldValue field={f} value={record[f.name]} />}
          </Descriptions.Item>
        ))}
    </Descriptions>
  );
}

/**
 * List columns for a record type's plain fields that the list's own columns do not cover
 * (`except`): the list offers them as optional columns, so a field added to the definition can be
 * shown without an edit to the list.
 */
export function catalogueColumns<Row extends object>(type: RecordTypeName, t: TFunction, except: readonly string[]): TableColumnsType<Row> {
  return recordFields(type)
    .filter((f) => f.readable && !except.includes(f.name) && !['id', 'json', 'address', 'reference'].includes(f.type) && f.name !== 'teamId')
    .map((f) => ({
      key: f.name,
      title: f.label ? t(f.label) : f.title,
      render: (_: unknown, row: Row) => <FieldValue field={f} value={(row as Record<string, unknown>)[f.name]} />,
    }));
}

/** Keys of a list's optional columns: the record type's fields its default columns leave out (hidden until shown). */
export function optionalColumnsOf(type: RecordTypeName, defaults: readonly string[]): string[] {
  return recordFields(type)
    .map((f) => f.name)
    .filter((k) => !defaults.includes(k));
}
