import { formatDate, formatDateTime } from '@rapport/web-ui';
import { Typography, type TableColumnType } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

/** The "nothing here" mark in tables and descriptions. */
export const NONE: ReactNode = <Typography.Text type="secondary">—</Typography.Text>;

export const orNone = (value: ReactNode): ReactNode =>
  value === null || value === undefined || value === '' ? NONE : value;

// A date never breaks at its hyphens when a column is narrow.
const whole = (text: string | undefined): ReactNode => (text ? <span style={{ whiteSpace: 'nowrap' }}>{text}</span> : NONE);

export const dateCell = (value: string | null | undefined): ReactNode => whole(formatDate(value));
export const dateTimeCell = (value: string | null | undefined): ReactNode => whole(formatDateTime(value));

export const ownerCell = (owner: { name: string } | null | undefined): ReactNode => owner?.name ?? NONE;

/** The "Owner" column every record list has: the owner's name, or the dash when nobody owns it. */
export function ownerColumn<T extends { owner?: { name: string } | null }>(t: TFunction): TableColumnType<T> {
  return { key: 'owner', title: t('common.owner'), render: (_: unknown, row: T) => ownerCell(row.owner) };
}
