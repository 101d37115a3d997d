import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, ServiceSlaPoliciesDocument, type ServiceSlaPolicyFieldsFragment } from '@rapport/web-data-access';
import { LinkButton, usePageTitle, usePermissions } from '@rapport/web-core';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Card, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SERVICE_NEEDS } from '../../service-access';
import { setupPriorityName } from '../setup-labels';
import { NEW_SLA_POLICY_PATH, slaPolicyPath } from '../setup-paths';
import { durationText } from './targets-model';

/**
 * SLA policies (issue 18 item 5): each with whether it is in use, the calendar it counts in (the
 * default one when it names none), its warning threshold and the urgent cases' promise, which is
 * the one people ask about. Writers add and open them to change; readers open them to read.
 */
export function SlaPoliciesPage() {
  const { t } = useTranslation();
  usePageTitle(t('serviceSetup.policies.title'));
  const canWrite = usePermissions().allows(SERVICE_NEEDS.setupWrite);
  const { data, loading, error, refetch } = useQuery(ServiceSlaPoliciesDocument, { fetchPolicy: 'cache-and-network' });
  const policies = data?.serviceSlaPolicies;

  const columns: TableColumnsType<ServiceSlaPolicyFieldsFragment> = [
    {
      key: 'name',
      title: t('serviceSetup.policies.columns.name'),
      render: (_: unknown, p) => (
        <Flex gap={8} wrap align="center">
          <Link to={slaPolicyPath(p.id)} data-testid="policy-link">
            {p.name}
          </Link>
          {p.isDefault ? (
            <Tag color="blue" data-testid="policy-default">
              {t('serviceSetup.policies.default')}
            </Tag>
          ) : null}
          {!p.active ? <Tag data-testid="policy-inactive">{t('serviceSetup.policies.inactive')}</Tag> : null}
        </Flex>
      ),
    },
    {
      key: 'calendar',
      title: t('serviceSetup.policies.columns.calendar'),
      render: (_: unknown, p) => (p.calendarId ? (p.calendar?.name ?? '—') : t('serviceSetup.policies.defaultCalendar', { name: p.calendar?.name ?? t('serviceSetup.policies.noDefault') })),
    },
    {
      key: 'targets',
      title: t('serviceSetup.policies.columns.targets'),
      render: (_: unknown, p) => {
        const covered = p.targets.map((x) => setupPriorityName(t, x.priority));
        return covered.length ? covered.join(t('serviceSetup.listSeparator')) : '—';
      },
    },
    {
      key: 'urgent',
      title: t('serviceSetup.policies.columns.urgent'),
      render: (_: unknown, p) => {
        const u = p.targets.find((x) => x.priority === 'URGENT');
        const first = durationText(u?.firstResponse, t);
        const resolution = durationText(u?.resolution, t);
        if (!first && !resolution) return '—';
        return [first && t('serviceSetup.policies.firstIn', { duration: first }), resolution && t('serviceSetup.policies.resolveIn', { duration: resolution })].filter(Boolean).join(t('serviceSetup.listSeparator'));
      },
    },
    { key: 'warn', title: t('serviceSetup.policies.columns.warnAt'), align: 'right', render: (_: unknown, p) => `${p.warnAtPercent}%` },
  ];

  const create = canWrite ? (
    <LinkButton type="primary" icon={<PlusOutlined />} to={NEW_SLA_POLICY_PATH} data-testid="policy-create">
      {t('serviceSetup.policies.create')}
    </LinkButton>
  ) : undefined;

  let body;
  if (!policies && loading) body = <LoadingState />;
  else if (!policies) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!policies.length)
    body = <EmptyState description={<span data-testid="policies-empty">{canWrite ? t('serviceSetup.policies.empty.writer') : t('serviceSetup.policies.empty.reader')}</span>} action={create} />;
  else
    body = (
      <Table<ServiceSlaPolicyFieldsFragment> rowKey="id" size="middle" dataSource={policies} columns={columns} pagination={false} scroll={{ x: 'max-content' }} data-testid="policies-table" />
    );

  return (
    <>
      <PageHeader title={t('serviceSetup.policies.title')} subtitle={t('serviceSetup.policies.subtitle')} extra={policies?.length ? create : undefined} />
      <Card>{body}</Card>
    </>
  );
}

export default SlaPoliciesPage;
