import { useMutation } from '@apollo/client/react';
import { errorMessageOf, UpdateActivityDocument, type ActivityRowFragment } from '@rapport/web-data-access';
import { App, Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';

/** Ticks an activity off (or back on) in place; the cache updates the row by id. */
export function ActivityDoneToggle({ activity }: { activity: Pick<ActivityRowFragment, 'id' | 'done' | 'subject'> }) {
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
