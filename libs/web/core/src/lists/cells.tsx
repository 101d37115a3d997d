import { formatDate, formatDateTime } from '@rapport/web-ui';
import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The "nothing here" mark in tables and descriptions. */
export const NONE: ReactNode = <Typography.Text type="secondary">—</Typography.Text>;

export const orNone = (value: ReactNode): ReactNode =>
  value === null || value === undefined || value === '' ? NONE : value;

export const dateCell = (value: string | null | undefined): ReactNode => formatDate(value) ?? NONE;
export const dateTimeCell = (value: string | null | undefined): ReactNode => formatDateTime(value) ?? NONE;

export const ownerCell = (owner: { name: string } | null | undefined): ReactNode => owner?.name ?? NONE;
