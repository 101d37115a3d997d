import { useQuery } from '@apollo/client/react';
import { ActivitiesDocument, type ActivityRowFragment, type ActivityType } from '@rapport/web-data-access';
import { PageHeader } from '@rapport/web-ui';
import { Card } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@rapport/web-core';
import { ConnectionTable } from '@rapport/web-core';
import { ListToolbar } from '@rapport/web-core';
import { orderByOf, sortFromTable } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { pickedValues, useListState } from '@rapport/web-core';
import { ListEmpty, useSessionUser } from '@rapport/web-core';
import { activityColumns, activityRecordPath } from './activity-columns';
import {
  ACTIVITY_ORDER_FIELDS,
  ACTIVITY_SORT_COLUMNS,
  buildActivityFilter,
  DEFAULT_ACTIVITY_SORT,
  type DoneFilter,
} from './activity-filter';

const PAGE_SIZE = 20;

export function ActivitiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('activities.title'));
  const me = useSessionUser();
  const list = useListState(DEFAULT_ACTIVITY_SORT);
  const [types, setTypes] = useState<ActivityType[]>([]);
  const [done, setDone] = useState<DoneFilter[]>([]);

  const filter = useMemo(
    () => buildActivityFilter({ search: list.search, types, done, ownerId: list.mine ? me.id : undefined }),
    [list.search, types, done, list.mine, me.id],
  );
  const orderBy = useMemo(() => orderByOf(list.sort, ACTIVITY_ORDER_FIELDS), [list.sort]);
  const cursors = useCursorStack(JSON.stringify([filter, orderBy]));
  const { data, previousData, loading, error, refetch } = useQuery(ActivitiesDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });

  return (
    <>
      <PageHeader title={t('activities.title')} subtitle={t('activities.subtitle')} />
      <Card>
        <ListToolbar
          prefix="activities"
          searchText={list.searchText}
          onSearchText={list.setSearchText}
          placeholder={t('activities.searchPlaceholder')}
          mine={list.mine}
          onMine={list.setMine}
        />
        <ConnectionTable<ActivityRowFragment>
          testId="activities-table"
          connection={(data ?? previousData)?.activities}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          columns={activityColumns(t, { sort: list.sort, filters: { types, done }, showLinks: true })}
          cursors={cursors}
          empty={<ListEmpty object="activity" filtered={!!filter} filteredText={t('activities.emptyFiltered')} />}
          rowPath={activityRecordPath}
          onChange={(_p, filters, sorter) => {
            setTypes(pickedValues<ActivityType>(filters, 'type'));
            setDone(pickedValues<DoneFilter>(filters, 'done'));
            list.setSort(sortFromTable(sorter, ACTIVITY_SORT_COLUMNS, DEFAULT_ACTIVITY_SORT));
          }}
        />
      </Card>
    </>
  );
}

export default ActivitiesPage;
