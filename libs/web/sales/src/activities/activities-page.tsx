import { useQuery } from '@apollo/client/react';
import { ActivitiesDocument, type ActivityRowFragment, type ActivityType } from '@rapport/web-data-access';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderByOf, sortFromTable } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { pickedValues, useListState } from '@rapport/web-core';
import { useSessionUser } from '@rapport/web-core';
import { ListPage } from '../lists/list-page';
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
    <ListPage<ActivityRowFragment>
      prefix="activities"
      texts={{ title: t('activities.title'), subtitle: t('activities.subtitle'), searchPlaceholder: t('activities.searchPlaceholder'), emptyFiltered: t('activities.emptyFiltered') }}
      object="activity"
      list={list}
      filter={filter}
      connection={(data ?? previousData)?.activities}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      cursors={cursors}
      columns={activityColumns(t, { sort: list.sort, filters: { types, done }, showLinks: true })}
      rowPath={activityRecordPath}
      onChange={(_p, filters, sorter) => {
        setTypes(pickedValues<ActivityType>(filters, 'type'));
        setDone(pickedValues<DoneFilter>(filters, 'done'));
        list.setSort(sortFromTable(sorter, ACTIVITY_SORT_COLUMNS, DEFAULT_ACTIVITY_SORT));
      }}
    />
  );
}

export default ActivitiesPage;
