import { ArrowDownOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { CampaignMemberStatusesDocument } from '@rapport/web-data-access';
import { CampaignSelect, memberStatusLabel } from '@rapport/web-core';
import { CheckboxGroupField } from '@rapport/web-ui';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Select, Typography, type FormInstance } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignName } from '../mailings/use-campaign-names';
import { stepKindLabel, type FlowNames } from './nurture-labels';
import { emptyStep, moveStep, removeStep, STEP_KINDS, type NurtureFormValues, type NurtureStepKind, type StepForm } from './nurture-model';
import { StepCard } from './step-card';

export interface NurtureEditorProps {
  form: FormInstance<NurtureFormValues>;
  /** The page remounts the editor (its `key`) when these change. */
  initialValues: NurtureFormValues;
  /** Only a draft is changed, by a writer of mailings who may change this one. */
  editable: boolean;
  /** A saved nurture keeps its campaign (the API's update has none). */
  campaignLocked: boolean;
  campaigns: ReadonlyMap<string, CampaignName>;
  templates: readonly { value: string; label: string }[];
  subscriptionTypes: readonly { value: string; label: string }[];
  names: FlowNames;
  /** Problems that name no field (e.g. "a nurture sends at least one message"). */
  stepsError: string | undefined;
}

/** A saved nurture's campaign where the picker would be: only the item's id is taken (not its aria-required, which a text may not carry). */
function FixedCampaign({ name, id }: { name: string | undefined; id?: string }) {
  return (
    <Typography.Text id={id} strong data-testid="nurture-campaign-fixed">
      {name ?? '…'}
    </Typography.Text>
  );
}

/** Who joins: the source campaign's member statuses, by its type. */
function SourceStatuses({ campaign, label, ...control }: { campaign: CampaignName | undefined; label: string; id?: string; value?: unknown[]; onChange?: (v: unknown[]) => void }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(CampaignMemberStatusesDocument, { variables: { type: campaign?.type ?? '' }, skip: !campaign?.type });
  const statuses = data?.campaignMemberStatuses ?? [];
  if (!campaign) return <Typography.Text type="secondary">{t('nurtures.hints.sourceFirst')}</Typography.Text>;
  if (loading && !statuses.length) return <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>;
  // The Form.Item's value and onChange go on to the checkboxes.
  return <CheckboxGroupField {...control} aria-label={label} options={statuses.map((s) => ({ value: s.value, label: memberStatusLabel(t, s.value) }))} data-testid="nurture-source-statuses" />;
}

/**
 * The sequence's settings and its steps as a vertical flow of numbered cards, an arrow between
 * them; a writer of a draft adds steps of each kind at the end and moves or removes any. The form's
 * values are `NurtureFormValues` (nurture-model.ts); the page saves them.
 */
export function NurtureEditor({ form, initialValues, editable, campaignLocked, campaigns, templates, subscriptionTypes, names, stepsError }: NurtureEditorProps) {
  const { t } = useTranslation();
  // A form instance keeps its store across a remount, which `initialValues` only fills in: start from them.
  useEffect(() => form.resetFields(), [form]);
  const steps = (Form.useWatch('steps', { form, preserve: true }) ?? []) as StepForm[];
  const campaignId = Form.useWatch('campaignId', { form, preserve: true }) as string | null;
  const sourceCampaignId = Form.useWatch('sourceCampaignId', { form, preserve: true }) as string | null;
  const current = (): StepForm[] => (form.getFieldValue('steps') as StepForm[] | undefined) ?? [];
  const setSteps = (next: StepForm[]) => form.setFieldValue('steps', next);
  const add = (kind: NurtureStepKind) => setSteps([...current(), emptyStep(kind)]);
  const campaign = (id: string | null) => (id ? { id, name: campaigns.get(id)?.name ?? '…' } : null);
  const statusesLabel = t('nurtures.fields.memberStatuses');

  return (
    <Form<NurtureFormValues> form={form} initialValues={initialValues} layout="vertical" disabled={!editable} requiredMark={editable} data-testid="nurture-form">
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('nurtures.sections.settings')}</h2>} style={{ marginBottom: 16 }}>
        <Form.Item name="name" label={t('nurtures.fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input maxLength={200} autoComplete="off" data-testid="nurture-name" />
        </Form.Item>
        <Form.Item name="campaignId" label={t('nurtures.fields.campaign')} rules={[{ required: true, message: t('validation.required') }]} extra={campaignLocked ? undefined : t('nurtures.hints.campaign')}>
          {campaignLocked ? (
            <FixedCampaign name={campaigns.get(campaignId ?? '')?.name} />
          ) : (
            <CampaignSelect current={campaign(campaignId)} data-testid="nurture-campaign" />
          )}
        </Form.Item>
        <Form.Item name="subscriptionTypeId" label={t('nurtures.fields.subscriptionType')} rules={[{ required: true, message: t('validation.required') }]} extra={t('nurtures.hints.subscriptionType')}>
          <Select<string> showSearch={{ optionFilterProp: 'label' }} options={[...subscriptionTypes]} data-testid="nurture-type" />
        </Form.Item>
        <Form.Item name="sourceCampaignId" label={t('nurtures.fields.sourceCampaign')} rules={[{ required: true, message: t('validation.required') }]} extra={t('nurtures.hints.source')}>
          <CampaignSelect current={campaign(sourceCampaignId)} data-testid="nurture-source-campaign" />
        </Form.Item>
        <Form.Item name="memberStatuses" label={statusesLabel} rules={[{ required: true, type: 'array', min: 1, message: t('nurtures.hints.statusesRequired') }]}>
          <SourceStatuses campaign={sourceCampaignId ? campaigns.get(sourceCampaignId) : undefined} label={statusesLabel} />
        </Form.Item>
        <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
          {t('nurtures.fields.stopRules')}
        </Typography.Text>
        <Form.Item name="stopOnReply" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox data-testid="nurture-stop-reply">{t('nurtures.fields.stopOnReply')}</Checkbox>
        </Form.Item>
        <Form.Item name="stopWhenCustomer" valuePropName="checked">
          <Checkbox data-testid="nurture-stop-customer">{t('nurtures.fields.stopWhenCustomer')}</Checkbox>
        </Form.Item>
      </Card>

      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('nurtures.sections.steps')}</h2>} style={{ marginBottom: 16 }}>
        {stepsError ? <Alert type="error" showIcon message={stepsError} style={{ marginBottom: 16 }} data-testid="nurture-steps-error" /> : null}
        {!steps.length ? <Typography.Paragraph type="secondary">{t('nurtures.flow.none')}</Typography.Paragraph> : null}
        <Form.List name="steps">
          {(fields) => (
            <ol aria-label={t('nurtures.sections.steps')} style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="nurture-flow">
              {fields.map((field, i) => (
                <li key={steps[i]?.key ?? field.key}>
                  {i > 0 ? (
                    <Flex justify="center" style={{ padding: '4px 0' }} aria-hidden>
                      <ArrowDownOutlined style={{ fontSize: 18, color: '#8c8c8c' }} />
                    </Flex>
                  ) : null}
                  <StepCard
                    name={field.name}
                    index={i}
                    steps={steps}
                    templates={templates}
                    names={names}
                    editable={editable}
                    onMove={(by) => setSteps(moveStep(current(), i, by))}
                    onRemove={() => setSteps(removeStep(current(), i))}
                  />
                </li>
              ))}
            </ol>
          )}
        </Form.List>
        {editable ? (
          <div style={{ marginTop: 16 }}>
            <Typography.Text strong id="nurture-add-label" style={{ display: 'block', marginBottom: 8 }}>
              {t('nurtures.actions.addStep')}
            </Typography.Text>
            <Flex gap={8} wrap role="group" aria-labelledby="nurture-add-label">
              {STEP_KINDS.map((kind) => (
                <Button key={kind} icon={<PlusOutlined />} onClick={() => add(kind)} data-testid={`nurture-add-${kind}`}>
                  {stepKindLabel(t, kind)}
                </Button>
              ))}
            </Flex>
          </div>
        ) : null}
      </Card>
    </Form>
  );
}
