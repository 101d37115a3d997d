import { useMutation } from '@apollo/client/react';
import { SetExchangeRateDocument, type ExchangeRateFieldsFragment } from '@rapport/web-data-access';
import { FormModal, useFormModal } from '@rapport/web-core';
import { DATE_FORMAT } from '@rapport/web-ui';
import { Alert, App, DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BASE_CURRENCY, currencyProblem, rateProblem } from './exchange-rate-rules';

interface RateValues {
  currency: string;
  validFrom: Dayjs;
  rate: string;
}

export type RateDialog =
  /** A new rate; `currency` pre-fills the code (the "Add rate for USD" button of a currency). */
  | { mode: 'add'; currency?: string }
  /** A correction: the rate of an existing currency and day; both stay as they are. */
  | { mode: 'correct'; rate: ExchangeRateFieldsFragment };

export interface ExchangeRateFormModalProps {
  dialog?: RateDialog;
  /** Every rate on screen, to say when a new one replaces the rate of the same currency and day. */
  rates: readonly ExchangeRateFieldsFragment[];
  onClose: () => void;
}

/**
 * Adds a rate or corrects one. The checks are the API's (3-letter code, not the base, a real day,
 * an exact decimal above zero), so most mistakes are caught before anything is sent; what the API
 * still refuses lands on the field it names.
 */
export function ExchangeRateFormModal({ dialog, rates, onClose }: ExchangeRateFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, { loading }] = useMutation(SetExchangeRateDocument, { refetchQueries: ['ExchangeRates'], awaitRefetchQueries: true });
  const correcting = dialog?.mode === 'correct' ? dialog.rate : undefined;

  const submit = async (v: RateValues) => {
    const input = { currency: v.currency.trim(), validFrom: v.validFrom.format(DATE_FORMAT), rate: v.rate.trim() };
    const { data } = await save({ variables: { input } });
    const saved = data?.setExchangeRate.exchangeRate ?? input;
    void message.success(t('exchangeRates.saved', { day: saved.validFrom, currency: saved.currency, rate: saved.rate }));
    onClose();
  };
  const { firstField, form, modal } = useFormModal<RateValues>({ open: Boolean(dialog), onClose, fields: ['currency', 'validFrom', 'rate'], submit });

  useEffect(() => {
    if (!dialog) return;
    if (dialog.mode === 'correct') form.setFieldsValue({ currency: dialog.rate.currency, validFrom: dayjs(dialog.rate.validFrom), rate: dialog.rate.rate });
    else form.setFieldsValue({ currency: dialog.currency ?? '', validFrom: dayjs(), rate: '' });
  }, [dialog, form]);

  // Live: the rate as a sentence, and a warning when a new rate would replace one of the same day.
  const currency = (Form.useWatch('currency', form) ?? '').trim();
  const day = Form.useWatch('validFrom', form) as Dayjs | undefined;
  const rate = (Form.useWatch('rate', form) ?? '').trim();
  const sameDay = !correcting && day ? rates.find((r) => r.currency === currency && r.validFrom === day.format(DATE_FORMAT)) : undefined;
  const preview = !currencyProblem(currency) && !rateProblem(rate) ? t('exchangeRates.fields.preview', { currency, rate }) : undefined;

  const currencyRule = {
    validator: (_: unknown, value?: string) => {
      const problem = currencyProblem((value ?? '').trim());
      if (!problem) return Promise.resolve();
      return Promise.reject(new Error(problem === 'base' ? t('exchangeRates.validation.base') : t('exchangeRates.validation.currency')));
    },
  };
  const rateRule = {
    validator: (_: unknown, value?: string) => {
      const problem = rateProblem((value ?? '').trim());
      if (!problem) return Promise.resolve();
      return Promise.reject(new Error(problem === 'zero' ? t('exchangeRates.validation.rateZero') : t('exchangeRates.validation.rate')));
    },
  };

  return (
    <FormModal<RateValues>
      {...modal}
      title={correcting ? t('exchangeRates.correctTitle', { currency: correcting.currency, day: correcting.validFrom }) : t('exchangeRates.addTitle')}
      width={480}
      submitLabel={t('common.save')}
      submitTestId="rate-submit"
      loading={loading}
      intro={correcting ? <Typography.Paragraph type="secondary">{t('exchangeRates.fields.fixed')}</Typography.Paragraph> : undefined}
    >
      <Form.Item
        name="currency"
        label={t('exchangeRates.fields.currency')}
        extra={t('exchangeRates.fields.currencyHint')}
        // People type "usd": the API takes codes in capitals, so the field writes them so.
        normalize={(v?: string) => v?.toUpperCase()}
        validateFirst
        rules={[{ required: true, whitespace: true, message: t('validation.required') }, currencyRule]}
      >
        <Input ref={correcting ? undefined : firstField} maxLength={3} autoComplete="off" disabled={Boolean(correcting)} placeholder="USD" style={{ width: 120 }} data-testid="rate-currency" />
      </Form.Item>
      <Form.Item name="validFrom" label={t('exchangeRates.fields.validFrom')} extra={t('exchangeRates.fields.validFromHint')} rules={[{ required: true, message: t('validation.required') }]}>
        <DatePicker allowClear={false} disabled={Boolean(correcting)} style={{ width: 180 }} data-testid="rate-valid-from" />
      </Form.Item>
      <Form.Item
        name="rate"
        label={t('exchangeRates.fields.rate')}
        extra={preview ?? t('exchangeRates.fields.rateHint')}
        validateFirst
        rules={[{ required: true, whitespace: true, message: t('validation.required') }, rateRule]}
      >
        {/* Text, not a number box: the rate is exact decimal text, and a number box would round it. */}
        <Input ref={correcting ? firstField : undefined} inputMode="decimal" autoComplete="off" placeholder="7.1234" suffix={BASE_CURRENCY} style={{ width: 220 }} data-testid="rate-value" />
      </Form.Item>
      {sameDay ? (
        <Alert type="warning" showIcon title={t('exchangeRates.validation.replaces', { currency: sameDay.currency, rate: sameDay.rate })} data-testid="rate-replaces" />
      ) : null}
    </FormModal>
  );
}
