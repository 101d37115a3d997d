import { ProjectOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { OpportunitiesDocument, PipelinesDocument, type OpportunityRowFragment } from '@rapport/web-data-access';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkButton, opportunityPath } from '@rapport/web-core';
import { ListPage } from '../lists/list-page';
import { useRecordList } from '../lists/use-record-list';
import { OPPORTUNITY_OPTIONAL_COLUMNS, opportunityColumns } from './opportunity-columns';
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

export function OpportunitiesPage() {
  const { t } = useTranslation();
  const pipelinesQuery = useQuery(PipelinesDocument);
  const pipelines = useMemo(() => pipelinesQuery.data?.pipelines ?? [], [pipelinesQuery.data]);
  const fields = useMemo(() => opportunityFilterFields(t, pipelines), [t, pipelines]);
  const page = useRecordList({
    list: 'opportunities',
    customObject: 'OPPORTUNITY',
    bulkObject: 'OPPORTUNITY',
    fields,
    columnFilters: ['stage', 'state'],
    columns: (sort, picked) => opportunityColumns(t, { sort, filters: { stageIds: picked.stage, states: picked.state as DealState[], pipelines } }),
    optionalColumns: OPPORTUNITY_OPTIONAL_COLUMNS,
    defaultSort: DEFAULT_OPPORTUNITY_SORT,
    sortable: OPPORTUNITY_SORT_COLUMNS,
    orderFields: OPPORTUNITY_ORDER_FIELDS,
    filter: ({ search, ownerId, picked }) => buildOpportunityFilter({ search, ownerId, stageIds: picked.stage, states: picked.state as DealState[], pipelines }),
    query: OpportunitiesDocument,
    connection: (data) => data.opportunities,
  });

  return (
    <ListPage<OpportunityRowFragment, OpportunitySortColumn>
      {...page}
      prefix="opportunities"
      texts={{ title: t('opportunities.title'), subtitle: t('opportunities.subtitle'), searchPlaceholder: t('opportunities.searchPlaceholder'), create: t('opportunities.create'), emptyFiltered: t('opportunities.emptyFiltered') }}
      object="opportunity"
      create={{ testId: 'opportunity-create', modal: OpportunityFormModal, path: opportunityPath }}
      extra={
        <LinkButton to="/sales/pipeline" icon={<ProjectOutlined />} data-testid="opportunities-board">
          {t('pipeline.title')}
        </LinkButton>
      }
      rowPath={(o) => opportunityPath(o.id)}
    />
  );
}

export default OpportunitiesPage;
