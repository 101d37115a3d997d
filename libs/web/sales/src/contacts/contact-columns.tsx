import type { ContactRowFragment } from '@rapport/web-data-access';
import { Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { catalogueColumns, dateCell, NONE, orNone, ownerColumn, recordFields } from '@rapport/web-core';
import { sortableColumn, type ListSort } from '@rapport/web-core';
import { accountPath, contactPath } from '@rapport/web-core';
import type { AccountLinkFilter, ContactSortColumn } from './contact-filter';
import { personName } from '@rapport/web-core';

export interface ContactColumnOptions {
  sort?: ListSort<ContactSortColumn>;
  accountFilter?: AccountLinkFilter[];
  /** Off on an account's own page. */
  showAccount?: boolean;
}

/** The contact list's default columns (by key, with the fields they show); every further field is optional. */
const DEFAULT_COLUMNS = ['name', 'firstName', 'lastName', 'title', 'account', 'accountId', 'email', 'emails', 'phone', 'phones', 'owner', 'ownerId', 'createdAt', 'updatedAt'];

/** Keys of the optional columns of the contacts list (hidden until shown in the column chooser). */
export const CONTACT_OPTIONAL_COLUMNS = recordFields('contact')
  .map((f) => f.name)
  .filter((k) => !DEFAULT_COLUMNS.includes(k));

/** The contacts list's columns: the defaults, and on the list itself every further field of the contact as an optional column. */
export function contactColumns(t: TFunction, options: ContactColumnOptions = {}): TableColumnsType<ContactRowFragment> {
  const defaults = defaultContactColumns(t, options);
  return options.showAccount === false ? defaults : [...defaults, ...catalogueColumns<ContactRowFragment>('contact', t, DEFAULT_COLUMNS)];
}

function defaultContactColumns(t: TFunction, { sort, accountFilter, showAccount = true }: ContactColumnOptions): TableColumnsType<ContactRowFragment> {
  const sortable = (column: ContactSortColumn, first: 'ascend' | 'descend') => sortableColumn(sort, column, first);
  return [
    {
      key: 'name',
      title: t('fields.fullName'),
      ...sortable('name', 'ascend'),
      render: (_: unknown, c) => (
        <Link to={contactPath(c.id)}>
          <Typography.Text strong>{personName(c)}</Typography.Text>
        </Link>
      ),
    },
    { key: 'title', title: t('fields.title'), dataIndex: 'title', render: orNone },
    ...(showAccount
      ? [
          {
            key: 'account',
            title: t('fields.account'),
            ...(accountFilter
              ? {
                  filters: [
                    { text: t('contacts.withAccount'), value: 'with' },
                    { text: t('contacts.withoutAccount'), value: 'without' },
                  ],
                  filteredValue: accountFilter,
                }
              : {}),
            render: (_: unknown, c: ContactRowFragment) => (c.account ? <Link to={accountPath(c.account.id)}>{c.account.name}</Link> : NONE),
          },
        ]
      : []),
    { key: 'email', title: t('fields.email'), dataIndex: 'email', render: orNone },
    { key: 'phone', title: t('fields.phone'), render: (_: unknown, c) => orNone(c.phones[0]) },
    ownerColumn(t),
    // On a record page's related list the record's timeline already says when each was added or changed.
    ...(showAccount
      ? [
          { key: 'createdAt', title: t('common.created'), dataIndex: 'createdAt', ...sortable('createdAt', 'descend'), render: dateCell },
          { key: 'updatedAt', title: t('common.updated'), dataIndex: 'updatedAt', ...sortable('updatedAt', 'descend'), render: dateCell },
        ]
      : []),
  ];
}
