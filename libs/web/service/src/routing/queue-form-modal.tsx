import { useMutation } from '@apollo/client/react';
import { SaveRoutingQueueDocument, type RoutingQueueFieldsFragment } from '@rapport/web-data-access';
import { FormModal, useFormModal } from '@rapport/web-core';
import { App, Col, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { distributionLabel, type Distribution } from './routing-model';
import { SkillLevelsInput, type SkillLevel } from './skill-levels-input';

interface QueueValues {
  name: string;
  description: string;
  distribution: Distribution;
  skills: SkillLevel[];
  targetMinutes: number;
  overflowQueueId: string | null;
  overflowAfterMinutes: number | null;
  isDefault: boolean;
  active: boolean;
}

export type QueueDialog = { mode: 'add' } | { mode: 'edit'; queue: RoutingQueueFieldsFragment };

const DISTRIBUTIONS: readonly Distribution[] = ['ROUND_ROBIN', 'LEAST_BUSY'];

/**
 * Adds or changes a routing queue: the skills (with levels) its agents need, how it shares work, the
 * service-level target and where it overflows after how long. Minutes here, seconds in the API.
 */
export function QueueFormModal({
  dialog,
  onClose,
  queues,
  skills,
}: {
  dialog?: QueueDialog;
  onClose: () => void;
  queues: readonly RoutingQueueFieldsFragment[];
  skills: readonly { key: string; name: string }[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, { loading }] = useMutation(SaveRoutingQueueDocument, { refetchQueries: ['RoutingSetup'], awaitRefetchQueries: true });
  const editing = dialog?.mode === 'edit' ? dialog.queue : undefined;

  const submit = async (v: QueueValues) => {
    const overflow = v.overflowQueueId ?? null;
    await save({
      variables: {
        input: {
          ...(editing ? { id: editing.id } : {}),
          name: v.name.trim(),
          description: v.description.trim(),
          distribution: v.distribution,
          skills: v.skills.map((s) => ({ skillKey: s.skillKey, level: s.level })),
          targetSeconds: Math.round(v.targetMinutes * 60),
          overflowQueueId: overflow,
          overflowAfterSeconds: overflow && v.overflowAfterMinutes != null ? Math.round(v.overflowAfterMinutes * 60) : null,
          isDefault: v.isDefault,
          active: v.active,
        },
      },
    });
    void message.success(t('routing.setup.queueSaved', { name: v.name.trim() }));
    onClose();
  };
  const { firstField, form, modal } = useFormModal<QueueValues>({
    open: Boolean(dialog),
    onClose,
    fields: ['name', 'description', 'distribution', 'skills', 'targetMinutes', 'overflowQueueId', 'overflowAfterMinutes', 'isDefault', 'active'],
    rename: { targetSeconds: 'targetMinutes', overflowAfterSeconds: 'overflowAfterMinutes' },
    submit,
  });
  const overflowQueueId = Form.useWatch('overflowQueueId', form) as string | null | undefined;

  useEffect(() => {
    if (!dialog) return;
    const q = dialog.mode === 'edit' ? dialog.queue : undefined;
    form.setFieldsValue({
      name: q?.name ?? '',
      description: q?.description ?? '',
      distribution: q?.distribution ?? 'LEAST_BUSY',
      skills: q?.skills.map((s) => ({ skillKey: s.skillKey, level: s.level })) ?? [],
      targetMinutes: q ? q.targetSeconds / 60 : 60,
      overflowQueueId: q?.overflowQueueId ?? null,
      overflowAfterMinutes: q?.overflowAfterSeconds != null ? q.overflowAfterSeconds / 60 : null,
      isDefault: q?.isDefault ?? false,
      active: q?.active ?? true,
    });
  }, [dialog, form]);

  const others = queues.filter((q) => q.id !== editing?.id);
  return (
    <FormModal<QueueValues>
      {...modal}
      title={editing ? t('routing.setup.editQueue', { name: editing.name }) : t('routing.setup.addQueue')}
      width={720}
      submitLabel={t('routing.setup.save')}
      submitTestId="queue-submit"
      loading={loading}
    >
      <Form.Item name="name" label={t('routing.setup.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input ref={firstField} maxLength={120} autoComplete="off" data-testid="queue-name" />
      </Form.Item>
      <Form.Item name="description" label={t('routing.setup.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
      </Form.Item>
      <Form.Item name="distribution" label={t('routing.setup.distribution')} extra={t('routing.setup.distributionHint')}>
        <Radio.Group options={DISTRIBUTIONS.map((d) => ({ value: d, label: distributionLabel(t, d) }))} data-testid="queue-distribution" />
      </Form.Item>
      <Form.Item name="skills" label={t('routing.setup.skills')} extra={t('routing.setup.skillsHint')}>
        <SkillLevelsInput skills={skills} testId="queue-skills" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="targetMinutes"
            label={t('routing.setup.targetMinutes')}
            extra={t('routing.setup.targetHint')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber min={1} max={100_000} precision={0} style={{ width: '100%' }} data-testid="queue-target" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="overflowQueueId" label={t('routing.setup.overflowQueue')}>
            <Select allowClear placeholder={t('routing.setup.noOverflow')} options={others.map((q) => ({ value: q.id, label: q.name }))} data-testid="queue-overflow" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="overflowAfterMinutes"
            label={t('routing.setup.overflowAfter')}
            rules={overflowQueueId ? [{ required: true, message: t('routing.setup.overflowAfterRequired') }] : []}
          >
            <InputNumber min={1} max={100_000} precision={0} disabled={!overflowQueueId} style={{ width: '100%' }} data-testid="queue-overflow-after" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={12}>
          <Form.Item name="isDefault" label={t('routing.setup.isDefault')} valuePropName="checked" extra={t('routing.setup.isDefaultHint')}>
            <Switch data-testid="queue-default" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="active" label={t('routing.setup.active')} valuePropName="checked">
            <Switch data-testid="queue-active" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
