import { DownloadOutlined, FilterOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { CampaignsDocument, type CampaignRowFragment, type CampaignFilter, type CampaignStatus } from '@rapport/web-data-access';
import {
  allOf,
  builderToFilter,
  ConnectionTable,
  countConditions,
  emptyGroup,
  exportUrl,
  FilterBuilder,
  filterFieldsOf,
  ListEmpty,
  ListToolbar,
  orderByOf,
  pickedValues,
  sortFromTable,
  useCursorStack,
  useListState,
  usePageTitle,
  usePermissions,
  useSessionUser,
  type ConnectionTableProps,
  type FilterGroup,
} from '@rapport/web-core';
import { LoadingState, PageHeader, useLazyMessages } from '@rapport/web-ui';
import { Badge, Button, Card, Flex } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { campaignPath } from '../routes';
import { campaignColumns } from './campaign-columns';
import { buildCampaignFilter, CAMPAIGN_ORDER_FIELDS, CAMPAIGN_SORT_COLUMNS, DEFAULT_CAMPAIGN_SORT } from './campaign-filter';
import { CampaignFormModal } from './campaign-form-modal';

const PAGE_SIZE = 20;
// The CSV export (REST) compares these enums by their stored, lower-case values.
const EXPORT_ENUM_FIELDS = ['type', 'status'];

/**
 * The campaign list: search, status column filter, the filter builder over the campaign's fields,
 * server sorting and paging. Leaner than the sales lists (no saved views, column choice or bulk bar:
 * those live in the sales feature, which a feature lib may not use); the CSV export is the API's.
 */
export function CampaignsPage() {
  const { t } = useTranslation();
  usePageTitle(t('campaigns.title'));
  const navigate = useNavigate();
  const me = useSessionUser();
  const canCreate = usePermissions().can('campaign', 'write');
  const list = useListState(DEFAULT_CAMPAIGN_SORT);
  const [statuses, setStatuses] = useState<CampaignStatus[]>([]);
  const [filterOpen, setFilterOpen] = useState(false);
  const [builder, setBuilder] = useState<FilterGroup>(() => emptyGroup());
  const [creating, setCreating] = useState(false);
  const fields = useMemo(() => filterFieldsOf('campaign', t), [t]);

  const filter = allOf<CampaignFilter>([
    buildCampaignFilter({ search: list.search, statuses, ownerId: list.mine ? me.id : undefined }),
    builderToFilter(builder, fields) as CampaignFilter | undefined,
  ]);
  const orderBy = orderByOf(list.sort, CAMPAIGN_ORDER_FIELDS);
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
  const conditions = countConditions(builder, fields);
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
        <Flex gap="small" wrap align="flex-start" justify="space-between">
          <ListToolbar
            prefix="campaigns"
            searchText={list.searchText}
            onSearchText={list.setSearchText}
            placeholder={t('marketing.searchPlaceholder')}
            mine={list.mine}
            onMine={list.setMine}
          />
          <Flex gap="small" wrap>
            <Badge count={conditions} size="small">
              <Button
                icon={<FilterOutlined />}
                type={filterOpen ? 'primary' : 'default'}
                ghost={filterOpen}
                aria-expanded={filterOpen}
                onClick={() => setFilterOpen(!filterOpen)}
                data-testid="list-filters"
              >
                {t('filters.button')}
              </Button>
            </Badge>
            {/* A plain link: the browser streams the file, however long the list, with the session cookie. */}
            <Button icon={<DownloadOutlined />} href={exportUrl('campaigns', filter, EXPORT_ENUM_FIELDS)} download="campaigns.csv" data-testid="list-export">
              {t('lists.exportCsv')}
            </Button>
          </Flex>
        </Flex>
        {filterOpen ? (
          <Card size="small" style={{ marginBottom: 12 }} data-testid="filter-panel">
            <FilterBuilder fields={fields} value={builder} onChange={setBuilder} />
          </Card>
        ) : null}
        <ConnectionTable<CampaignRowFragment>
          testId="campaigns-table"
          connection={shown}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          columns={campaignColumns(t, list.sort, statuses)}
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
