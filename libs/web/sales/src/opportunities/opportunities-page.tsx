import { ProjectOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { OpportunitiesDocument, PipelinesDocument, type OpportunityFilter, type OpportunityRowFragment } from '@rapport/web-data-access';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { allOf } from '@rapport/web-core';
import { ListPage } from '../lists/list-page';
import { customizableOrderByOf, sortFromTable } from '@rapport/web-core';
import { useListTools } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { pickedValues, useListState } from '@rapport/web-core';
import { opportunityPath } from '@rapport/web-core';
import { LinkButton, useSessionUser } from '@rapport/web-core';
import { opportunityColumns } from './opportunity-columns';
import { opportunityFilterFields } from './opportunity-filter-fields';
import {
  buildOpportunityFilter,
  DEFAULT_OPPORTUNITY_SORT,
  OPPORTUNITY_ORDER_FIELDS,
  OPPORTUNITY_SORT_COLUMNS,
  type DealState,
  type OpportunitySortColumn,
} from './opportunity-filter';
import { OpportunityFormModal } from './opportunity-form-modal';

const PAGE_SIZE = 20;

export function OpportunitiesPage() {
  const { t } = useTranslation();
  const me = useSessionUser();
  const navigate = useNavigate();
  const list = useListState(DEFAULT_OPPORTUNITY_SORT);
  const [stageIds, setStageIds] = useState<string[]>([]);
  const [states, setStates] = useState<DealState[]>([]);
  const [creating, setCreating] = useState(false);
  const pipelinesQuery = useQuery(PipelinesDocument);
  const pipelines = useMemo(() => pipelinesQuery.data?.pipelines ?? [], [pipelinesQuery.data]);

  const orderBy = useMemo(() => customizableOrderByOf(list.sort, OPPORTUNITY_ORDER_FIELDS), [list.sort]);
  const fields = useMemo(() => opportunityFilterFields(t, pipelines), [t, pipelines]);
  const tools = useListTools<OpportunityRowFragment, OpportunitySortColumn>({
    list: 'opportunities',
    customObject: 'OPPORTUNITY',
    bulkObject: 'OPPORTUNITY',
    fields,
    columns: opportunityColumns(t, { sort: list.sort, filters: { stageIds, states, pipelines } }),
    lockedColumns: ['name'],
    sort: list.sort,
    setSort: list.setSort,
    defaultSort: DEFAULT_OPPORTUNITY_SORT,
    sortable: OPPORTUNITY_SORT_COLUMNS,
    orderBy,
  });
  const filter = useMemo(
    () =>
      allOf<OpportunityFilter>([
        buildOpportunityFilter({ search: list.search, stageIds, states, pipelines, ownerId: list.mine ? me.id : undefined }),
        tools.builderFilter as OpportunityFilter | undefined,
      ]),
    [list.search, stageIds, states, pipelines, list.mine, me.id, tools.builderFilter],
  );
  const cursors = useCursorStack(JSON.stringify([filter, orderBy]));
  const { data, previousData, loading, error, refetch } = useQuery(OpportunitiesDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });

  return (
    <ListPage<OpportunityRowFragment, OpportunitySortColumn>
      prefix="opportunities"
      texts={{ title: t('opportunities.title'), subtitle: t('opportunities.subtitle'), searchPlaceholder: t('opportunities.searchPlaceholder'), create: t('opportunities.create'), emptyFiltered: t('opportunities.emptyFiltered') }}
      object="opportunity"
      list={list}
      tools={{ tools, refetchQueries: ['Opportunities'] }}
      filter={filter}
      create={{ testId: 'opportunity-create', onClick: () => setCreating(true) }}
      extra={
        <LinkButton to="/sales/pipeline" icon={<ProjectOutlined />} data-testid="opportunities-board">
          {t('pipeline.title')}
        </LinkButton>
      }
      connection={(data ?? previousData)?.opportunities}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      cursors={cursors}
      columns={tools.tableColumns}
      rowSelection={tools.rowSelection}
      rowPath={(o) => opportunityPath(o.id)}
      onChange={(_p, filters, sorter) => {
        setStageIds(pickedValues<string>(filters, 'stage'));
        setStates(pickedValues<DealState>(filters, 'state'));
        list.setSort(sortFromTable(sorter, OPPORTUNITY_SORT_COLUMNS, DEFAULT_OPPORTUNITY_SORT));
      }}
    >
      <OpportunityFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(o) => {
        setCreating(false);
          navigate(opportunityPath(o.id));
        }}
      />
    </ListPage>
  );
}

export default OpportunitiesPage;
