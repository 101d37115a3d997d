import type { CaseMessageFieldsFragment } from '@rapport/web-data-access';
import { formatDateTime } from '@rapport/web-ui';
import { Card, Checkbox, Flex, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseAttachments } from './case-attachments';
import { ChannelIcon, spanText } from './case-labels';

// Who wrote it is told three ways: a word, the side of the thread and the colour of the box.
const LOOK: Record<CaseMessageFieldsFragment['direction'], { tag: string; style: CSSProperties }> = {
  INBOUND: { tag: 'default', style: { background: 'var(--ant-color-fill-quaternary, #fafafa)', borderInlineStart: '4px solid #8c8c8c', marginInlineEnd: '10%' } },
  OUTBOUND: { tag: 'blue', style: { background: 'var(--ant-color-primary-bg, #e6f4ff)', borderInlineStart: '4px solid #1677ff', marginInlineStart: '10%' } },
  INTERNAL: { tag: 'gold', style: { background: '#fffbe6', borderInlineStart: '4px dashed #d48806' } },
};

// One literal key per direction, so the key check sees each of them.
const DIRECTION_LABELS: Record<CaseMessageFieldsFragment['direction'], (t: TFunction) => string> = {
  INBOUND: (t) => t('service.thread.direction.INBOUND'),
  OUTBOUND: (t) => t('service.thread.direction.OUTBOUND'),
  INTERNAL: (t) => t('service.thread.direction.INTERNAL'),
};

function CallDetails({ m }: { m: CaseMessageFieldsFragment }) {
  const { t } = useTranslation();
  const parts = [
    m.direction === 'INBOUND' ? t('service.thread.callIn') : t('service.thread.callOut'),
    m.phoneNumber,
    m.durationSeconds !== null ? spanText(t, m.durationSeconds * 1000) : null,
    m.line ? t('service.thread.line', { line: m.line }) : null,
  ].filter(Boolean);
  return (
    <Typography.Text type="secondary" data-testid="case-call-details">
      {parts.join(' · ')}
    </Typography.Text>
  );
}

/** While the agent splits the case: which messages are ticked to move to the new case. */
export interface ThreadSelection {
  chosen: ReadonlySet<string>;
  toggle: (id: string) => void;
}

function Message({ m, selection }: { m: CaseMessageFieldsFragment; selection?: ThreadSelection }) {
  const { t } = useTranslation();
  const look = LOOK[m.direction];
  const direction = DIRECTION_LABELS[m.direction](t);
  const from = m.direction === 'INBOUND' ? m.fromAddress : m.direction === 'OUTBOUND' && m.toAddresses.length ? t('service.thread.to', { to: m.toAddresses.join(', ') }) : null;
  return (
    <li style={{ listStyle: 'none' }}>
      <article
        data-testid="case-message"
        data-direction={m.direction}
        aria-label={`${direction}, ${formatDateTime(m.createdAt) ?? ''}`}
        style={{ padding: 12, borderRadius: 6, ...look.style }}
      >
        <Flex gap="small" align="center" wrap>
          {selection ? (
            <Checkbox
              checked={selection.chosen.has(m.id)}
              onChange={() => selection.toggle(m.id)}
              aria-label={t('service.split.choose', { message: `${direction}, ${formatDateTime(m.createdAt) ?? ''}` })}
              data-testid="case-split-choose"
            />
          ) : null}
          <ChannelIcon channel={m.channel} />
          <Tag color={look.tag} style={{ marginInlineEnd: 0 }}>
            {direction}
          </Tag>
          {from ? <Typography.Text type="secondary">{from}</Typography.Text> : null}
          <Typography.Text type="secondary" style={{ marginInlineStart: 'auto', fontSize: 12 }}>
            <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
          </Typography.Text>
        </Flex>
        {m.channel === 'PHONE' ? <CallDetails m={m} /> : null}
        {m.channel === 'EMAIL' && m.subject ? (
          <Typography.Text strong style={{ display: 'block', marginTop: 4 }}>
            {m.subject}
          </Typography.Text>
        ) : null}
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8, marginBottom: 0 }}>{m.body}</Typography.Paragraph>
        <CaseAttachments attachments={m.attachments} refused={m.refusedAttachments} />
        {m.direction === 'OUTBOUND' && m.channel === 'EMAIL' && !m.sentAt ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="case-message-queued">
            {t('service.thread.queued')}
          </Typography.Text>
        ) : null}
      </article>
    </li>
  );
}

/**
 * The case's one thread, oldest first, whatever the channel: the customer's messages on one side,
 * replies on the other, internal notes marked as such (the API sends them only to service staff),
 * logged calls with their number, direction and length. With a `selection`, each message has a
 * checkbox (the split's choice).
 */
export function CaseThread({ messages, selection }: { messages: readonly CaseMessageFieldsFragment[]; selection?: ThreadSelection }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('service.thread.title')} data-testid="case-thread">
      {messages.length ? (
        <Flex component="ol" vertical gap={12} style={{ padding: 0, margin: 0 }}>
          {messages.map((m) => (
            <Message key={m.id} m={m} selection={selection} />
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary" data-testid="case-thread-empty">
          {t('service.thread.empty')}
        </Typography.Text>
      )}
    </Card>
  );
}
