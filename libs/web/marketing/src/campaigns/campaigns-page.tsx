import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { CampaignsDocument, type CampaignRowFragment, type CampaignFilter, type CampaignStatus } from '@rapport/web-data-access';
import {
  allOf,
  ConnectionTable,
  customizableOrderByOf,
  filterFieldsOf,
  ListEmpty,
  ListFilterPanel,
  ListToolbar,
  ListToolsBar,
  pickedValues,
  sortFromTable,
  useCursorStack,
  useListState,
  useListTools,
  usePageTitle,
  usePermissions,
  useSessionUser,
  type ConnectionTableProps,
} from '@rapport/web-core';
import { LoadingState, PageHeader, useLazyMessages } from '@rapport/web-ui';
import { Button, Card } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { campaignPath } from '../routes';
import { CAMPAIGN_LOCKED_COLUMNS, campaignColumns } from './campaign-columns';
import { buildCampaignFilter, CAMPAIGN_ORDER_FIELDS, CAMPAIGN_SORT_COLUMNS, DEFAULT_CAMPAIGN_SORT, type CampaignSortColumn } from './campaign-filter';
import { CampaignFormModal } from './campaign-form-modal';

const PAGE_SIZE = 20;
// The CSV export (REST) compares these enums by their stored, lower-case values.
const EXPORT_ENUM_FIELDS = ['type', 'status'];

/**
 * The campaign list, with the working tools of the sales lists (web-core's `useListTools` and
 * `ListToolsBar`): saved views filed under `campaigns` (save, apply, and share for whoever may
 * share views), column choice (the name stays: it opens the campaign), the filter builder over the
 * campaign's fields and custom fields, and the API's CSV export of exactly what is shown. Its own:
 * search, "only mine", the status column filter, server sorting and paging. No row checkboxes:
 * campaigns have no bulk actions.
 */
export function CampaignsPage() {
  const { t } = useTranslation();
  usePageTitle(t('campaigns.title'));
  const navigate = useNavigate();
  const me = useSessionUser();
  const canCreate = usePermissions().can('campaign', 'write');
  const list = useListState<CampaignSortColumn>(DEFAULT_CAMPAIGN_SORT);
  const [statuses, setStatuses] = useState<CampaignStatus[]>([]);
  const [creating, setCreating] = useState(false);
  const fields = useMemo(() => filterFieldsOf('campaign', t), [t]);
  const orderBy = customizableOrderByOf(list.sort, CAMPAIGN_ORDER_FIELDS);
  const tools = useListTools<CampaignRowFragment, CampaignSortColumn>({
    list: 'campaigns',
    customObject: 'CAMPAIGN',
    fields,
    columns: campaignColumns(t, list.sort, statuses),
    lockedColumns: CAMPAIGN_LOCKED_COLUMNS,
    exportEnumFields: EXPORT_ENUM_FIELDS,
    sort: list.sort,
    setSort: list.setSort,
    defaultSort: DEFAULT_CAMPAIGN_SORT,
    sortable: CAMPAIGN_SORT_COLUMNS,
    orderBy,
  });

  const filter = allOf<CampaignFilter>([
    buildCampaignFilter({ search: list.search, statuses, ownerId: list.mine ? me.id : undefined }),
    tools.builderFilter as CampaignFilter | undefined,
  ]);
  const cursors = useCursorStack(JSON.stringify([filter, orderBy]));
  const { data, previousData, loading, error, refetch } = useQuery(CampaignsDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const shown = (data ?? previousData)?.campaigns;
  const onChange: ConnectionTableProps<CampaignRowFragment>['onChange'] = (_p, filters, sorter) => {
    setStatuses(pickedValues<CampaignStatus>(filters, 'status'));
    list.setSort(sortFromTable(sorter, CAMPAIGN_SORT_COLUMNS, DEFAULT_CAMPAIGN_SORT));
  };
  const create = canCreate ? () => setCreating(true) : undefined;

  return (
    <>
      <PageHeader
        title={t('campaigns.title')}
        subtitle={t('marketing.subtitle')}
        extra={
          create ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={create} data-testid="campaign-create">
              {t('marketing.create')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        <ListToolsBar tools={tools} filter={filter} />
        <ListFilterPanel tools={tools} />
        <ListToolbar
          prefix="campaigns"
          searchText={list.searchText}
          onSearchText={list.setSearchText}
          placeholder={t('marketing.searchPlaceholder')}
          mine={list.mine}
          onMine={list.setMine}
        />
        <ConnectionTable<CampaignRowFragment>
          testId="campaigns-table"
          connection={shown}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          columns={tools.tableColumns}
          cursors={cursors}
          empty={
            <ListEmpty
              object="campaign"
              filtered={!!filter}
              filteredText={t('marketing.emptyFiltered')}
              create={create ? { label: t('marketing.create'), onClick: create, testId: 'campaign-create' } : undefined}
            />
          }
          rowPath={(c) => campaignPath(c.id)}
          onChange={onChange}
        />
      </Card>
      <CampaignFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(campaign) => {
          setCreating(false);
          navigate(campaignPath(campaign.id));
        }}
      />
    </>
  );
}

/** The page once its own messages are in (they load with it, not with the language bundle). */
function CampaignsPageRoute() {
  return useLazyMessages('marketing') ? <CampaignsPage /> : <LoadingState />;
}

export default CampaignsPageRoute;
