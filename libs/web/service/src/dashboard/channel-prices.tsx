import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessageOf, ServiceChannelCostsDocument, SetServiceChannelCostDocument, type ServiceChannelCostsQuery } from '@rapport/web-data-access';
import { ErrorState, ScrollRegion } from '@rapport/web-ui';
import { App, Button, InputNumber, Modal, Select, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channelTextLabel } from '../cases/case-labels';

type CaseChannel = ServiceChannelCostsQuery['serviceChannelCosts'][number]['channel'];
type CostBasis = ServiceChannelCostsQuery['serviceChannelCosts'][number]['basis'];

/** The channels a price can be set for, in the API's channel list order. */
export const PRICED_CHANNELS: readonly CaseChannel[] = ['EMAIL', 'PHONE', 'WEB', 'PORTAL', 'CHAT', 'OTHER'];
type Draft = { basis: CostBasis; amount: number | null };

/** One channel's price: per handled minute or per case, an amount (empty: no price), saved on its own. */
function PriceRow({ channel, saved, currency, onSave, saving }: { channel: CaseChannel; saved: Draft | undefined; currency: string; onSave: (d: Draft) => Promise<void>; saving: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(saved ?? { basis: 'MINUTE', amount: null });
  const changed = draft.amount !== (saved?.amount ?? null) || (draft.amount !== null && draft.basis !== saved?.basis);
  const name = channelTextLabel(t, channel);
  return (
    <>
      <Select<CostBasis>
        aria-label={t('service.dashboard.cost.basisFor', { channel: name })}
        value={draft.basis}
        onChange={(basis) => setDraft((d) => ({ ...d, basis }))}
        options={[
          { value: 'MINUTE', label: t('service.dashboard.cost.basisMinute') },
          { value: 'CASE', label: t('service.dashboard.cost.basisCase') },
        ]}
        style={{ minWidth: 150 }}
        data-testid={`price-basis-${channel}`}
      />{' '}
      <InputNumber<number>
        aria-label={t('service.dashboard.cost.amountFor', { channel: name, currency })}
        value={draft.amount}
        min={0}
        step={0.5}
        precision={2}
        suffix={currency}
        placeholder={t('service.dashboard.cost.noPrice')}
        onChange={(amount) => setDraft((d) => ({ ...d, amount: amount ?? null }))}
        style={{ width: 170 }}
        data-testid={`price-amount-${channel}`}
      />{' '}
      <Button size="small" type={changed ? 'primary' : 'default'} disabled={!changed} loading={saving} onClick={() => void onSave(draft)} data-testid={`price-save-${channel}`}>
        {t('service.dashboard.cost.savePrice')}
      </Button>
    </>
  );
}

/**
 * The channels' prices (issue 19 item 6), for service set-up writers, opened from the cost section
 * of the dashboard where the figures they drive are. An empty amount removes the channel's price.
 */
export function ChannelPricesModal({ open, currency, onClose }: { open: boolean; currency: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, error, refetch } = useQuery(ServiceChannelCostsDocument, { skip: !open, fetchPolicy: 'cache-and-network' });
  const [setCost, setting] = useMutation(SetServiceChannelCostDocument, {
    // Every price comes back; the dashboard's cost figures are counted again with them.
    update: (cache, { data: d }) => {
      if (d) cache.writeQuery({ query: ServiceChannelCostsDocument, data: { serviceChannelCosts: d.setServiceChannelCost } });
    },
    refetchQueries: ['ServiceDashboard'],
  });
  const [savingChannel, setSavingChannel] = useState<CaseChannel | null>(null);
  const prices = new Map((data?.serviceChannelCosts ?? []).map((p) => [p.channel, { basis: p.basis, amount: p.amount }]));

  const save = async (channel: CaseChannel, d: Draft) => {
    setSavingChannel(channel);
    try {
      await setCost({ variables: { input: { channel, basis: d.basis, amount: d.amount } } });
      void message.success(t('service.dashboard.cost.priceSaved', { channel: channelTextLabel(t, channel) }));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    } finally {
      setSavingChannel(null);
    }
  };

  const columns: TableColumnsType<{ channel: CaseChannel }> = [
    { key: 'channel', title: t('service.dashboard.cost.channel'), render: (_: unknown, r) => channelTextLabel(t, r.channel) },
    {
      key: 'price',
      title: t('service.dashboard.cost.price'),
      // Keyed by the saved price: a save (or a refetch) starts the row from what is stored.
      render: (_: unknown, r) => (
        <PriceRow key={JSON.stringify(prices.get(r.channel) ?? null)} channel={r.channel} saved={prices.get(r.channel)} currency={currency} saving={savingChannel === r.channel && setting.loading} onSave={(d) => save(r.channel, d)} />
      ),
    },
  ];

  let body;
  if (!data && error) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!data) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else
    body = (
      <ScrollRegion label={t('service.dashboard.cost.prices')} data-testid="channel-prices">
        <Table size="small" rowKey="channel" columns={columns} dataSource={PRICED_CHANNELS.map((channel) => ({ channel }))} pagination={false} />
      </ScrollRegion>
    );

  return (
    <Modal open={open} title={t('service.dashboard.cost.prices')} onCancel={onClose} footer={<Button onClick={onClose}>{t('service.dashboard.cost.close')}</Button>} width={640} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('service.dashboard.cost.pricesNote')}</Typography.Paragraph>
      {body}
    </Modal>
  );
}
