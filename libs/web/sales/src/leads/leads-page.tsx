import { useQuery } from '@apollo/client/react';
import { LeadsDocument, type LeadFilter, type LeadRowFragment, type LeadSource, type LeadStatus } from '@rapport/web-data-access';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { allOf } from '@rapport/web-core';
import { ListPage } from '../lists/list-page';
import { customizableOrderByOf, sortFromTable } from '@rapport/web-core';
import { useListTools } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { pickedValues, useListState } from '@rapport/web-core';
import { leadPath } from '@rapport/web-core';
import { useSessionUser } from '@rapport/web-core';
import { leadColumns } from './lead-columns';
import { LEAD_ENUM_FIELDS, leadFilterFields } from './lead-filter-fields';
import { buildLeadFilter, DEFAULT_LEAD_SORT, LEAD_ORDER_FIELDS, LEAD_SORT_COLUMNS, type LeadSortColumn } from './lead-filter';
import { LeadFormModal } from './lead-form-modal';

const PAGE_SIZE = 20;

export function LeadsPage() {
  const { t } = useTranslation();
  const me = useSessionUser();
  const navigate = useNavigate();
  const list = useListState(DEFAULT_LEAD_SORT);
  const [statuses, setStatuses] = useState<LeadStatus[]>([]);
  const [sources, setSources] = useState<LeadSource[]>([]);
  const [creating, setCreating] = useState(false);

  const orderBy = useMemo(() => customizableOrderByOf(list.sort, LEAD_ORDER_FIELDS), [list.sort]);
  const fields = useMemo(() => leadFilterFields(t), [t]);
  const tools = useListTools<LeadRowFragment, LeadSortColumn>({
    list: 'leads',
    customObject: 'LEAD',
    bulkObject: 'LEAD',
    mergeObject: 'LEAD',
    fields,
    columns: leadColumns(t, list.sort, { statuses, sources }),
    lockedColumns: ['name'],
    exportEnumFields: LEAD_ENUM_FIELDS,
    sort: list.sort,
    setSort: list.setSort,
    defaultSort: DEFAULT_LEAD_SORT,
    sortable: LEAD_SORT_COLUMNS,
    orderBy,
  });
  const filter = useMemo(
    () =>
      allOf<LeadFilter>([
        buildLeadFilter({ search: list.search, statuses, sources, ownerId: list.mine ? me.id : undefined }),
        tools.builderFilter as LeadFilter | undefined,
      ]),
    [list.search, statuses, sources, list.mine, me.id, tools.builderFilter],
  );
  const cursors = useCursorStack(JSON.stringify([filter, orderBy]));
  const { data, previousData, loading, error, refetch } = useQuery(LeadsDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });

  return (
    <ListPage<LeadRowFragment, LeadSortColumn>
      prefix="leads"
      texts={{ title: t('leads.title'), subtitle: t('leads.subtitle'), searchPlaceholder: t('leads.searchPlaceholder'), create: t('leads.create'), emptyFiltered: t('leads.emptyFiltered') }}
      object="lead"
      list={list}
      tools={{ tools, refetchQueries: ['Leads'] }}
      filter={filter}
      create={{ testId: 'lead-create', onClick: () => setCreating(true) }}
      connection={(data ?? previousData)?.leads}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      cursors={cursors}
      columns={tools.tableColumns}
      rowSelection={tools.rowSelection}
      rowPath={(lead) => leadPath(lead.id)}
      onChange={(_p, filters, sorter) => {
        setStatuses(pickedValues<LeadStatus>(filters, 'status'));
        setSources(pickedValues<LeadSource>(filters, 'source'));
        list.setSort(sortFromTable(sorter, LEAD_SORT_COLUMNS, DEFAULT_LEAD_SORT));
      }}
    >
      <LeadFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(lead) => {
        setCreating(false);
          navigate(leadPath(lead.id));
        }}
      />
    </ListPage>
  );
}

// Default export for the router's lazy route.
export default LeadsPage;
