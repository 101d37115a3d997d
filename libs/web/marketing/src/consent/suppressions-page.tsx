import { DeleteOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessageOf, RemoveSuppressionDocument, SuppressionsDocument, type SuppressionFieldsFragment } from '@rapport/web-data-access';
import { CursorPager, useCursorStack, usePageTitle } from '@rapport/web-core';
import { EmptyState, ErrorState, formatDateTime, LoadingState, PageHeader, useDebouncedValue, useLazyMessages, withTestId } from '@rapport/web-ui';
import { App, Button, Card, Flex, Input, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddSuppressionsModal } from './add-suppressions-modal';
import { SUPPRESSION_REASON_COLORS, suppressionReasonLabel } from './consent-labels';

export const SUPPRESSION_PAGE_SIZE = 50;

function RemoveButton({ row, onRemoved }: { row: SuppressionFieldsFragment; onRemoved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [remove, removing] = useMutation(RemoveSuppressionDocument);
  const confirm = async () => {
    try {
      const { data } = await remove({ variables: { address: row.address } });
      void message.success(data?.removeSuppression ? t('consent.suppression.removed', { address: row.address }) : t('consent.suppression.notThere', { address: row.address }));
      onRemoved();
    } catch (error) {
      void message.error(errorMessageOf(error) ?? t('errors.generic'));
    }
  };
  return (
    <Popconfirm
      title={t('consent.suppression.removeConfirm', { address: row.address })}
      okText={t('consent.suppression.remove')}
      cancelText={t('common.cancel')}
      okButtonProps={withTestId({ danger: true }, 'suppression-remove-confirm')}
      onConfirm={() => confirm()}
    >
      <Button
        type="link"
        danger
        icon={<DeleteOutlined />}
        loading={removing.loading}
        aria-label={t('consent.suppression.removeLabel', { address: row.address })}
        data-testid={`suppression-remove-${row.address}`}
      >
        {t('consent.suppression.remove')}
      </Button>
    </Popconfirm>
  );
}

/**
 * Marketing → Suppression list (issue 15; campaign writers, as the API asks): every address no
 * marketing goes to, by address, with its reason and detail, 50 a page (cursor paging), searched by
 * part of an address; "Add addresses" (pasted or from a file) and remove with a confirmation.
 */
export function SuppressionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('consent.suppression.title'));
  const [text, setText] = useState('');
  const [adding, setAdding] = useState(false);
  const search = useDebouncedValue(text.trim(), 300);
  const cursors = useCursorStack(search);
  const { data, previousData, loading, error, refetch } = useQuery(SuppressionsDocument, {
    variables: { first: SUPPRESSION_PAGE_SIZE, after: cursors.after, search: search || null },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.suppressions;
  const rows = page?.edges.map((e) => e.node) ?? [];

  const columns: TableColumnsType<SuppressionFieldsFragment> = [
    {
      key: 'address',
      title: t('consent.suppression.columns.address'),
      render: (_: unknown, row) => (
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {row.address}
        </Typography.Text>
      ),
    },
    {
      key: 'reason',
      title: t('consent.suppression.columns.reason'),
      render: (_: unknown, row) => <Tag color={SUPPRESSION_REASON_COLORS[row.reason]}>{suppressionReasonLabel(t, row.reason)}</Tag>,
    },
    {
      key: 'detail',
      title: t('consent.suppression.columns.detail'),
      render: (_: unknown, row) => (
        <Flex vertical>
          {row.detail ? <Typography.Text>{row.detail}</Typography.Text> : null}
          {row.softBounces > 0 ? <Typography.Text type="secondary">{t('consent.suppression.softBounces', { n: row.softBounces })}</Typography.Text> : null}
        </Flex>
      ),
    },
    { key: 'added', title: t('consent.suppression.columns.added'), render: (_: unknown, row) => formatDateTime(row.createdAt) },
    { key: 'actions', title: t('common.actions'), align: 'end', render: (_: unknown, row) => <RemoveButton row={row} onRemoved={() => void refetch()} /> },
  ];

  let body;
  if (!page && loading) body = <LoadingState />;
  else if (!page) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!rows.length && !cursors.hasPrevious)
    body = (
      <EmptyState
        description={
          <span data-testid="suppressions-empty" data-searched={search ? 'true' : 'false'}>
            {search ? t('consent.suppression.noneMatch', { search }) : t('consent.suppression.empty')}
          </span>
        }
      />
    );
  else
    body = (
      <>
        <Typography.Text type="secondary" data-testid="suppressions-total">
          {page.totalCountCapped ? t('consent.suppression.totalCapped', { n: page.totalCount }) : t('consent.suppression.total', { n: page.totalCount })}
        </Typography.Text>
        <Table<SuppressionFieldsFragment>
          rowKey="address"
          size="middle"
          loading={loading}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          style={{ marginTop: 8 }}
          data-testid="suppressions-table"
        />
        <CursorPager cursors={cursors} hasNextPage={page.pageInfo.hasNextPage} endCursor={page.pageInfo.endCursor} loading={loading} />
      </>
    );

  return (
    <>
      <PageHeader
        title={t('consent.suppression.title')}
        subtitle={t('consent.suppression.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="suppression-add">
            {t('consent.suppression.add')}
          </Button>
        }
      />
      <Card>
        <Input
          type="search"
          allowClear
          prefix={<SearchOutlined />}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('consent.suppression.search')}
          aria-label={t('consent.suppression.search')}
          style={{ maxWidth: 360, marginBottom: 16 }}
          data-testid="suppressions-search"
        />
        <div>{body}</div>
      </Card>
      <AddSuppressionsModal open={adding} onClose={() => setAdding(false)} onAdded={() => void refetch()} />
    </>
  );
}

export default function SuppressionsRoute() {
  return useLazyMessages('consent') ? <SuppressionsPage /> : <LoadingState />;
}
