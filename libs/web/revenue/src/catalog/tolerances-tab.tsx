import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { DiscountTolerancesDocument, errorMessageOf, SaveDiscountToleranceDocument, type DiscountToleranceFieldsFragment } from '@rapport/web-data-access';
import { EmptyState, ErrorState, LoadingState } from '@rapport/web-ui';
import { App, Button, Flex, Form, InputNumber, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, PicklistSelect, PicklistText, useFormModal } from '@rapport/web-core';
import { formatPercent } from '../quotes/quote-preview';
import { toleranceRoleLabel } from '../revenue-labels';

// The roles saveDiscountTolerance accepts, as the API names them.
const TOLERANCE_ROLES = ['sales_rep', 'sales_manager', 'admin', 'marketer', 'service_manager', 'service_agent', 'integration'];

interface ToleranceValues {
  role: string;
  productLine?: string;
  maxDiscountPercent: number | null;
}

function ToleranceFormModal({ tolerance, open, onClose }: { tolerance?: DiscountToleranceFieldsFragment; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, saving] = useMutation(SaveDiscountToleranceDocument, { refetchQueries: ['DiscountTolerances'] });
  const submit = async (v: ToleranceValues) => {
    await save({ variables: { input: { role: v.role, productLine: v.productLine?.trim() || null, maxDiscountPercent: v.maxDiscountPercent ?? 0 } } });
    void message.success(t('revenue.catalog.toleranceSaved'));
    onClose();
  };
  const { modal } = useFormModal<ToleranceValues>({ open, onClose, fields: ['role', 'productLine', 'maxDiscountPercent'], submit });
  return (
    <FormModal
      {...modal}
      title={tolerance ? t('revenue.catalog.editTolerance') : t('revenue.catalog.newTolerance')}
      intro={<Typography.Paragraph type="secondary">{t('revenue.catalog.toleranceExplain')}</Typography.Paragraph>}
      submitLabel={t('common.save')}
      submitTestId="tolerance-submit"
      loading={saving.loading}
      formProps={{ initialValues: tolerance ? { role: tolerance.role, productLine: tolerance.productLine ?? undefined, maxDiscountPercent: tolerance.maxDiscountPercent } : { role: 'sales_rep', maxDiscountPercent: 10 } }}
    >
      {/* Role and product line identify the rule: editing keeps them, saving another pair adds a rule. */}
      <Form.Item name="role" label={t('revenue.catalog.role')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select disabled={!!tolerance} data-testid="tolerance-role" options={TOLERANCE_ROLES.map((r) => ({ value: r, label: toleranceRoleLabel(t, r) }))} />
      </Form.Item>
      <Form.Item name="productLine" label={t('revenue.catalog.productLine')} extra={t('revenue.catalog.anyLineHint')}>
        <PicklistSelect list="productLine" disabled={!!tolerance} placeholder={t('revenue.catalog.anyLine')} data-testid="tolerance-line" />
      </Form.Item>
      <Form.Item name="maxDiscountPercent" label={t('revenue.catalog.maxDiscount')} rules={[{ required: true, message: t('validation.required') }]}>
        <InputNumber<number> min={0} max={100} precision={2} suffix="%" style={{ width: '100%' }} data-testid="tolerance-max" />
      </Form.Item>
    </FormModal>
  );
}

type Editing = { tolerance?: DiscountToleranceFieldsFragment } | null;

/** How far each role may discount (per product line) before a manager must approve. */
export function TolerancesTab({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const { data, loading, error, refetch } = useQuery(DiscountTolerancesDocument);
  const rules = data?.discountTolerances ?? [];
  const columns: TableColumnsType<DiscountToleranceFieldsFragment> = [
    { key: 'role', title: t('revenue.catalog.role'), render: (_: unknown, r) => toleranceRoleLabel(t, r.role) },
    { key: 'line', title: t('revenue.catalog.productLine'), render: (_: unknown, r) => (r.productLine ? <PicklistText list="productLine" value={r.productLine} /> : <Typography.Text type="secondary">{t('revenue.catalog.anyLine')}</Typography.Text>) },
    { key: 'max', title: t('revenue.catalog.maxDiscount'), align: 'end', render: (_: unknown, r) => <span data-testid={`tolerance-${r.role}-${r.productLine ?? 'any'}`}>{formatPercent(r.maxDiscountPercent)}</span> },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            align: 'end' as const,
            render: (_: unknown, r: DiscountToleranceFieldsFragment) => (
              <Button type="link" icon={<EditOutlined />} onClick={() => setEditing({ tolerance: r })} data-testid={`tolerance-edit-${r.id}`}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!data && error) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (rules.length === 0) body = <EmptyState description={t('revenue.catalog.noTolerances')} />;
  else body = <Table<DiscountToleranceFieldsFragment> rowKey="id" dataSource={rules} columns={columns} pagination={false} data-testid="tolerances-table" />;

  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" wrap justify="space-between" align="center">
        <Typography.Text type="secondary">{t('revenue.catalog.toleranceExplain')}</Typography.Text>
        {canEdit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="tolerance-create">
            {t('revenue.catalog.newTolerance')}
          </Button>
        ) : null}
      </Flex>
      {body}
      <ToleranceFormModal open={editing !== null} tolerance={editing?.tolerance} onClose={() => setEditing(null)} />
    </Flex>
  );
}
