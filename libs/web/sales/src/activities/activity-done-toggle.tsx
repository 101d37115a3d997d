import { CheckOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { errorMessageOf, UpdateActivityDocument, type ActivityRowFragment } from '@rapport/web-data-access';
import { App, Checkbox, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type ToggleActivity = Pick<ActivityRowFragment, 'id' | 'done' | 'subject' | 'viewerCan'>;

/**
 * Ticks an activity off (or back on) in place; the cache updates the row by id. Only where the
 * activity's `viewerCan` allows it: a row the viewer may only read shows its state, not a box that
 * the API would refuse.
 */
export function ActivityDoneToggle({ activity }: { activity: ToggleActivity }) {
  return activity.viewerCan.complete ? <DoneCheckbox activity={activity} /> : <DoneState activity={activity} />;
}

function DoneState({ activity }: { activity: ToggleActivity }) {
  const { t } = useTranslation();
  const label = activity.done ? t('activities.status.done') : t('activities.status.open');
  return (
    <Typography.Text type="secondary" data-testid={`activity-done-state-${activity.id}`} title={label}>
      {activity.done ? <CheckOutlined aria-label={label} /> : <span aria-label={label} role="img">—</span>}
    </Typography.Text>
  );
}

function DoneCheckbox({ activity }: { activity: ToggleActivity }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [update, { loading }] = useMutation(UpdateActivityDocument, { refetchQueries: ['SalesOverview'] });
  return (
    <Checkbox
      checked={activity.done}
      disabled={loading}
      aria-label={t('activities.markDone', { subject: activity.subject })}
      data-testid={`activity-done-${activity.id}`}
      onChange={(e) => {
        update({ variables: { input: { id: activity.id, done: e.target.checked } } }).catch((err: unknown) => {
          void message.error(errorMessageOf(err) ?? t('errors.generic'));
        });
      }}
    />
  );
}
