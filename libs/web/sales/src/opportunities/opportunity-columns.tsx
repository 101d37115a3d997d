import type { OpportunityRowFragment, PipelinesQuery } from '@rapport/web-data-access';
import { formatMoney } from '@rapport/web-ui';
import { Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { catalogueColumns, dateCell, NONE, optionalColumnsOf, orNone, ownerColumn } from '@rapport/web-core';
import { sortableColumn, type ListSort } from '@rapport/web-core';
import { accountPath, opportunityPath } from '@rapport/web-core';
import type { DealState, OpportunitySortColumn } from './opportunity-filter';
import { StageTag } from './stage-tag';

export interface OpportunityColumnOptions {
  sort?: ListSort<OpportunitySortColumn>;
  filters?: { stageIds: string[]; states: DealState[]; pipelines: PipelinesQuery['pipelines'] };
  showAccount?: boolean;
}

/**
 * The deal list's default columns (and the fields they show); every further field of the deal is
 * an optional column. The amount column shows the currency too.
 */
const DEFAULT_COLUMNS = ['name', 'account', 'accountId', 'stage', 'stageId', 'state', 'amount', 'currency', 'closeDate', 'owner', 'ownerId', 'createdAt'];

/** Keys of the optional columns of the deal list (hidden until shown in the column chooser). */
export const OPPORTUNITY_OPTIONAL_COLUMNS = optionalColumnsOf('opportunity', DEFAULT_COLUMNS);

/** The deal list's columns: the defaults, and on the list itself (`filters`) every further field of the deal. */
export function opportunityColumns(t: TFunction, options: OpportunityColumnOptions = {}): TableColumnsType<OpportunityRowFragment> {
  const defaults = defaultOpportunityColumns(t, options);
  return options.filters ? [...defaults, ...catalogueColumns<OpportunityRowFragment>('opportunity', t, DEFAULT_COLUMNS)] : defaults;
}

function defaultOpportunityColumns(
  t: TFunction,
  { sort, filters, showAccount = true }: OpportunityColumnOptions,
): TableColumnsType<OpportunityRowFragment> {
  const sortable = (column: OpportunitySortColumn, first: 'ascend' | 'descend') => sortableColumn(sort, column, first);
  const many = (filters?.pipelines.length ?? 0) > 1;
  return [
    {
      key: 'name',
      title: t('fields.name'),
      ...sortable('name', 'ascend'),
      render: (_: unknown, o) => (
        <Link to={opportunityPath(o.id)}>
          <Typography.Text strong>{o.name}</Typography.Text>
        </Link>
      ),
    },
    ...(showAccount
      ? [
          {
            key: 'account',
            title: t('fields.account'),
            render: (_: unknown, o: OpportunityRowFragment) => (o.account ? <Link to={accountPath(o.account.id)}>{o.account.name}</Link> : NONE),
          },
        ]
      : []),
    {
      key: 'stage',
      title: t('fields.stage'),
      ...(filters
        ? {
            filters: filters.pipelines.flatMap((p) =>
              p.stages.map((s) => ({ text: many ? `${p.name} · ${s.name}` : s.name, value: s.id })),
            ),
            filteredValue: filters.stageIds,
          }
        : {}),
      render: (_: unknown, o) => <StageTag stage={o.stage} />,
    },
    ...(filters
      ? [
          {
            key: 'state',
            title: t('opportunities.columns.state'),
            filters: [
              { text: t('opportunities.state.open'), value: 'open' },
              { text: t('opportunities.state.won'), value: 'won' },
              { text: t('opportunities.state.lost'), value: 'lost' },
            ],
            filteredValue: filters.states,
            render: (_: unknown, o: OpportunityRowFragment) =>
              o.stage.isWon ? t('opportunities.state.won') : o.stage.isLost ? t('opportunities.state.lost') : t('opportunities.state.open'),
          },
        ]
      : []),
    {
      key: 'amount',
      title: t('fields.amount'),
      align: 'end',
      ...sortable('amount', 'descend'),
      // An amount is one word: never broken across lines when the column is narrow.
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_: unknown, o) => orNone(formatMoney(o.amount, o.currency)),
    },
    { key: 'closeDate', title: t('fields.closeDate'), dataIndex: 'closeDate', ...sortable('closeDate', 'ascend'), render: dateCell },
    ownerColumn(t),
    // On a record page's related list the record's timeline already says when each was added.
    ...(showAccount ? [{ key: 'createdAt', title: t('common.created'), dataIndex: 'createdAt', ...sortable('createdAt', 'descend'), render: dateCell }] : []),
  ];
}
