import { EditOutlined, ReloadOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { ArchiveSegmentDocument, errorMessageOf, RefreshSegmentDocument, RestoreSegmentDocument, SegmentDocument, SegmentsDocument } from '@rapport/web-data-access';
import { BackLink, LinkButton, listInSegmentPath, RecordNotFound, usePageTitle, usePermissions, useSessionUser } from '@rapport/web-core';
import { ErrorState, formatDateTime, formatRelative, LoadingState, PageHeader } from '@rapport/web-ui';
import { App, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ruleInWords, type WordsContext } from '../rule/rule-words';
import { useSegmentFields } from '../rule/use-segment-fields';
import { intervalLabel, KindTag } from '../segment-labels';
import { maySegment, SEGMENTS_PATH, segmentEditPath } from '../segmentation-access';
import { SegmentValueCard } from './segment-value-card';
import { RefreshChart } from './refresh-chart';
import { SegmentMembers } from './segment-members';
import { StrategiesSection } from '../strategy/strategies-section';

/**
 * One segment (issue 17): its name, dynamic or static, members after the last refresh and when
 * that was; refresh now, edit, archive and restore for those who may change it (writers over all
 * segments, or its owner); the counts over time; the rule in words; its strategies and cohorts;
 * the members with "why is this person in?".
 */
export function SegmentPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const me = useSessionUser();
  const permissions = usePermissions();
  const { data, loading, error, refetch } = useQuery(SegmentDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const names = useQuery(SegmentsDocument, { variables: { includeArchived: true } });
  const fields = useSegmentFields();
  const segment = data?.segment;
  usePageTitle(segment?.name ?? t('segments.title'));
  const [refresh, refreshing] = useMutation(RefreshSegmentDocument, { refetchQueries: ['SegmentHistory', 'SegmentMembers'] });
  const [archive, archiving] = useMutation(ArchiveSegmentDocument);
  const [restore, restoring] = useMutation(RestoreSegmentDocument);
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);

  const words = useMemo<Omit<WordsContext, 't'>>(() => {
    const byId = new Map((names.data?.segments ?? []).map((s) => [s.id, s.name]));
    return { fields, segmentName: (sid) => byId.get(sid), formatNumber: (n) => number.format(n) };
  }, [names.data, fields, number]);

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!segment) return <RecordNotFound title={t('segments.page.notFound')} backTo={SEGMENTS_PATH} backLabel={t('segments.page.backToList')} />;

  const mayWrite = maySegment(permissions, 'write', segment, me.id);
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      void message.success(done);
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('segments.page.failed'));
    }
  };
  const input = { variables: { input: { id: segment.id } } };

  return (
    <>
      <BackLink to={SEGMENTS_PATH} label={t('segments.title')} />
      <PageHeader
        title={segment.name}
        subtitle={
          <Flex gap="small" align="center" wrap>
            <KindTag dynamic={segment.dynamic} />
            {segment.archivedAt ? <Tag data-testid="segment-archived">{t('segments.archived')}</Tag> : null}
            <Typography.Text type="secondary" data-testid="segment-summary">
              {t('segments.page.members', { count: segment.memberCount, n: number.format(segment.memberCount) })}
              {' · '}
              {segment.refreshedAt ? (
                <span title={formatDateTime(segment.refreshedAt)}>{t('segments.page.refreshed', { when: formatRelative(segment.refreshedAt) })}</span>
              ) : (
                t('segments.page.neverRefreshed')
              )}
              {segment.dynamic ? ` · ${intervalLabel(t, segment.refreshMinutes)}` : ''}
            </Typography.Text>
          </Flex>
        }
        extra={
          <>
            {permissions.can('contact', 'read') ? (
              <LinkButton icon={<TeamOutlined />} to={listInSegmentPath('contacts', segment.id)} data-testid="segment-contacts-list">
                {t('segments.page.contactsList')}
              </LinkButton>
            ) : null}
            {permissions.can('account', 'read') ? (
              <LinkButton to={listInSegmentPath('accounts', segment.id)} data-testid="segment-accounts-list">
                {t('segments.page.accountsList')}
              </LinkButton>
            ) : null}
            {mayWrite ? (
              <>
              {!segment.archivedAt ? (
                <Button icon={<ReloadOutlined />} loading={refreshing.loading} onClick={() => void act(() => refresh(input), t('segments.page.refreshDone'))} data-testid="segment-refresh">
                  {t('segments.page.refresh')}
                </Button>
              ) : null}
              {!segment.archivedAt ? (
                <LinkButton icon={<EditOutlined />} to={segmentEditPath(segment.id)} data-testid="segment-edit">
                  {t('segments.page.edit')}
                </LinkButton>
              ) : null}
              {segment.archivedAt ? (
                <Button loading={restoring.loading} onClick={() => void act(() => restore(input), t('segments.page.restored'))} data-testid="segment-restore">
                  {t('segments.page.restore')}
                </Button>
              ) : (
                <Popconfirm title={t('segments.page.archiveConfirm')} okText={t('segments.page.archive')} cancelText={t('segments.builder.cancel')} onConfirm={() => act(() => archive(input), t('segments.page.archived'))}>
                  <Button danger loading={archiving.loading} data-testid="segment-archive">
                    {t('segments.page.archive')}
                  </Button>
                </Popconfirm>
              )}
              </>
            ) : null}
          </>
        }
      />
      <Flex vertical gap="middle">
        {segment.description ? <Typography.Paragraph style={{ margin: 0 }}>{segment.description}</Typography.Paragraph> : null}
        <Card size="small" title={t('segments.page.rule')}>
          <Typography.Paragraph style={{ margin: 0 }} data-testid="segment-rule-words">
            {ruleInWords(segment.rule, { t, ...words })}
          </Typography.Paragraph>
        </Card>
        <SegmentValueCard segmentId={segment.id} version={segment.refreshedAt ?? ''} />
        <RefreshChart segmentId={segment.id} />
        <StrategiesSection segmentId={segment.id} mayWrite={mayWrite} archived={!!segment.archivedAt} />
        <SegmentMembers segmentId={segment.id} rule={segment.rule} words={words} memberCount={segment.memberCount} version={segment.refreshedAt ?? ''} />
      </Flex>
    </>
  );
}

export default SegmentPage;
