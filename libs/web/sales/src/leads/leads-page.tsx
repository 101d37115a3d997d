import { LeadsDocument, type LeadRowFragment, type LeadSource, type LeadStatus } from '@rapport/web-data-access';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { leadPath } from '@rapport/web-core';
import { ListPage } from '../lists/list-page';
import { useRecordList } from '../lists/use-record-list';
import { LEAD_OPTIONAL_COLUMNS, leadColumns } from './lead-columns';
import { LEAD_ENUM_FIELDS, leadFilterFields } from './lead-filter-fields';
import { buildLeadFilter, DEFAULT_LEAD_SORT, LEAD_ORDER_FIELDS, LEAD_SORT_COLUMNS, type LeadSortColumn } from './lead-filter';
import { LeadFormModal } from './lead-form-modal';

export function LeadsPage() {
  const { t } = useTranslation();
  const fields = useMemo(() => leadFilterFields(t), [t]);
  const page = useRecordList({
    list: 'leads',
    customObject: 'LEAD',
    bulkObject: 'LEAD',
    mergeObject: 'LEAD',
    fields,
    columnFilters: ['status', 'source'],
    columns: (sort, picked) => leadColumns(t, sort, { statuses: picked.status as LeadStatus[], sources: picked.source as LeadSource[] }),
    optionalColumns: LEAD_OPTIONAL_COLUMNS,
    exportEnumFields: LEAD_ENUM_FIELDS,
    defaultSort: DEFAULT_LEAD_SORT,
    sortable: LEAD_SORT_COLUMNS,
    orderFields: LEAD_ORDER_FIELDS,
    filter: ({ search, ownerId, picked }) => buildLeadFilter({ search, ownerId, statuses: picked.status as LeadStatus[], sources: picked.source as LeadSource[] }),
    query: LeadsDocument,
    connection: (data) => data.leads,
  });

  return (
    <ListPage<LeadRowFragment, LeadSortColumn>
      {...page}
      prefix="leads"
      texts={{ title: t('leads.title'), subtitle: t('leads.subtitle'), searchPlaceholder: t('leads.searchPlaceholder'), create: t('leads.create'), emptyFiltered: t('leads.emptyFiltered') }}
      object="lead"
      create={{ testId: 'lead-create', modal: LeadFormModal, path: leadPath }}
      rowPath={(lead) => leadPath(lead.id)}
    />
  );
}

// Default export for the router's lazy route.
export default LeadsPage;
