import { useMutation } from '@apollo/client/react';
import { SaveRoutingRuleDocument, type RoutingRuleFieldsFragment } from '@rapport/web-data-access';
import { App, Col, Divider, Form, Input, InputNumber, Radio, Row, Select, Switch, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormModal } from '@rapport/web-core';
import { TeamSelect } from '@rapport/web-core';
import { UserSelect } from '@rapport/web-core';
import { DISTRIBUTIONS, distributionLabel, SOURCE_VALUES, sourceLabel } from '../shared/intake-labels';
import { formToRuleInput, ruleToForm, type ListCriterion, type RuleFormValues } from './rule-criteria';

// Criteria problems (`input.criteria.maxScore`) have no single field here: they show above the form.
const FORM_FIELDS = ['name', 'active', 'targetUserId', 'targetTeamId', 'distribution'] as const;

function listLabel(t: TFunction, k: Exclude<ListCriterion, 'sources'>): string {
  switch (k) {
    case 'campaigns':
      return t('intake.routing.criteria.campaigns');
    case 'countries':
      return t('intake.routing.criteria.countries');
    case 'regions':
      return t('intake.routing.criteria.regions');
    case 'productInterests':
      return t('intake.routing.criteria.productInterests');
    case 'languages':
      return t('intake.routing.criteria.languages');
  }
}

const FREE_LISTS: Exclude<ListCriterion, 'sources'>[] = ['campaigns', 'countries', 'regions', 'productInterests', 'languages'];

export interface RoutingRuleModalProps {
  open: boolean;
  rule?: RoutingRuleFieldsFragment;
  onClose: () => void;
  onSaved: () => void;
}

/** Create or edit a routing rule: what it matches (every criterion given must hold) and who gets the lead. */
export function RoutingRuleModal({ open, rule, onClose, onSaved }: RoutingRuleModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, { loading }] = useMutation(SaveRoutingRuleDocument, { refetchQueries: ['RoutingRules'] });

  const submit = async (values: RuleFormValues) => {
    await save({ variables: { input: formToRuleInput(values, rule?.id) } });
    void message.success(t('intake.routing.ruleSaved', { name: values.name.trim() }));
    onSaved();
  };
  const { firstField, form, modal } = useFormModal<RuleFormValues>({ open, onClose, fields: FORM_FIELDS, submit });
  const targetKind = Form.useWatch('targetKind', form);

  const range = (minName: 'minScore' | 'minEmployees', maxName: 'maxScore' | 'maxEmployees', label: string, maxValue?: number) => (
    <Form.Item label={label} style={{ marginBottom: 0 }}>
      <Row gutter={8}>
        <Col span={12}>
          <Form.Item name={minName}>
            <InputNumber min={0} max={maxValue} precision={0} placeholder={t('intake.routing.from')} style={{ width: '100%' }} aria-label={`${label} ${t('intake.routing.from')}`} data-testid={`routing-rule-${minName}`} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name={maxName}
            dependencies={[minName]}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_r, v: number | null | undefined) => {
                  const min = getFieldValue(minName) as number | null | undefined;
                  if (typeof v === 'number' && typeof min === 'number' && v < min) throw new Error(t('intake.routing.maxBelowMin'));
                },
              }),
            ]}
          >
            <InputNumber min={0} max={maxValue} precision={0} placeholder={t('intake.routing.to')} style={{ width: '100%' }} aria-label={`${label} ${t('intake.routing.to')}`} data-testid={`routing-rule-${maxName}`} />
          </Form.Item>
        </Col>
      </Row>
    </Form.Item>
  );

  return (
    <FormModal
      {...modal}
      title={rule ? t('intake.routing.editRule') : t('intake.routing.newRule')}
      width={720}
      formErrorTestId="routing-rule-error"
      submitLabel={t('common.save')}
      submitTestId="routing-rule-submit"
      loading={loading}
      formProps={{ initialValues: ruleToForm(rule) }}
    >
      <Row gutter={16}>
        <Col xs={24} md={18}>
          <Form.Item name="name" label={t('intake.routing.ruleName')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
            <Input ref={firstField} autoComplete="off" data-testid="routing-rule-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="active" label={t('intake.common.active')} valuePropName="checked">
            <Switch data-testid="routing-rule-active" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('intake.routing.matches')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intake.routing.matchesHint')}</Typography.Paragraph>
      <Form.Item name="sources" label={t('intake.routing.criteria.sources')}>
        <Select mode="multiple" allowClear options={SOURCE_VALUES.map((s) => ({ value: s, label: sourceLabel(t, s) }))} placeholder={t('intake.routing.anyValue')} data-testid="routing-rule-sources" />
      </Form.Item>
      <Row gutter={16}>
        {FREE_LISTS.map((k) => (
          <Col xs={24} md={12} key={k}>
            <Form.Item name={k} label={listLabel(t, k)}>
              <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} placeholder={t('intake.routing.typeValues')} aria-label={listLabel(t, k)} data-testid={`routing-rule-${k}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          {range('minScore', 'maxScore', t('intake.routing.criteria.score'), 100)}
        </Col>
        <Col xs={24} md={12}>
          {range('minEmployees', 'maxEmployees', t('intake.routing.criteria.employees'))}
        </Col>
      </Row>
      <Divider style={{ margin: '8px 0 16px' }} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('intake.routing.goesTo')}
      </Typography.Title>
      <Form.Item name="targetKind">
        <Radio.Group optionType="button" aria-label={t('intake.routing.goesTo')}>
          {/* Test ids on the visible text: antd puts other props on the hidden radio input. */}
          <Radio.Button value="team">
            <span data-testid="routing-rule-target-team">{t('intake.routing.aTeam')}</span>
          </Radio.Button>
          <Radio.Button value="user">
            <span data-testid="routing-rule-target-user">{t('intake.routing.aPerson')}</span>
          </Radio.Button>
        </Radio.Group>
      </Form.Item>
      {targetKind === 'user' ? (
        <Form.Item name="targetUserId" label={t('intake.routing.person')} rules={[{ required: true, message: t('validation.required') }]}>
          <UserSelect data-testid="routing-rule-user" />
        </Form.Item>
      ) : (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="targetTeamId" label={t('intake.routing.team')} rules={[{ required: true, message: t('validation.required') }]}>
              <TeamSelect data-testid="routing-rule-team" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="distribution" label={t('intake.routing.distribution')} extra={t('intake.routing.distributionHint')}>
              <Radio.Group options={DISTRIBUTIONS.map((d) => ({ value: d, label: distributionLabel(t, d) }))} data-testid="routing-rule-distribution" />
            </Form.Item>
          </Col>
        </Row>
      )}
    </FormModal>
  );
}
