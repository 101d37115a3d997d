import { useMutation } from '@apollo/client/react';
import { SaveScoringRuleDocument, type ScoringRuleFieldsFragment } from '@rapport/web-data-access';
import { App, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormModal } from '@rapport/web-core';
import { fieldLabel, operatorLabel } from '../shared/intake-labels';
import { ENGAGEMENT_FIELDS, FIT_FIELDS, operatorsFor, ruleToScoringForm, scoringFormToInput, valueKind, type ScoringFormValues } from './scoring-value';

const FORM_FIELDS = ['name', 'field', 'operator', 'valueText', 'points', 'active'] as const;
const RENAME = { value: 'valueText' };

export function ScoringRuleModal({ open, rule, onClose }: { open: boolean; rule?: ScoringRuleFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, { loading }] = useMutation(SaveScoringRuleDocument, { refetchQueries: ['ScoringSetup'] });

  const submit = async (values: ScoringFormValues) => {
    await save({ variables: { input: scoringFormToInput(values, rule?.id) } });
    void message.success(t('intake.scoring.saved', { name: values.name.trim() }));
    onClose();
  };
  const { firstField, form, modal } = useFormModal<ScoringFormValues>({ open, onClose, fields: FORM_FIELDS, rename: RENAME, submit });
  const field = Form.useWatch('field', form) ?? rule?.field ?? 'title';
  const operator = Form.useWatch('operator', form) ?? rule?.operator ?? 'in';
  const kind = valueKind(operator);
  const operators = operatorsFor(field);

  return (
    <FormModal
      {...modal}
      title={rule ? t('intake.scoring.editRule') : t('intake.scoring.newRule')}
      submitLabel={t('common.save')}
      submitTestId="scoring-rule-submit"
      loading={loading}
      formProps={{
        initialValues: ruleToScoringForm(rule),
        onValuesChange: (changed: Partial<ScoringFormValues>) => {
          // A field that compares differently (a count vs. a text) needs an operator that fits it.
          if (changed.field && !operatorsFor(changed.field).includes(form.getFieldValue('operator'))) form.setFieldValue('operator', operatorsFor(changed.field)[0]);
        },
      }}
    >
      <Form.Item name="name" label={t('intake.scoring.ruleName')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
        <Input ref={firstField} autoComplete="off" data-testid="scoring-rule-name" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="field" label={t('intake.scoring.field')}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={[
                { label: t('intake.scoring.fit'), options: FIT_FIELDS.map((f) => ({ value: f, label: fieldLabel(t, f) })) },
                { label: t('intake.scoring.engagement'), options: ENGAGEMENT_FIELDS.map((f) => ({ value: f, label: fieldLabel(t, f) })) },
              ]}
              data-testid="scoring-rule-field"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="operator" label={t('intake.scoring.operator')}>
            <Select options={operators.map((o) => ({ value: o, label: operatorLabel(t, o) }))} data-testid="scoring-rule-operator" />
          </Form.Item>
        </Col>
      </Row>
      {kind === 'none' ? null : (
        <Form.Item
          name="valueText"
          label={t('intake.scoring.value')}
          extra={kind === 'list' ? t('intake.scoring.listHint') : undefined}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            ...(kind === 'number' ? [{ pattern: /^\s*-?\d+(\.\d+)?\s*$/, message: t('intake.scoring.needsNumber') }] : []),
          ]}
        >
          <Input autoComplete="off" inputMode={kind === 'number' ? 'numeric' : undefined} data-testid="scoring-rule-value" />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col xs={12}>
          <Form.Item name="points" label={t('intake.scoring.points')} extra={t('intake.scoring.pointsHint')} rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber min={-100} max={100} precision={0} style={{ width: '100%' }} data-testid="scoring-rule-points" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="active" label={t('intake.common.active')} valuePropName="checked">
            <Switch data-testid="scoring-rule-active" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
