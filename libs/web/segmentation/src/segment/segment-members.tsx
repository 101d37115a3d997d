import { useQuery } from '@apollo/client/react';
import { errorMessageOf, SegmentMembersDocument, type SegmentMemberFieldsFragment } from '@rapport/web-data-access';
import { contactPath, CursorPager, NONE, personName, useCursorStack } from '@rapport/web-core';
import { ErrorState, VISUALLY_HIDDEN } from '@rapport/web-ui';
import { Button, Card, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WordsContext } from '../rule/rule-words';
import { WhyDrawer } from './why-drawer';

export const MEMBERS_PAGE_SIZE = 50;

/**
 * The segment's current members the viewer may see (the API scopes every read), 50 a page by the
 * API's keyset cursor, each with "Why is this person in?" — a drawer with every top-level condition
 * of the rule and whether it holds for them. `version` changes after a refresh: back to page one.
 */
export function SegmentMembers({ segmentId, rule, words, memberCount, version }: { segmentId: string; rule: unknown; words: Omit<WordsContext, 't'>; memberCount: number; version: string }) {
  const { t } = useTranslation();
  const cursors = useCursorStack(`${segmentId}:${version}`);
  const { data, previousData, loading, error, refetch } = useQuery(SegmentMembersDocument, {
    variables: { id: segmentId, first: MEMBERS_PAGE_SIZE, after: cursors.after },
    notifyOnNetworkStatusChange: true,
  });
  const [why, setWhy] = useState<SegmentMemberFieldsFragment | null>(null);
  const page = (data ?? previousData)?.segment?.members;

  const columns: TableColumnsType<SegmentMemberFieldsFragment> = [
    {
      key: 'name',
      title: t('segments.members.name'),
      render: (_: unknown, m) => (
        <Link to={contactPath(m.id)} data-testid="segment-member-link">
          {personName(m)}
        </Link>
      ),
    },
    { key: 'email', title: t('segments.members.email'), render: (_: unknown, m) => (m.email ? <span style={{ overflowWrap: 'anywhere' }}>{m.email}</span> : NONE) },
    { key: 'account', title: t('segments.members.account'), render: (_: unknown, m) => m.accountName ?? NONE },
    {
      key: 'why',
      title: <span style={VISUALLY_HIDDEN}>{t('segments.members.why')}</span>,
      render: (_: unknown, m) => (
        <Button size="small" onClick={() => setWhy(m)} aria-label={t('segments.members.whyNamed', { name: personName(m) })} data-testid="segment-member-why">
          {t('segments.members.why')}
        </Button>
      ),
    },
  ];

  return (
    <Card size="small" title={t('segments.members.title')} data-testid="segment-members">
      {!page && error ? (
        <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />
      ) : (
        <>
          {page && !page.items.length && !loading ? (
            <Typography.Paragraph type="secondary" data-testid="segment-members-empty">
              {memberCount > 0 ? t('segments.members.noneVisible') : t('segments.members.none')}
            </Typography.Paragraph>
          ) : (
            <Table<SegmentMemberFieldsFragment>
              rowKey="id"
              size="small"
              loading={loading}
              dataSource={page?.items ?? []}
              columns={columns}
              pagination={false}
              scroll={{ x: 'max-content' }}
              data-testid="segment-members-table"
            />
          )}
          {page && (cursors.hasPrevious || page.nextCursor) ? <CursorPager cursors={cursors} hasNextPage={!!page.nextCursor} endCursor={page.nextCursor} loading={loading} /> : null}
        </>
      )}
      <WhyDrawer segmentId={segmentId} member={why} rule={rule} words={words} onClose={() => setWhy(null)} />
    </Card>
  );
}
