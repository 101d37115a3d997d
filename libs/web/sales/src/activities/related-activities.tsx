import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { ActivitiesDocument, type ActivityFilter, type ActivityRowFragment } from '@rapport/web-data-access';
import { Button, Card } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionTable } from '@rapport/web-core';
import { orderByOf } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { ListEmpty, useCan } from '@rapport/web-core';
import { activityColumns } from './activity-columns';
import { ACTIVITY_ORDER_FIELDS, DEFAULT_ACTIVITY_SORT } from './activity-filter';
import { LogActivityModal, type ActivityLinks } from './log-activity-modal';

const PAGE_SIZE = 10;

export interface RelatedActivitiesProps {
  /** Which activities belong here, e.g. `{ accountId: { eq: id } }`. */
  scope: ActivityFilter;
  /** What a newly logged activity is linked to. */
  links: ActivityLinks;
  /** False to hide "Log activity" here; it shows only when the viewer's grants allow logging at all. */
  canLog?: boolean;
}

/** A record's activities, newest first, with "Log activity". */
export function RelatedActivities({ scope, links, canLog = true }: RelatedActivitiesProps) {
  const { t } = useTranslation();
  const mayLog = useCan('activity', 'write') && canLog;
  const [logging, setLogging] = useState(false);
  const orderBy = useMemo(() => orderByOf(DEFAULT_ACTIVITY_SORT, ACTIVITY_ORDER_FIELDS), []);
  const filterKey = JSON.stringify(scope);
  const cursors = useCursorStack(filterKey);
  const { data, previousData, loading, error, refetch } = useQuery(ActivitiesDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter: scope, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  return (
    <Card
      size="small"
      title={t('activities.title')}
      extra={
        mayLog ? (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setLogging(true)} data-testid="activity-log-open">
            {t('activities.logOpen')}
          </Button>
        ) : null
      }
    >
      <ConnectionTable<ActivityRowFragment>
        testId="related-activities"
        size="small"
        compactPager
        connection={(data ?? previousData)?.activities}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        columns={activityColumns(t)}
        cursors={cursors}
        empty={<ListEmpty object="activity" filteredText={null} noneText={t('activities.emptyRelated')} />}
      />
      <LogActivityModal open={logging} links={links} onClose={() => setLogging(false)} />
    </Card>
  );
}
