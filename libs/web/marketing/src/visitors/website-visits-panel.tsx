import { useQuery } from '@apollo/client/react';
import { ContactWebActivityDocument, errorMessageOf, LeadWebActivityDocument, type WebActivitySummaryFragment } from '@rapport/web-data-access';
import { CursorPager, useCursorStack, type CursorStack, type RecordPanelProps } from '@rapport/web-core';
import { useLazyMessages } from '@rapport/web-ui';
import { Alert, Button, Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VisitsView } from './visits-view';

export type WebsiteVisitsPanelKind = 'contact' | 'lead';

export interface WebsiteVisitsPanelProps extends RecordPanelProps {
  kind: WebsiteVisitsPanelKind;
}

/** Page views per page of the panel's list: enough to see a visit, short enough for a phone. */
export const PAGE_VIEWS_PER_PAGE = 10;

interface Answer {
  /** Undefined: not answered yet (or no such record: its page says so); null: never identified as a visitor. */
  activity: WebActivitySummaryFragment | null | undefined;
  /** The record itself came back (so `activity` null means "no visits", not "no answer"). */
  found: boolean;
  loading: boolean;
  error: unknown;
  refetch: () => void;
}

/**
 * "Website visits" on the contact and lead pages (issue 16 item 7): what the person looked at on
 * the company's site — "visited pricing 3 times this week", interests per product line, when last
 * seen, and every kept page view, newest first. Put there through the record-panel slot (sales
 * never imports marketing). Reading a person's visits goes with reading the person (the API's
 * rule): no further grant, so no panel-level check.
 */
export function WebsiteVisitsPanel({ kind, record }: WebsiteVisitsPanelProps) {
  const ready = useLazyMessages('visitors');
  // A new record (the page reused for another person) starts the views from their first page.
  const cursors = useCursorStack(record.id);
  return kind === 'contact' ? <ContactVisits id={record.id} ready={ready} cursors={cursors} /> : <LeadVisits id={record.id} ready={ready} cursors={cursors} />;
}

interface KindProps {
  id: string;
  ready: boolean;
  cursors: CursorStack;
}

// One component per kind, each with its own typed query (hooks cannot be chosen by a condition).

const samePerson = <T extends { id: string }>(record: T | null | undefined, id: string): T | undefined => (record && record.id === id ? record : undefined);

function ContactVisits({ id, ready, cursors }: KindProps) {
  const q = useQuery(ContactWebActivityDocument, { variables: { id, first: PAGE_VIEWS_PER_PAGE, after: cursors.after }, notifyOnNetworkStatusChange: true });
  // The previous page's answer while the next one loads, so paging does not blank the panel (never another person's).
  const contact = samePerson(q.data?.contact ?? q.previousData?.contact, id);
  const answer = { activity: contact ? contact.webActivity : undefined, found: !!contact, loading: q.loading, error: q.error, refetch: () => void q.refetch() };
  return <PanelView kind="contact" ready={ready} cursors={cursors} answer={answer} />;
}

function LeadVisits({ id, ready, cursors }: KindProps) {
  const q = useQuery(LeadWebActivityDocument, { variables: { id, first: PAGE_VIEWS_PER_PAGE, after: cursors.after }, notifyOnNetworkStatusChange: true });
  const lead = samePerson(q.data?.lead ?? q.previousData?.lead, id);
  const answer = { activity: lead ? lead.webActivity : undefined, found: !!lead, loading: q.loading, error: q.error, refetch: () => void q.refetch() };
  return <PanelView kind="lead" ready={ready} cursors={cursors} answer={answer} />;
}

function PanelView({ kind, ready, cursors, answer }: { kind: WebsiteVisitsPanelKind; ready: boolean; cursors: CursorStack; answer: Answer }) {
  const { t } = useTranslation();
  const { activity, found, loading, error, refetch } = answer;
  // No such record and nothing pending: the page above says so; an empty card would only repeat it.
  if (!ready || (!found && !loading && !error)) return null;

  const body = () => {
    if (!found && loading) return <Skeleton active title={false} paragraph={{ rows: 3 }} />;
    if (!found)
      return (
        <Alert
          type="warning"
          showIcon
          title={errorMessageOf(error) ?? t('errors.loadFailed')}
          action={
            <Button size="small" onClick={refetch} data-testid="visits-panel-retry">
              {t('common.retry')}
            </Button>
          }
          data-testid="visits-panel-error"
        />
      );
    if (!activity)
      return (
        <Typography.Text type="secondary" data-testid="visits-panel-empty">
          {t('visitors.panel.empty')}
        </Typography.Text>
      );
    const views = activity.pageViews;
    return (
      <>
        <VisitsView activity={activity} loading={loading} />
        {views.pageInfo.hasNextPage || cursors.hasPrevious ? (
          <CursorPager cursors={cursors} hasNextPage={views.pageInfo.hasNextPage} endCursor={views.pageInfo.endCursor} loading={loading} />
        ) : null}
      </>
    );
  };

  return (
    <Card size="small" title={t('visitors.panel.title')} data-testid={`visits-panel-${kind}`}>
      {body()}
    </Card>
  );
}

export default WebsiteVisitsPanel;
