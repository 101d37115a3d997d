import { useMutation } from '@apollo/client/react';
import { RunCustomerMetricsDocument } from '@rapport/web-data-access';
import { FormModal, useFormModal } from '@rapport/web-core';
import { App, Button, Checkbox, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultCalibrationEnd } from './value-model';

interface RunValues {
  asOf: Dayjs;
  calibrationEnd: Dayjs;
  wonDealsAsOrders: boolean;
}

const FORM_FIELDS = ['asOf', 'calibrationEnd', 'wonDealsAsOrders'] as const;

/**
 * "Run now": queues a metrics run (RFM, the CLV fit and scoring, churn, lifecycle) as of a date,
 * the model fitted on the orders up to the calibration end and checked against the time after it.
 * Defaults: today, 26 weeks earlier, won deals counted as orders (the API's own defaults). The page
 * follows the run.
 */
export function RunMetricsButton({ type = 'primary', onQueued, testId = 'value-run' }: { type?: 'primary' | 'default'; onQueued: () => void; testId?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type={type} onClick={() => setOpen(true)} data-testid={testId}>
        {t('customerValue.run.button')}
      </Button>
      <RunMetricsModal
        open={open}
        onClose={() => setOpen(false)}
        onQueued={() => {
          setOpen(false);
          onQueued();
        }}
      />
    </>
  );
}

function RunMetricsModal({ open, onClose, onQueued }: { open: boolean; onClose: () => void; onQueued: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // The page reads the runs again once this is queued (onQueued) and follows the new one from there.
  const [run, running] = useMutation(RunCustomerMetricsDocument);

  const submit = async (v: RunValues) => {
    // A run "as of" today covers the whole day; a day in the past ends with it.
    const asOf = v.asOf.isSame(dayjs(), 'day') ? dayjs() : v.asOf.endOf('day');
    await run({ variables: { input: { asOf: asOf.toISOString(), calibrationEnd: v.calibrationEnd.endOf('day').toISOString(), wonDealsAsOrders: v.wonDealsAsOrders } } });
    void message.success(t('customerValue.run.queued'));
    onQueued();
  };
  const { modal, form } = useFormModal<RunValues>({ open, onClose, fields: FORM_FIELDS, submit });
  const now = dayjs();

  return (
    <FormModal
      {...modal}
      title={t('customerValue.run.title')}
      intro={<p>{t('customerValue.run.intro')}</p>}
      formErrorTestId="value-run-error"
      submitLabel={t('customerValue.run.submit')}
      submitTestId="value-run-submit"
      loading={running.loading}
      formProps={{
        initialValues: { asOf: now, calibrationEnd: dayjs(defaultCalibrationEnd(now.toDate())), wonDealsAsOrders: true },
        onValuesChange: (changed: Partial<RunValues>) => {
          // A new run date moves the suggested calibration end with it (26 weeks earlier).
          if (changed.asOf) form.setFieldValue('calibrationEnd', dayjs(defaultCalibrationEnd(changed.asOf.toDate())));
        },
      }}
    >
      <Form.Item name="asOf" label={t('customerValue.run.asOf')} extra={t('customerValue.run.asOfHint')} rules={[{ required: true, message: t('validation.required') }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="value-run-as-of" />
      </Form.Item>
      <Form.Item
        name="calibrationEnd"
        label={t('customerValue.run.calibrationEnd')}
        extra={t('customerValue.run.calibrationHint')}
        dependencies={['asOf']}
        rules={[
          { required: true, message: t('validation.required') },
          ({ getFieldValue }) => ({
            validator: (_, value: Dayjs | undefined) => {
              const asOf = getFieldValue('asOf') as Dayjs | undefined;
              return !value || !asOf || !value.isAfter(asOf, 'day') ? Promise.resolve() : Promise.reject(new Error(t('customerValue.run.calibrationAfter')));
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="value-run-calibration" />
      </Form.Item>
      {/* Where sales are deals rather than imported orders, won deals are the purchases (the API's default). */}
      <Form.Item name="wonDealsAsOrders" valuePropName="checked" extra={t('customerValue.run.wonDealsHint')}>
        <Checkbox data-testid="value-run-won-deals">{t('customerValue.run.wonDeals')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
