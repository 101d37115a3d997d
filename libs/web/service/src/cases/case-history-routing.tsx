import type { CasePageQuery } from '@rapport/web-data-access';
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { distributionLabel, formatAge } from '../routing/routing-model';
import { channelLabel } from './case-labels';

type Entry = NonNullable<CasePageQuery['case']>['history'][number];
type Routing = NonNullable<Entry['routing']>;
type Reason = Routing['passedOver'][number]['reason'];

// One literal key per reason so the extractor and the completeness test see them.
export function skipReasonLabel(t: TFunction, r: Reason): string {
  switch (r) {
    case 'NOT_AVAILABLE':
      return t('service.routingHistory.reason.NOT_AVAILABLE');
    case 'LACKS_SKILL':
      return t('service.routingHistory.reason.LACKS_SKILL');
    case 'LANGUAGE':
      return t('service.routingHistory.reason.LANGUAGE');
    case 'AT_CAPACITY':
      return t('service.routingHistory.reason.AT_CAPACITY');
  }
}

const small = { fontSize: 12, display: 'block' } as const;

/**
 * Under a queued or routed history entry: the queue, and for a routed one why that agent — the
 * overflow it came through, the distribution, the load it brought them to, how long it waited and
 * who was passed over and why (issue 19 item 1: "each decision explained on the case"). The API
 * sends these only to who reads routing; without them the entry stays a bare label.
 */
export function RoutingExplanation({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const r = entry.routing;
  if (!r) return entry.queueName ? <Typography.Text type="secondary" style={small} data-testid="case-history-queue">{t('service.routingHistory.queue', { queue: entry.queueName })}</Typography.Text> : null;
  return (
    <span data-testid="case-history-routing" style={{ display: 'block' }}>
      <Typography.Text type="secondary" style={small} data-testid="case-history-queue">
        {t('service.routingHistory.queue', { queue: r.queueName })}
        {r.overflowFromName ? ` · ${t('service.routingHistory.overflow', { queue: r.overflowFromName })}` : null}
      </Typography.Text>
      {r.agentName ? (
        <Typography.Text type="secondary" style={small}>
          {r.distribution ? t('service.routingHistory.agent', { agent: r.agentName, distribution: distributionLabel(t, r.distribution) }) : r.agentName}
        </Typography.Text>
      ) : null}
      {r.load !== null && r.capacity !== null && r.channel ? (
        // The event keeps the load before this case; the agent holds one more now.
        <Typography.Text type="secondary" style={small}>
          {t('service.routingHistory.load', { load: r.load + 1, capacity: r.capacity, channel: channelLabel(t, r.channel) })}
          {r.waitedSeconds !== null ? ` · ${t('service.routingHistory.waited', { age: formatAge(t, r.waitedSeconds) })}` : null}
        </Typography.Text>
      ) : null}
      {r.passedOver.length ? (
        <Typography.Text type="secondary" style={small} data-testid="case-history-passed-over">
          {t('service.routingHistory.passedOver')} {r.passedOver.map((p) => `${p.name} (${skipReasonLabel(t, p.reason)})`).join(', ')}
        </Typography.Text>
      ) : null}
    </span>
  );
}
