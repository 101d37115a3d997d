import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { ConsentRecordersDocument, type ConsentEventFieldsFragment } from '@rapport/web-data-access';
import { useSessionUser } from '@rapport/web-core';
import { formatDateTime } from '@rapport/web-ui';
import { Button, Descriptions, Flex, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_STATUS_COLORS, consentSourceLabel, consentStatusLabel, lawfulBasisLabel } from './consent-labels';

/** Events shown before "Show all": a long history stays one click away without filling the page. */
export const HISTORY_LIMIT = 10;

/**
 * Who recorded each answer: the person themselves (no user), the viewer, or a colleague by name
 * when the viewer may see them (`users` answers only those); the rest stay "a colleague".
 */
function useRecorders(events: readonly ConsentEventFieldsFragment[], open: boolean): (id: string | null) => string | null {
  const me = useSessionUser();
  const { t } = useTranslation();
  const ids = useMemo(() => [...new Set(events.map((e) => e.recordedBy).filter((id): id is string => !!id && id !== me.id))].sort(), [events, me.id]);
  const q = useQuery(ConsentRecordersDocument, { variables: { ids }, skip: !open || ids.length === 0 });
  const names = new Map((q.data?.users.edges ?? []).map(({ node }) => [node.id, node.name]));
  return (id) => {
    if (!id) return t('consent.event.themselves');
    if (id === me.id) return t('consent.event.you', { name: me.name });
    return names.get(id) ?? (q.loading ? null : t('consent.event.colleague'));
  };
}

const orNone = (t: TFunction, value: string | null | undefined): ReactNode =>
  value ? (
    <span style={{ overflowWrap: 'anywhere' }}>{value}</span>
  ) : (
    <Typography.Text type="secondary">{t('consent.event.none')}</Typography.Text>
  );

function EventItem({ event, several, recorder }: { event: ConsentEventFieldsFragment; several: boolean; recorder: string | null }) {
  const { t } = useTranslation();
  const about = event.subscriptionType?.name ?? t('consent.panel.allMarketing');
  return (
    <li data-testid="consent-event" data-status={event.status} data-source={event.source} style={{ borderTop: '1px solid rgba(5, 5, 5, 0.06)', paddingTop: 8 }}>
      <Flex wrap gap={6} align="baseline" style={{ marginBottom: 4 }}>
        <Typography.Text strong>{formatDateTime(event.occurredAt)}</Typography.Text>
        <Tag color={CONSENT_STATUS_COLORS[event.status]} style={{ marginInlineEnd: 0 }}>
          {consentStatusLabel(t, event.status)}
        </Tag>
        <Typography.Text>{about}</Typography.Text>
        {several ? (
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {event.address}
          </Typography.Text>
        ) : null}
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'basis', label: t('consent.event.lawfulBasis'), children: lawfulBasisLabel(t, event.lawfulBasis) },
          { key: 'source', label: t('consent.event.source'), children: consentSourceLabel(t, event.source) },
          { key: 'wording', label: t('consent.event.wordingVersion'), children: orNone(t, event.wordingVersion) },
          { key: 'by', label: t('consent.event.recordedBy'), children: recorder ?? '…' },
          { key: 'ip', label: t('consent.event.ip'), children: orNone(t, event.ip) },
          { key: 'ua', label: t('consent.event.userAgent'), children: orNone(t, event.userAgent) },
        ]}
      />
    </li>
  );
}

/**
 * "History": every answer the person's addresses gave, newest first (the API's order), each with
 * its evidence — when, status, type, lawful basis, source, wording version, IP, user agent and who
 * recorded it. A disclosure: closed until asked for, so the current answers stay in view.
 */
export function ConsentHistory({ events, several }: { events: readonly ConsentEventFieldsFragment[]; several: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const regionId = useId();
  const recorder = useRecorders(events, open);
  const shown = all ? events : events.slice(0, HISTORY_LIMIT);
  return (
    <div>
      <Button
        type="link"
        size="small"
        icon={open ? <DownOutlined /> : <RightOutlined />}
        style={{ padding: 0 }}
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen(!open)}
        data-testid="consent-history-toggle"
      >
        {t('consent.panel.history', { n: events.length })}
      </Button>
      {open ? (
        <section id={regionId} aria-label={t('consent.panel.historyTitle')} data-testid="consent-history" style={{ marginTop: 8 }}>
          {events.length === 0 ? (
            <Typography.Text type="secondary">{t('consent.panel.historyEmpty')}</Typography.Text>
          ) : (
            <Flex vertical gap={8}>
              <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
                {shown.map((e) => (
                  <EventItem key={e.id} event={e} several={several} recorder={recorder(e.recordedBy)} />
                ))}
              </ol>
              {events.length > HISTORY_LIMIT ? (
                <Button type="link" size="small" style={{ alignSelf: 'flex-start', padding: 0 }} aria-expanded={all} onClick={() => setAll(!all)} data-testid="consent-history-more">
                  {all ? t('consent.panel.showFewer') : t('consent.panel.showAll', { n: events.length })}
                </Button>
              ) : null}
            </Flex>
          )}
        </section>
      ) : null}
    </div>
  );
}
