import { CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, SegmentsDocument, type SegmentRowFragment } from '@rapport/web-data-access';
import { LinkButton, NONE, segmentPath, usePageTitle, usePermissions } from '@rapport/web-core';
import { EmptyState, ErrorState, formatDateTime, formatRelative, LoadingState, PageHeader } from '@rapport/web-ui';
import { Card, Flex, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ORDER_IMPORT_PATH, ORDER_NEEDS } from '../orders/order-access';
import { intervalLabel, KindTag, useOwnerNames } from '../segment-labels';
import { NEW_SEGMENT_PATH, SEGMENTATION_NEEDS } from '../segmentation-access';

/**
 * Segments (issue 17): every segment by name (as the API orders them) with whether it follows its
 * rule or is a snapshot, its members after the last refresh, when that was (relative, the exact
 * time on hover), how often it refreshes and who owns it. Archived ones only with "Show archived"
 * (kept in the address, `?archived=1`). "New segment" for those who may write segments.
 */
export function SegmentsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('segments.title'));
  const permissions = usePermissions();
  const canWrite = permissions.allows(SEGMENTATION_NEEDS.segmentWrite);
  const canImport = permissions.allows(ORDER_NEEDS.import);
  const [params, setParams] = useSearchParams();
  const includeArchived = params.get('archived') === '1';
  const switchId = useId();
  const { data, previousData, loading, error, refetch } = useQuery(SegmentsDocument, { variables: { includeArchived }, fetchPolicy: 'cache-and-network' });
  const segments = (data ?? previousData)?.segments;
  const owner = useOwnerNames(segments?.map((s) => s.ownerId) ?? []);
  const number = new Intl.NumberFormat(i18n.language);

  const setArchived = (on: boolean) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      if (on) p.set('archived', '1');
      else p.delete('archived');
      return p;
    });

  const columns: TableColumnsType<SegmentRowFragment> = [
    {
      key: 'name',
      title: t('segments.columns.name'),
      render: (_: unknown, s) => (
        <Flex vertical gap={2}>
          <Flex gap={8} wrap align="center">
            <Link to={segmentPath(s.id)} data-testid="segment-link">
              {s.name}
            </Link>
            {s.archivedAt ? <Tag data-testid="segment-archived">{t('segments.archived')}</Tag> : null}
          </Flex>
          {s.description ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {s.description}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { key: 'kind', title: t('segments.columns.kind'), render: (_: unknown, s) => <KindTag dynamic={s.dynamic} /> },
    {
      key: 'members',
      title: t('segments.columns.members'),
      align: 'right',
      render: (_: unknown, s) => <span data-testid="segment-members">{number.format(s.memberCount)}</span>,
    },
    {
      key: 'refreshedAt',
      title: t('segments.columns.refreshedAt'),
      render: (_: unknown, s) => (s.refreshedAt ? <span title={formatDateTime(s.refreshedAt)}>{formatRelative(s.refreshedAt)}</span> : <Typography.Text type="secondary">{t('segments.never')}</Typography.Text>),
    },
    { key: 'interval', title: t('segments.columns.interval'), render: (_: unknown, s) => (s.dynamic ? intervalLabel(t, s.refreshMinutes) : NONE) },
    { key: 'owner', title: t('segments.columns.owner'), render: (_: unknown, s) => owner(s.ownerId) ?? NONE },
  ];

  let body;
  if (!segments && loading) body = <LoadingState />;
  else if (!segments) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!segments.length)
    body = (
      <EmptyState
        description={
          <span data-testid="segments-empty">{includeArchived ? t('segments.empty.none') : canWrite ? t('segments.empty.writer') : t('segments.empty.reader')}</span>
        }
        action={
          canWrite ? (
            <LinkButton type="primary" to={NEW_SEGMENT_PATH}>
              {t('segments.empty.createFirst')}
            </LinkButton>
          ) : undefined
        }
      />
    );
  else
    body = (
      <Table<SegmentRowFragment>
        rowKey="id"
        size="middle"
        dataSource={segments}
        columns={columns}
        pagination={segments.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        data-testid="segments-table"
      />
    );

  return (
    <>
      <PageHeader
        title={t('segments.title')}
        subtitle={t('segments.subtitle')}
        extra={
          canWrite || canImport ? (
            <>
              {/* Orders feed the segments' order conditions: their import is one step away. */}
              {canImport ? (
                <LinkButton icon={<CloudUploadOutlined />} to={ORDER_IMPORT_PATH} data-testid="segments-import-orders">
                  {t('segmentsNav.importOrders')}
                </LinkButton>
              ) : null}
              {canWrite ? (
                <LinkButton type="primary" icon={<PlusOutlined />} to={NEW_SEGMENT_PATH} data-testid="segment-create">
                  {t('segments.create')}
                </LinkButton>
              ) : null}
            </>
          ) : undefined
        }
      />
      <Card>
        <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
          <Switch id={switchId} size="small" checked={includeArchived} onChange={setArchived} data-testid="segments-show-archived" />
          <label htmlFor={switchId}>{t('segments.showArchived')}</label>
        </Flex>
        {body}
      </Card>
    </>
  );
}

export default SegmentsPage;
