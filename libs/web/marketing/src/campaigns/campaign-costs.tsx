import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { AddCampaignCostDocument, CampaignCostsDocument, errorMessageOf, type CampaignCostFieldsFragment, type CampaignDetailFragment } from '@rapport/web-data-access';
import { FormModal, NONE, orNone, useFormModal } from '@rapport/web-core';
import { EmptyState, ErrorState, formatDate, formatMoney, useKeyboardScrollableTable } from '@rapport/web-ui';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Table, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

function costColumns(t: TFunction): TableColumnsType<CampaignCostFieldsFragment> {
  return [
    { key: 'incurredOn', title: t('marketing.costs.date'), dataIndex: 'incurredOn', render: (d: string) => formatDate(d) },
    { key: 'category', title: t('marketing.costs.category'), dataIndex: 'category' },
    { key: 'amount', title: t('marketing.costs.amount'), align: 'right', render: (_: unknown, c) => <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(c.amount, c.currency)}</span> },
    { key: 'note', title: t('marketing.costs.note'), dataIndex: 'note', render: orNone },
    {
      key: 'attachmentUrl',
      title: t('marketing.costs.link'),
      render: (_: unknown, c) =>
        c.attachmentUrl ? (
          <Typography.Link href={c.attachmentUrl} target="_blank" rel="noreferrer">
            {t('marketing.costs.open')}
          </Typography.Link>
        ) : (
          NONE
        ),
    },
  ];
}

/** The campaign's itemised costs (its own, oldest first) and, for whoever may update it, "Add cost". */
export function CampaignCosts({ campaign }: { campaign: CampaignDetailFragment }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const { data, loading, error, refetch } = useQuery(CampaignCostsDocument, { variables: { id: campaign.id } });
  const costs = data?.campaign?.costs;
  const scrollBox = useKeyboardScrollableTable<HTMLDivElement>(!!costs?.length);
  return (
    <Card
      title={t('marketing.costs.title')}
      extra={
        campaign.viewerCan.update ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="campaign-add-cost">
            {t('marketing.costs.add')}
          </Button>
        ) : null
      }
    >
      <div ref={scrollBox}>
      {error && !costs ? (
        <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />
      ) : (
        <Table<CampaignCostFieldsFragment>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={costs ?? []}
          columns={costColumns(t)}
          pagination={false}
          scroll={costs?.length ? { x: 480 } : undefined}
          // antd's own empty text is too pale to read (WCAG contrast); the shared empty state is not.
        locale={{ emptyText: <EmptyState compact description={t('marketing.costs.empty')} /> }}
          data-testid="campaign-costs-table"
        />
      )}
      </div>
      <AddCostModal campaign={campaign} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}

interface CostValues {
  incurredOn: Dayjs;
  category: string;
  amount: number;
  note?: string;
  attachmentUrl?: string;
}

function AddCostModal({ campaign, open, onClose }: { campaign: CampaignDetailFragment; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [addCost, { loading }] = useMutation(AddCampaignCostDocument, { refetchQueries: ['CampaignCosts', 'CampaignRoi'] });
  const submit = async (v: CostValues) => {
    await addCost({
      variables: {
        input: {
          campaignId: campaign.id,
          incurredOn: v.incurredOn.format('YYYY-MM-DD'),
          category: v.category.trim(),
          amount: v.amount,
          note: v.note?.trim() || null,
          attachmentUrl: v.attachmentUrl?.trim() || null,
        },
      },
    });
    void message.success(t('marketing.costs.added'));
    onClose();
  };
  const { firstField, modal } = useFormModal<CostValues>({ open, onClose, fields: ['incurredOn', 'category', 'amount', 'note', 'attachmentUrl'], submit });
  const required = { required: true, message: t('validation.required') };
  return (
    <FormModal
      {...modal}
      title={t('marketing.costs.addTitle')}
      submitLabel={t('marketing.costs.add')}
      submitTestId="cost-submit"
      loading={loading}
      formProps={{ initialValues: { incurredOn: dayjs() } }}
    >
      <Form.Item name="category" label={t('marketing.costs.category')} rules={[{ ...required, whitespace: true }, { max: 100, message: t('validation.maxLength', { max: 100 }) }]}>
        <Input ref={firstField} autoComplete="off" placeholder={t('marketing.costs.categoryHint')} data-testid="cost-category" />
      </Form.Item>
      <Form.Item name="amount" label={`${t('marketing.costs.amount')} (${campaign.currency})`} rules={[required, { type: 'number', min: 0, message: t('validation.notNegative') }]}>
        <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="cost-amount" />
      </Form.Item>
      <Form.Item name="incurredOn" label={t('marketing.costs.date')} rules={[required]}>
        <DatePicker style={{ width: '100%' }} data-testid="cost-date" />
      </Form.Item>
      <Form.Item name="note" label={t('marketing.costs.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="cost-note" />
      </Form.Item>
      <Form.Item name="attachmentUrl" label={t('marketing.costs.link')} rules={[{ type: 'url', message: t('validation.url') }]}>
        <Input type="url" placeholder="https://" autoComplete="off" data-testid="cost-link" />
      </Form.Item>
    </FormModal>
  );
}
