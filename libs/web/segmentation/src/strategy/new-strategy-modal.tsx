import { useMutation } from '@apollo/client/react';
import { CreateSegmentStrategyDocument, errorCodeOf, errorMessageOf, fieldErrorsOf, mapFieldErrors } from '@rapport/web-data-access';
import { withTestId } from '@rapport/web-ui';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_STRATEGY, HOLDOUT_PERCENT_RANGE, STRATEGY_FIELD_RENAME, STRATEGY_FORM_FIELDS, strategyInput, type StrategyFormValues } from './strategy-model';

/**
 * "New strategy": a name, what is done (description), the share held back (10% unless changed)
 * and the window its effect is measured over. The API draws the holdout when it is created.
 */
export function NewStrategyModal({ segmentId, open, onClose }: { segmentId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<StrategyFormValues>();
  const [formError, setFormError] = useState<string>();
  const [create, { loading }] = useMutation(CreateSegmentStrategyDocument, { refetchQueries: ['SegmentStrategies'], awaitRefetchQueries: true });

  const submit = async (values: StrategyFormValues) => {
    setFormError(undefined);
    try {
      await create({ variables: { input: strategyInput(segmentId, values) } });
      void message.success(t('strategies.created'));
      onClose();
    } catch (e) {
      const mapped = mapFieldErrors(fieldErrorsOf(e), STRATEGY_FORM_FIELDS, { rename: STRATEGY_FIELD_RENAME });
      if (mapped.fields.length) form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
      if (mapped.unmatched.length) setFormError(mapped.unmatched.join(' '));
      else if (!mapped.fields.length) setFormError(errorCodeOf(e) ? (errorMessageOf(e) ?? t('strategies.failed')) : t('errors.network'));
    }
  };

  return (
    <Modal
      open={open}
      title={t('strategies.newTitle')}
      okText={t('strategies.create')}
      cancelText={t('strategies.cancel')}
      okButtonProps={withTestId<ButtonProps>({ loading }, 'strategy-create-submit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('strategies.newExplain')}</Typography.Paragraph>
      <Form<StrategyFormValues> form={form} layout="vertical" initialValues={EMPTY_STRATEGY} clearOnDestroy onFinish={(v) => void submit(v)} requiredMark>
        <Form.Item name="name" label={t('strategies.fields.name')} rules={[{ required: true, whitespace: true, message: t('strategies.fields.nameRequired') }, { max: 200 }]}>
          <Input maxLength={200} autoFocus data-testid="strategy-name" />
        </Form.Item>
        <Form.Item name="description" label={t('strategies.fields.description')} extra={t('strategies.fields.descriptionHint')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="strategy-description" />
        </Form.Item>
        <Form.Item
          name="holdoutPercent"
          label={t('strategies.fields.holdout')}
          extra={t('strategies.fields.holdoutHint')}
          rules={[{ required: true, type: 'number', min: HOLDOUT_PERCENT_RANGE.min, max: HOLDOUT_PERCENT_RANGE.max, message: t('strategies.fields.holdoutRange', HOLDOUT_PERCENT_RANGE) }]}
        >
          <InputNumber min={HOLDOUT_PERCENT_RANGE.min} max={HOLDOUT_PERCENT_RANGE.max} precision={0} suffix="%" style={{ width: 120 }} data-testid="strategy-holdout" />
        </Form.Item>
        <Form.Item name="startsOn" label={t('strategies.fields.startsOn')} extra={t('strategies.fields.startsOnHint')}>
          <DatePicker style={{ width: 180 }} data-testid="strategy-starts" />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label={t('strategies.fields.endsOn')}
          extra={t('strategies.fields.endsOnHint')}
          dependencies={['startsOn']}
          rules={[
            {
              validator: async (_, value: StrategyFormValues['endsOn']) => {
                const starts = form.getFieldValue('startsOn') as StrategyFormValues['startsOn'];
                if (value && starts && value.isBefore(starts, 'day')) throw new Error(t('strategies.fields.endsBeforeStart'));
              },
            },
          ]}
        >
          <DatePicker style={{ width: 180 }} data-testid="strategy-ends" />
        </Form.Item>
      </Form>
      {formError ? <Alert type="error" showIcon title={formError} data-testid="strategy-create-error" /> : null}
    </Modal>
  );
}
