import type { ContactRowFragment } from '@rapport/web-data-access';
import { Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { dateCell, NONE, orNone, ownerCell } from '@rapport/web-core';
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

export function contactColumns(t: TFunction, { sort, accountFilter, showAccount = true }: ContactColumnOptions = {}): TableColumnsType<ContactRowFragment> {
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
    { key: 'owner', title: t('common.owner'), render: (_: unknown, c) => ownerCell(c.owner) },
    // On a record page's related list the record's timeline already says when each was added or changed.
    ...(showAccount
      ? [
          { key: 'createdAt', title: t('common.created'), dataIndex: 'createdAt', ...sortable('createdAt', 'descend'), render: dateCell },
          { key: 'updatedAt', title: t('common.updated'), dataIndex: 'updatedAt', ...sortable('updatedAt', 'descend'), render: dateCell },
        ]
      : []),
  ];
}
