import { useMutation } from '@apollo/client/react';
import { fieldErrorsOf, SaveRoutingQueueRuleDocument, type RoutingQueueFieldsFragment, type RoutingQueueRuleFieldsFragment } from '@rapport/web-data-access';
import { FormModal, useFormModal } from '@rapport/web-core';
import { App, Form, Input, Select, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_CHANNELS, channelLabel, priorityLabel } from '../cases/case-labels';
import type { CaseChannel, CasePriority } from '../cases/case-types';
import { languageName, ROUTING_LANGUAGES } from './routing-model';

// The rules store priorities as the API's lower-case keys.
const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
const CRITERIA = ['channels', 'priorities', 'languages', 'accountTiers', 'keywords'] as const;
type CriteriaKey = (typeof CRITERIA)[number];

interface RuleValues {
  name: string;
  queueId: string;
  active: boolean;
  criteria: { channels: CaseChannel[]; priorities: string[]; languages: string[]; accountTiers: string[]; keywords: string[] };
}

export type RuleDialog = { mode: 'add' } | { mode: 'edit'; rule: RoutingQueueRuleFieldsFragment };

/**
 * Adds or changes a rule: the queue it sends to and its criteria (every list given must hold, a list
 * matches any of its values). The API's problems with a criterion (`input.criteria.<list>.<n>`) go on
 * that list; products stay as set elsewhere (the API keeps the ids it has).
 */
export function RuleFormModal({ dialog, onClose, queues }: { dialog?: RuleDialog; onClose: () => void; queues: readonly RoutingQueueFieldsFragment[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, { loading }] = useMutation(SaveRoutingQueueRuleDocument, { refetchQueries: ['RoutingSetup'], awaitRefetchQueries: true });
  const editing = dialog?.mode === 'edit' ? dialog.rule : undefined;

  const submit = async (v: RuleValues) => {
    const c = v.criteria;
    const clean = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);
    try {
      await save({
        variables: {
          input: {
            ...(editing ? { id: editing.id } : {}),
            name: v.name.trim(),
            queueId: v.queueId,
            active: v.active,
            criteria: { channels: c.channels, priorities: c.priorities, languages: c.languages, accountTiers: clean(c.accountTiers), keywords: clean(c.keywords), productIds: editing?.criteria.productIds ?? [] },
          },
        },
      });
    } catch (e) {
      // A criterion's problem goes on its list; anything else is the dialog's to show.
      const onCriteria = fieldErrorsOf(e).flatMap((p) => {
        const [, head, key] = p.path.split('.');
        return head === 'criteria' && (CRITERIA as readonly string[]).includes(key ?? '') ? [{ name: ['criteria', key as CriteriaKey] as ['criteria', CriteriaKey], errors: [p.message] }] : [];
      });
      if (!onCriteria.length) throw e;
      form.setFields(onCriteria);
      return;
    }
    void message.success(t('routing.setup.ruleSaved', { name: v.name.trim() }));
    onClose();
  };
  const { firstField, form, modal } = useFormModal<RuleValues>({ open: Boolean(dialog), onClose, fields: ['name', 'queueId', 'active'], submit });

  useEffect(() => {
    if (!dialog) return;
    const r = dialog.mode === 'edit' ? dialog.rule : undefined;
    const c = r?.criteria;
    form.setFieldsValue({
      name: r?.name ?? '',
      queueId: r?.queueId ?? queues[0]?.id,
      active: r?.active ?? true,
      criteria: { channels: c?.channels ?? [], priorities: c?.priorities ?? [], languages: c?.languages ?? [], accountTiers: c?.accountTiers ?? [], keywords: c?.keywords ?? [] },
    });
  }, [dialog, form, queues]);

  return (
    <FormModal<RuleValues>
      {...modal}
      title={editing ? t('routing.setup.editRule', { name: editing.name }) : t('routing.setup.addRule')}
      width={720}
      submitLabel={t('routing.setup.save')}
      submitTestId="rule-submit"
      loading={loading}
    >
      <Form.Item name="name" label={t('routing.setup.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input ref={firstField} maxLength={120} autoComplete="off" data-testid="rule-name" />
      </Form.Item>
      <Form.Item name="queueId" label={t('routing.setup.sendsTo')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={queues.map((q) => ({ value: q.id, label: q.name }))} data-testid="rule-queue" />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('routing.setup.criteriaHint')}</Typography.Paragraph>
      <Form.Item name={['criteria', 'channels']} label={t('routing.setup.channels')}>
        <Select mode="multiple" allowClear options={CASE_CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))} data-testid="rule-channels" />
      </Form.Item>
      <Form.Item name={['criteria', 'priorities']} label={t('routing.setup.priorities')}>
        <Select mode="multiple" allowClear options={PRIORITIES.map((p) => ({ value: p, label: priorityLabel(t, p.toUpperCase() as CasePriority) }))} data-testid="rule-priorities" />
      </Form.Item>
      <Form.Item name={['criteria', 'languages']} label={t('routing.setup.languages')}>
        <Select mode="multiple" allowClear options={ROUTING_LANGUAGES.map((l) => ({ value: l, label: languageName(t, l) }))} data-testid="rule-languages" />
      </Form.Item>
      <Form.Item name={['criteria', 'accountTiers']} label={t('routing.setup.accountTiers')} extra={t('routing.setup.tagsHint')}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，']} data-testid="rule-tiers" />
      </Form.Item>
      <Form.Item name={['criteria', 'keywords']} label={t('routing.setup.keywords')} extra={t('routing.setup.keywordsHint')}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，']} data-testid="rule-keywords" />
      </Form.Item>
      <Form.Item name="active" label={t('routing.setup.active')} valuePropName="checked">
        <Switch data-testid="rule-active" />
      </Form.Item>
    </FormModal>
  );
}
