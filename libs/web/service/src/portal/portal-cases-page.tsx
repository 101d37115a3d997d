import { useQuery } from '@apollo/client/react';
import { PortalCasesDocument, type PortalCaseRowFragment } from '@rapport/web-data-access';
import { usePageTitle } from '@rapport/web-core';
import { formatDateTime, LoadingState } from '@rapport/web-ui';
import { Alert, Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PORTAL_PATHS, portalCasePath } from './portal-paths';

const PAGE = 20;

/** The colour of a status by its category, so "waiting on you" and "done" read at a glance. */
export const CATEGORY_COLOR: Record<PortalCaseRowFragment['statusCategory'], string> = { NEW: 'blue', OPEN: 'processing', WAITING: 'gold', RESOLVED: 'green', CLOSED: 'default' };

/** My cases: newest first, with the promised answer time; an account's service admin sees colleagues' too, marked. */
export default function PortalCasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.cases.title'));
  const { data, error, loading, refetch, fetchMore } = useQuery(PortalCasesDocument, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const connection = data?.portalCases;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  // The next page goes under the ones shown (a phone scrolls; it does not page).
  const more = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({ portalCases: { ...fetchMoreResult.portalCases, edges: [...(prev.portalCases?.edges ?? []), ...fetchMoreResult.portalCases.edges] } }) as typeof fetchMoreResult,
    });

  const header = (
    <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
      <h1>{t('portal.cases.title')}</h1>
      <Link to={PORTAL_PATHS.newCase}>
        <Button type="primary">{t('portal.cases.open')}</Button>
      </Link>
    </div>
  );

  if (!connection && error) {
    return (
      <>
        {header}
        <Alert data-testid="portal-cases-error" type="error" showIcon role="alert" title={t('portal.cases.error')} action={<Button onClick={() => void refetch()}>{t('portal.cases.retry')}</Button>} />
      </>
    );
  }
  if (!connection) return <LoadingState />;
  return (
    <>
      {header}
      {rows.length === 0 ? (
        <p data-testid="portal-cases-empty" className="portal-card">
          {t('portal.cases.empty')}
        </p>
      ) : (
        <ul data-testid="portal-cases" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rows.map((row) => (
            <CaseItem key={row.id} row={row} />
          ))}
        </ul>
      )}
      {connection.pageInfo.hasNextPage ? (
        <Button block loading={loading} onClick={() => void more()}>
          {t('portal.cases.more')}
        </Button>
      ) : null}
    </>
  );
}

function CaseItem({ row }: { row: PortalCaseRowFragment }) {
  const { t } = useTranslation();
  return (
    <li className="portal-card" data-testid="portal-case-row">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Tag data-testid="portal-case-status" color={CATEGORY_COLOR[row.statusCategory]}>
          {row.statusName}
        </Tag>
        <span>{row.number}</span>
        {row.openedByColleague ? <Tag data-testid="portal-case-colleague">{t('portal.cases.colleague')}</Tag> : null}
      </div>
      <Link to={portalCasePath(row.id)} style={{ display: 'block', fontWeight: 600, margin: '6px 0' }}>
        {row.subject}
      </Link>
      {row.responseDueAt ? <div data-testid="portal-case-due">{t('portal.cases.dueBy', { at: formatDateTime(row.responseDueAt) })}</div> : null}
    </li>
  );
}
