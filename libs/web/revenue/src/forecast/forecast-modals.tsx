import { useMutation } from '@apollo/client/react';
import { AdjustForecastDocument, SetQuotaDocument } from '@rapport/web-data-access';
import { formatMoney } from '@rapport/web-ui';
import { App, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormModal } from '@rapport/web-core';
import { categoryLabel } from '../revenue-labels';
import { amountOf, CALLED_CATEGORIES, type Forecast } from './chart-data';
import type { PeriodInputShape } from './period';

export interface ForecastScope {
  teamId?: string;
  userId?: string;
  /** "Sales East", "Rita Rep": what the manager is adjusting, in words. */
  label: string;
}

interface AdjustValues {
  category: string;
  amount: number | null;
  note?: string;
}

export interface AdjustForecastModalProps {
  open: boolean;
  forecast: Forecast;
  period: PeriodInputShape;
  periodLabel: string;
  scope: ForecastScope;
  onClose: () => void;
}

/** A manager's call on one category; kept beside the reps' numbers, never over them. */
export function AdjustForecastModal({ open, forecast, period, periodLabel, scope, onClose }: AdjustForecastModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [adjust, adjusting] = useMutation(AdjustForecastDocument, { refetchQueries: ['Forecast'], awaitRefetchQueries: true });

  const submit = async (v: AdjustValues) => {
    await adjust({ variables: { input: { period, teamId: scope.teamId, userId: scope.userId, category: v.category, amount: v.amount ?? 0, note: v.note?.trim() || undefined } } });
    void message.success(t('revenue.forecast.adjustedMessage', { category: categoryLabel(t, v.category) }));
    onClose();
  };
  const { form, modal } = useFormModal<AdjustValues>({ open, onClose, fields: ['category', 'amount', 'note'], submit });
  const category = Form.useWatch('category', form) ?? 'commit';

  return (
    <FormModal
      {...modal}
      title={t('revenue.forecast.adjustTitle', { scope: scope.label, period: periodLabel })}
      submitLabel={t('revenue.forecast.adjust')}
      submitTestId="adjust-submit"
      loading={adjusting.loading}
      formProps={{
        initialValues: { category: 'commit', amount: amountOf(forecast.adjusted, 'commit') },
        onValuesChange: (changed: Partial<AdjustValues>) => {
          // Start from the figure in force for the newly chosen category.
          if (changed.category) form.setFieldValue('amount', amountOf(forecast.adjusted, changed.category));
        },
      }}
    >
      <Form.Item name="category" label={t('revenue.forecast.category')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select data-testid="adjust-category" options={CALLED_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c), 'data-testid': `adjust-category-${c}` }))} />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('revenue.forecast.amountIn', { currency: forecast.currency })}
        extra={t('revenue.forecast.repsSay', { amount: formatMoney(amountOf(forecast.categories, category), forecast.currency) })}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <InputNumber<number> min={0} max={1e12} precision={2} style={{ width: '100%' }} data-testid="adjust-amount" autoFocus />
      </Form.Item>
      <Form.Item name="note" label={t('revenue.forecast.note')} rules={[{ max: 2000, message: t('validation.maxLength', { max: 2000 }) }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t('revenue.forecast.notePlaceholder')} data-testid="adjust-note" />
      </Form.Item>
    </FormModal>
  );
}

interface QuotaValues {
  userId: string;
  amount: number | null;
}

export interface SetQuotaModalProps {
  /** Who can get a quota here: the people in the forecast's scope. */
  people: { userId: string; name: string; quota: number | null }[];
  /** Preselected person (from a row), or undefined to choose. */
  initialUserId?: string;
  open: boolean;
  currency: string;
  period: PeriodInputShape;
  periodLabel: string;
  onClose: () => void;
}

export function SetQuotaModal({ people, initialUserId, open, currency, period, periodLabel, onClose }: SetQuotaModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [setQuota, saving] = useMutation(SetQuotaDocument, { refetchQueries: ['Forecast'], awaitRefetchQueries: true });
  const initial = people.find((p) => p.userId === initialUserId);

  const submit = async (v: QuotaValues) => {
    await setQuota({ variables: { input: { userId: v.userId, period, amount: v.amount ?? 0 } } });
    void message.success(t('revenue.forecast.quotaSaved', { name: people.find((p) => p.userId === v.userId)?.name ?? '' }));
    onClose();
  };
  const { form, modal } = useFormModal<QuotaValues>({ open, onClose, fields: ['userId', 'amount'], submit });

  return (
    <FormModal
      {...modal}
      title={t('revenue.forecast.setQuotaTitle', { period: periodLabel })}
      intro={<Typography.Paragraph type="secondary">{t('revenue.forecast.quotaExplain')}</Typography.Paragraph>}
      submitLabel={t('common.save')}
      submitTestId="quota-submit"
      loading={saving.loading}
      formProps={{
        initialValues: { userId: initial?.userId, amount: initial?.quota ?? null },
        onValuesChange: (changed: Partial<QuotaValues>) => {
          if (changed.userId) form.setFieldValue('amount', people.find((p) => p.userId === changed.userId)?.quota ?? null);
        },
      }}
    >
      <Form.Item name="userId" label={t('revenue.forecast.person')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={people.map((p) => ({ value: p.userId, label: p.name }))} data-testid="quota-person" />
      </Form.Item>
      <Form.Item name="amount" label={t('revenue.forecast.amountIn', { currency })} rules={[{ required: true, message: t('validation.required') }]}>
        <InputNumber<number> min={0} max={1e12} precision={2} style={{ width: '100%' }} data-testid="quota-amount" />
      </Form.Item>
    </FormModal>
  );
}
