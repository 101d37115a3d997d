import { useQuery } from '@apollo/client/react';
import {
  AccountCampaignsDocument,
  ContactCampaignsDocument,
  errorMessageOf,
  LeadCampaignsDocument,
  OpportunityCampaignsDocument,
} from '@rapport/web-data-access';
import { formatDate, useLazyMessages } from '@rapport/web-ui';
import { Alert, Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { campaignPath, memberStatusLabel, personName, useCan, type RecordPanelKind, type RecordPanelProps } from '@rapport/web-core';
import { campaignTypeLabel } from '../campaign-labels';
import { influenceEntries, PANEL_LIMIT, touchEntries, type PanelEntry } from './panel-entries';

export interface CampaignsPanelProps extends RecordPanelProps {
  kind: RecordPanelKind;
}

/**
 * "Which campaigns touched this customer, and when" on the contact, lead, account and opportunity
 * pages (issue 14), put there through the record-panel slot (the app registers it; sales never
 * imports marketing). A role that may not read campaigns gets no panel at all, neither a query nor
 * an empty card that would read as "no campaign touched them": the API answers null for it too.
 */
export function CampaignsPanel(props: CampaignsPanelProps) {
  return useCan('campaign', 'read') ? <PanelOfKind {...props} /> : null;
}

function PanelOfKind({ kind, record }: CampaignsPanelProps) {
  // The messages come with the marketing area; the query starts meanwhile.
  const ready = useLazyMessages('marketing');
  const Panel = PANELS[kind];
  return <Panel id={record.id} ready={ready} />;
}

interface KindProps {
  id: string;
  ready: boolean;
}

/** What one kind's query gives the shared view: entries, or null when the API withholds them. */
interface Answer {
  entries: PanelEntry[] | null | undefined;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

// One component per kind, each with its own typed query (hooks cannot be chosen by a condition).

function ContactPanel({ id, ready }: KindProps) {
  const q = useQuery(ContactCampaignsDocument, { variables: { id } });
  const touches = q.data?.contact ? q.data.contact.campaigns : undefined;
  return <PanelView kind="contact" ready={ready} answer={answerOf(q, touches && touchEntries(touches))} />;
}

function LeadPanel({ id, ready }: KindProps) {
  const q = useQuery(LeadCampaignsDocument, { variables: { id } });
  const touches = q.data?.lead ? q.data.lead.campaigns : undefined;
  return <PanelView kind="lead" ready={ready} answer={answerOf(q, touches && touchEntries(touches))} />;
}

function AccountPanel({ id, ready }: KindProps) {
  const q = useQuery(AccountCampaignsDocument, { variables: { id } });
  const touches = q.data?.account ? q.data.account.campaigns : undefined;
  return <PanelView kind="account" ready={ready} answer={answerOf(q, touches && touchEntries(touches))} />;
}

function OpportunityPanel({ id, ready }: KindProps) {
  const q = useQuery(OpportunityCampaignsDocument, { variables: { id } });
  const influences = q.data?.opportunity ? q.data.opportunity.campaigns : undefined;
  return <PanelView kind="opportunity" ready={ready} answer={answerOf(q, influences && influenceEntries(influences))} />;
}

const PANELS: Record<RecordPanelKind, (props: KindProps) => ReactNode> = {
  contact: ContactPanel,
  lead: LeadPanel,
  account: AccountPanel,
  opportunity: OpportunityPanel,
};

/**
 * `entries` undefined = not answered yet, or no such record (its page says so); null = the API
 * withholds campaigns from this reader, which the panel shows as no panel.
 */
function answerOf(q: { loading: boolean; error?: unknown; refetch: () => Promise<unknown> }, entries: PanelEntry[] | null | undefined): Answer {
  return { entries, loading: q.loading, error: q.error, retry: () => void q.refetch() };
}

function PanelView({ kind, ready, answer }: { kind: RecordPanelKind; ready: boolean; answer: Answer }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const { entries, loading, error, retry } = answer;
  if (!ready || entries === null || (entries === undefined && !loading && !error)) return null;
  const deal = kind === 'opportunity';

  const body = () => {
    if (!entries && loading) return <Skeleton active title={false} paragraph={{ rows: 2 }} />;
    if (!entries && error)
      return (
        <Alert
          type="warning"
          showIcon
          title={errorMessageOf(error) ?? t('errors.loadFailed')}
          action={
            <Button size="small" onClick={retry} data-testid="campaigns-panel-retry">
              {t('common.retry')}
            </Button>
          }
        />
      );
    if (!entries) return null;
    if (!entries.length)
      return (
        <Typography.Text type="secondary" data-testid="campaigns-panel-empty">
          {deal ? t('campaignPanel.emptyDeal') : t('campaignPanel.empty')}
        </Typography.Text>
      );
    const shown = expanded ? entries : entries.slice(0, PANEL_LIMIT);
    return (
      <Flex vertical gap={8}>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
          {shown.map((e) => (
            <EntryRow key={e.key} entry={e} named={kind === 'account'} />
          ))}
        </ul>
        {entries.length > PANEL_LIMIT ? (
          <Button type="link" size="small" style={{ alignSelf: 'flex-start', padding: 0 }} aria-expanded={expanded} onClick={() => setExpanded(!expanded)} data-testid="campaigns-panel-more">
            {expanded ? t('campaignPanel.showFewer') : t('campaignPanel.showAll', { count: entries.length })}
          </Button>
        ) : null}
      </Flex>
    );
  };

  return (
    <Card size="small" title={t('campaigns.title')} data-testid={`campaigns-panel-${kind}`}>
      {deal && entries?.length ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('campaignPanel.dealHint')}
        </Typography.Paragraph>
      ) : null}
      {body()}
    </Card>
  );
}

/** `named`: on an account's panel, where one campaign can reach several of its people, say which. */
function EntryRow({ entry, named }: { entry: PanelEntry; named: boolean }) {
  const { t } = useTranslation();
  const when = entry.respondedAt
    ? t('campaignPanel.respondedOn', { date: formatDate(entry.respondedAt) })
    : t('campaignPanel.joinedOn', { date: formatDate(entry.joinedAt) });
  const who = named && entry.person ? personName(entry.person) : '';
  return (
    <li data-testid="campaigns-panel-entry">
      <Flex wrap gap={4} align="baseline">
        <Link to={campaignPath(entry.campaign.id)}>{entry.campaign.name}</Link>
        <Tag style={{ marginInlineEnd: 0 }}>{campaignTypeLabel(t, entry.campaign.type)}</Tag>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[who, entry.status ? memberStatusLabel(t, entry.status) : '', when].filter(Boolean).join(' · ')}
      </Typography.Text>
    </li>
  );
}

export default CampaignsPanel;
