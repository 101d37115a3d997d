import { errorMessageOf, type TimelineEntryFragment } from '@rapport/web-data-access';
import { EmptyState, formatDateTime, formatRelative } from '@rapport/web-ui';
import { Alert, Button, Card, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  parsePayload,
  TIMELINE_EVENT_TYPES,
  timelineEventColor,
  timelineEventDetail,
  timelineEventLabel,
} from './timeline-labels';
import { useAccountTimeline, useContactTimeline, useLeadTimeline, type TimelineSource } from './use-record-timeline';

function TimelineEvent({ t, entry }: { t: TFunction; entry: TimelineEntryFragment }) {
  const payload = parsePayload(entry.payload);
  const detail = timelineEventDetail(t, entry.type, payload);
  return (
    <Flex vertical gap={2} data-testid={`timeline-event-${entry.type}`}>
      <Typography.Text strong>{timelineEventLabel(t, entry.type)}</Typography.Text>
      {entry.summary ? <Typography.Text>{entry.summary}</Typography.Text> : null}
      {detail ? <Typography.Text type="secondary">{detail}</Typography.Text> : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <time dateTime={entry.occurredAt} title={formatDateTime(entry.occurredAt)}>
          {formatRelative(entry.occurredAt)}
        </time>
        {entry.actor ? ` · ${entry.actor.name}` : ''}
      </Typography.Text>
    </Flex>
  );
}

export interface TimelineViewProps {
  testId: string;
  source: TimelineSource;
  types: string[];
  onTypesChange: (types: string[]) => void;
}

/** The customer 360 stream: newest first, narrowed by event-type chips, paged with "Load more". */
/** Filter tags are buttons: at least 24 px tall (WCAG 2.2 target size), however the row wraps. */
const FILTER_TAG = { minHeight: 24, display: 'inline-flex', alignItems: 'center' } as const;

export function TimelineView({ testId, source, types, onTypesChange }: TimelineViewProps) {
  const { t } = useTranslation();
  const entries = (source.page?.edges ?? [])
    .map((e) => e.node)
    .filter((n) => source.serverFilters || types.length === 0 || types.includes(n.type));
  const toggle = (type: string, on: boolean) =>
    onTypesChange(on ? [...types, type] : types.filter((x) => x !== type));

  let body;
  if (source.error && !source.page) {
    body = (
      <Alert
        type="warning"
        showIcon
        title={errorMessageOf(source.error) ?? t('errors.loadFailed')}
        action={<Button size="small" onClick={source.refetch}>{t('common.retry')}</Button>}
      />
    );
  } else if (!source.page) {
    body = <Skeleton active paragraph={{ rows: 4 }} />;
  } else if (entries.length === 0 && !source.page.pageInfo.hasNextPage) {
    body = <EmptyState compact description={types.length ? t('timeline.emptyFiltered') : t('timeline.empty')} />;
  } else {
    body = (
      <Timeline
        items={entries.map((entry) => ({
          key: entry.id,
          color: timelineEventColor(entry.type, parsePayload(entry.payload)),
          content: <TimelineEvent t={t} entry={entry} />,
        }))}
      />
    );
  }

  return (
    <div data-testid={testId}>
      <Card title={t('timeline.title')} size="small">
        <Flex wrap gap={4} style={{ marginBottom: 16 }} role="group" aria-label={t('timeline.filterLabel')}>
          <Tag.CheckableTag checked={types.length === 0} onChange={() => onTypesChange([])} style={FILTER_TAG} data-testid="timeline-filter-all">
            {t('timeline.allTypes')}
          </Tag.CheckableTag>
          {TIMELINE_EVENT_TYPES.map((type) => (
            <Tag.CheckableTag
              key={type}
              checked={types.includes(type)}
              onChange={(on) => toggle(type, on)}
              style={FILTER_TAG}
              data-testid={`timeline-filter-${type}`}
            >
              {timelineEventLabel(t, type)}
            </Tag.CheckableTag>
          ))}
        </Flex>
        {body}
        {source.page?.pageInfo.hasNextPage ? (
          <Flex justify="center">
            <Button onClick={source.loadMore} loading={source.loadingMore} data-testid="timeline-load-more">
              {t('timeline.loadMore')}
            </Button>
          </Flex>
        ) : null}
      </Card>
    </div>
  );
}

export function AccountTimeline({ id }: { id: string }) {
  const [types, setTypes] = useState<string[]>([]);
  return <TimelineView testId="account-timeline" source={useAccountTimeline(id, types)} types={types} onTypesChange={setTypes} />;
}

export function ContactTimeline({ id }: { id: string }) {
  const [types, setTypes] = useState<string[]>([]);
  return <TimelineView testId="contact-timeline" source={useContactTimeline(id, types)} types={types} onTypesChange={setTypes} />;
}

export function LeadTimeline({ id }: { id: string }) {
  const [types, setTypes] = useState<string[]>([]);
  return <TimelineView testId="lead-timeline" source={useLeadTimeline(id)} types={types} onTypesChange={setTypes} />;
}
