import { formatDate, formatDateTime } from '@rapport/web-ui';
import { Typography } from 'antd';
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
