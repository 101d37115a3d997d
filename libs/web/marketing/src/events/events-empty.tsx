import { usePermissions } from '@rapport/web-core';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Why the list is empty, honestly: filters that match nothing; no events at all (with "create the
 * first one" for those who may); none this viewer may see (a narrower scope); or a role without events.
 */
export function EventsEmpty({ filtered, onCreate }: { filtered: boolean; onCreate?: () => void }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const scope = permissions.scope('event', 'read');
  let kind: 'filtered' | 'none' | 'notInRole' | 'visible';
  if (filtered) kind = 'filtered';
  else if (scope === 'ALL') kind = 'none';
  else if (scope === 'NONE') kind = 'notInRole';
  else kind = 'visible';
  const text = {
    filtered: t('events.empty.filtered'),
    none: t('events.empty.none'),
    notInRole: t('events.empty.notInRole'),
    visible: t('events.empty.visible'),
  }[kind];
  const create = kind === 'none' && onCreate && permissions.can('event', 'write');
  return (
    <Flex vertical align="center" gap={8} data-testid="events-empty" data-kind={kind}>
      <Typography.Text>{text}</Typography.Text>
      {create ? (
        <Button type="primary" onClick={onCreate} data-testid="event-create-empty">
          {t('events.empty.createFirst')}
        </Button>
      ) : null}
    </Flex>
  );
}
