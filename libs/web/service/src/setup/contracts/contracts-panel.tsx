import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { AccountEntitlementsDocument, errorMessageOf, type EntitlementFieldsFragment } from '@rapport/web-data-access';
import { usePermissions, type RecordPanelProps } from '@rapport/web-core';
import { DATE_FORMAT, useLazyMessages } from '@rapport/web-ui';
import { Alert, Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SERVICE_NEEDS } from '../../service-access';
import { SETUP_MESSAGES, slaPolicyPath } from '../setup-paths';
import { ContractFormModal, type ContractDialog } from './contract-form-modal';
import { contractState, type ContractState } from './contract-model';

const STATE_COLOR: Record<ContractState, string | undefined> = { inForce: 'green', notStarted: 'blue', ended: undefined, usedUp: 'orange' };
// One literal key per state, so the key check sees each of them.
const STATE_NAMES: Record<ContractState, (t: TFunction) => string> = {
  inForce: (t) => t('serviceSetup.contracts.states.inForce'),
  notStarted: (t) => t('serviceSetup.contracts.states.notStarted'),
  ended: (t) => t('serviceSetup.contracts.states.ended'),
  usedUp: (t) => t('serviceSetup.contracts.states.usedUp'),
};

/**
 * "Service contracts" on the account page (issue 18 item 5), through the record-panel slot: each
 * contract's dates, whether it serves cases today, its SLA policy (for readers of service set-up)
 * and what it counts. Service set-up's writers add and change them. An account without contracts
 * shows nothing to those who cannot add one.
 */
export function ContractsPanel({ record }: RecordPanelProps) {
  const { t } = useTranslation();
  const ready = useLazyMessages(SETUP_MESSAGES);
  const permissions = usePermissions();
  const canWrite = permissions.allows(SERVICE_NEEDS.setupWrite);
  const canReadSetup = permissions.allows(SERVICE_NEEDS.setup);
  const [dialog, setDialog] = useState<ContractDialog>();
  const { data, loading, error, refetch } = useQuery(AccountEntitlementsDocument, { variables: { id: record.id } });
  const contracts = data?.account?.entitlements;
  if (!ready || (contracts && !contracts.length && !canWrite)) return null;

  let body;
  if (!contracts && loading) body = <Skeleton active title={false} paragraph={{ rows: 2 }} />;
  else if (!contracts)
    body = (
      <Alert
        type="warning"
        showIcon
        title={errorMessageOf(error) ?? t('errors.loadFailed')}
        action={
          <Button size="small" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  else if (!contracts.length)
    body = (
      <Typography.Text type="secondary" data-testid="contracts-none">
        {t('serviceSetup.contracts.none')}
      </Typography.Text>
    );
  else
    body = (
      <Flex component="ul" vertical gap={12} style={{ padding: 0, margin: 0, listStyle: 'none' }}>
        {contracts.map((c) => (
          <ContractRow key={c.id} contract={c} showPolicy={canReadSetup} onEdit={canWrite ? () => setDialog({ mode: 'edit', contract: c }) : undefined} />
        ))}
      </Flex>
    );

  return (
    <Card
      title={t('serviceSetup.contracts.title')}
      size="small"
      style={{ marginTop: 16 }}
      extra={
        canWrite ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'add' })} data-testid="contract-add">
            {t('serviceSetup.contracts.add')}
          </Button>
        ) : undefined
      }
      data-testid="contracts-panel"
    >
      {body}
      {canWrite ? <ContractFormModal accountId={record.id} dialog={dialog} onClose={() => setDialog(undefined)} /> : null}
    </Card>
  );
}

function ContractRow({ contract: c, showPolicy, onEdit }: { contract: EntitlementFieldsFragment; showPolicy: boolean; onEdit?: () => void }) {
  const { t, i18n } = useTranslation();
  const state = contractState(c, dayjs().format(DATE_FORMAT));
  const number = new Intl.NumberFormat(i18n.language);
  const counts = [
    c.visitsTotal !== null ? t('serviceSetup.contracts.visits', { used: number.format(c.visitsUsed), total: number.format(c.visitsTotal) }) : null,
    c.hoursTotal !== null ? t('serviceSetup.contracts.hours', { used: number.format(c.hoursUsed), total: number.format(c.hoursTotal) }) : null,
    c.productIds.length ? t('serviceSetup.contracts.products', { count: c.productIds.length }) : t('serviceSetup.contracts.allProducts'),
  ].filter(Boolean);
  return (
    <li data-testid="contract-row">
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Flex vertical gap={2}>
          <Flex gap={8} wrap align="center">
            <Typography.Text strong>{c.name}</Typography.Text>
            {c.level ? <Tag>{c.level}</Tag> : null}
            <Tag color={STATE_COLOR[state]} data-testid="contract-state">
              {STATE_NAMES[state](t)}
            </Tag>
          </Flex>
          <Typography.Text type="secondary">
            {c.endsOn ? t('serviceSetup.contracts.period', { from: c.startsOn, to: c.endsOn }) : t('serviceSetup.contracts.openEnded', { from: c.startsOn })}
          </Typography.Text>
          {showPolicy && c.policy ? (
            <span>
              {t('serviceSetup.contracts.policy')}: <Link to={slaPolicyPath(c.policy.id)}>{c.policy.name}</Link>
            </span>
          ) : null}
          <Typography.Text type="secondary">{counts.join(t('serviceSetup.listSeparator'))}</Typography.Text>
        </Flex>
        {onEdit ? (
          <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('serviceSetup.contracts.editTitle', { name: c.name })} onClick={onEdit} data-testid="contract-edit" />
        ) : null}
      </Flex>
    </li>
  );
}

export default ContractsPanel;
