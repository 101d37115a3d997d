import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { CampaignMemberStatusesDocument } from '@rapport/web-data-access';
import { CampaignSelect, memberStatusLabel } from '@rapport/web-core';
import { Button, Card, Checkbox, Flex, Form, Input, InputNumber, Radio, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCampaignNames } from '../mailings/use-campaign-names';
import { stepExits, stepKindLabel, stepSummary, targetLabel, weekdayName, type FlowNames } from './nurture-labels';
import { FINISH, FOLLOWING, type StepForm } from './nurture-model';

export interface StepCardProps {
  /** The Form.List field's name (its index). */
  name: number;
  index: number;
  steps: readonly StepForm[];
  templates: readonly { value: string; label: string }[];
  names: FlowNames;
  editable: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: h, label: `${String(h).padStart(2, '0')}:00` }));

/** The statuses a set-member-status step may set: those of the chosen campaign's type. */
function MemberStatusSelect({ campaignId, ...props }: { campaignId: string | null; id?: string; value?: string; onChange?: (v: string) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const names = useCampaignNames(campaignId ? [campaignId] : []);
  const type = campaignId ? names.byId.get(campaignId)?.type : undefined;
  const { data, loading } = useQuery(CampaignMemberStatusesDocument, { variables: { type: type ?? '' }, skip: !type });
  return (
    <Select<string>
      {...props}
      loading={loading}
      options={(data?.campaignMemberStatuses ?? []).map((s) => ({ value: s.value, label: memberStatusLabel(t, s.value) }))}
      data-testid="nurture-step-member-status"
    />
  );
}

/**
 * One step of the sequence as a numbered card: what it does in words, its kind's fields, and
 * where people go after it (a branch's two ways named by step number). Writers of a draft move it
 * up or down or remove it; everyone else reads it.
 */
export function StepCard({ name, index, steps, templates, names, editable, onMove, onRemove }: StepCardProps) {
  const { t } = useTranslation();
  const step = steps[index];
  if (!step) return null;
  const n = index + 1;
  // Jumps only go forward (ADR 0017): later steps, or the end.
  const targets = [...steps.slice(index + 1).map((s) => ({ value: s.key, label: `${targetLabel(t, s.key, steps)} · ${stepKindLabel(t, s.kind)}` })), { value: FINISH, label: t('nurtures.flow.finish') }];
  const sends = steps
    .slice(0, index)
    .flatMap((s) => (s.kind === 'SEND' ? [{ value: s.key, label: `${targetLabel(t, s.key, steps)} · ${stepSummary(t, s, steps, names)}` }] : []));
  const f = (field: string) => [name, field];
  const testId = (field: string) => `nurture-step-${index}-${field}`;
  const summary = stepSummary(t, step, steps, names);

  let fields;
  switch (step.kind) {
    case 'SEND':
      fields = (
        <>
          <Form.Item name={f('templateId')} label={t('nurtures.fields.template')} extra={t('nurtures.hints.template')}>
            <Select<string> showSearch={{ optionFilterProp: 'label' }} options={[...templates]} data-testid={testId('template')} />
          </Form.Item>
          <Form.Item name={f('resendAllowed')} valuePropName="checked">
            <Checkbox data-testid={testId('resend')}>{t('nurtures.fields.resendAllowed')}</Checkbox>
          </Form.Item>
        </>
      );
      break;
    case 'WAIT':
      fields = (
        <>
          <Form.Item name={f('waitMode')} label={t('nurtures.fields.waitMode')}>
            <Radio.Group
              options={[
                { value: 'days', label: t('nurtures.fields.waitDays') },
                { value: 'weekday', label: t('nurtures.fields.waitWeekday') },
              ]}
              data-testid={testId('wait-mode')}
            />
          </Form.Item>
          {step.waitMode === 'weekday' ? (
            <Space wrap align="start">
              <Form.Item name={f('weekday')} label={t('nurtures.fields.weekday')}>
                <Select<number> style={{ minWidth: 140 }} options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: weekdayName(d, names.language) }))} data-testid={testId('weekday')} />
              </Form.Item>
              <Form.Item name={f('hour')} label={t('nurtures.fields.hour')} extra={t('nurtures.hints.hour')}>
                <Select<number> style={{ minWidth: 110 }} options={HOURS} data-testid={testId('hour')} />
              </Form.Item>
            </Space>
          ) : (
            <Form.Item name={f('days')} label={t('nurtures.fields.days')}>
              <InputNumber min={1} max={365} precision={0} data-testid={testId('days')} />
            </Form.Item>
          )}
        </>
      );
      break;
    case 'BRANCH':
      fields = (
        <>
          <Form.Item name={f('sendStep')} label={t('nurtures.fields.sendStep')}>
            <Select<string> options={sends} notFoundContent={t('nurtures.hints.noEarlierSend')} data-testid={testId('send-step')} />
          </Form.Item>
          <Form.Item name={f('branchOn')} label={t('nurtures.fields.branchOn')}>
            <Radio.Group
              options={[
                { value: 'OPENED', label: t('nurtures.fields.opened') },
                { value: 'CLICKED', label: t('nurtures.fields.clicked') },
              ]}
              data-testid={testId('branch-on')}
            />
          </Form.Item>
          <Form.Item name={f('withinHours')} label={t('nurtures.fields.withinHours')}>
            <InputNumber min={1} max={720} precision={0} data-testid={testId('within')} />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name={f('thenStep')} label={t('nurtures.fields.thenStep')}>
              <Select<string> style={{ minWidth: 180 }} options={targets} data-testid={testId('then')} />
            </Form.Item>
            <Form.Item name={f('elseStep')} label={t('nurtures.fields.elseStep')}>
              <Select<string> style={{ minWidth: 180 }} options={targets} data-testid={testId('else')} />
            </Form.Item>
          </Space>
        </>
      );
      break;
    case 'SET_MEMBER_STATUS':
      fields = (
        <Space wrap align="start">
          <Form.Item name={f('campaignId')} label={t('nurtures.fields.statusCampaign')}>
            <CampaignSelect current={step.campaignId ? { id: step.campaignId, name: names.campaign(step.campaignId) ?? '…' } : null} data-testid={testId('campaign')} />
          </Form.Item>
          <Form.Item name={f('memberStatus')} label={t('nurtures.fields.memberStatus')}>
            <MemberStatusSelect campaignId={step.campaignId} />
          </Form.Item>
        </Space>
      );
      break;
    case 'NOTIFY_OWNER':
      fields = (
        <Form.Item name={f('message')} label={t('nurtures.fields.message')} extra={t('nurtures.hints.message')}>
          <Input.TextArea rows={2} maxLength={500} data-testid={testId('message')} />
        </Form.Item>
      );
      break;
  }

  const title = t('nurtures.flow.stepTitle', { n, kind: stepKindLabel(t, step.kind) });
  return (
    <Card
      size="small"
      data-testid="nurture-step"
      data-kind={step.kind}
      title={
        <Flex gap={8} align="center" wrap>
          <Tag color="blue" style={{ marginInlineEnd: 0 }} aria-hidden>
            {n}
          </Tag>
          <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }} id={`nurture-step-title-${step.key}`}>
            {title}
          </Typography.Title>
        </Flex>
      }
      extra={
        editable ? (
          <Space size={0}>
            <Button type="text" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('nurtures.actions.moveUp', { n })} data-testid={testId('up')} />
            <Button type="text" icon={<ArrowDownOutlined />} disabled={index === steps.length - 1} onClick={() => onMove(1)} aria-label={t('nurtures.actions.moveDown', { n })} data-testid={testId('down')} />
            <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('nurtures.actions.remove', { n })} data-testid={testId('remove')} />
          </Space>
        ) : null
      }
    >
      <Typography.Paragraph strong data-testid="nurture-step-summary">
        {summary}
      </Typography.Paragraph>
      {editable ? fields : null}
      {editable && step.kind !== 'BRANCH' ? (
        <Form.Item name={f('next')} label={t('nurtures.fields.next')}>
          <Select<string> style={{ maxWidth: 280 }} options={[{ value: FOLLOWING, label: t('nurtures.flow.following') }, ...targets]} data-testid={testId('next')} />
        </Form.Item>
      ) : null}
      <div data-testid="nurture-step-exits">
        {stepExits(t, step, index, steps).map((exit) => (
          <Typography.Text key={exit} type="secondary" style={{ display: 'block' }}>
            {exit}
          </Typography.Text>
        ))}
      </div>
    </Card>
  );
}
