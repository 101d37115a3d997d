import { useMutation, useQuery } from '@apollo/client/react';
import { ContactPolicyDocument, errorCodeOf, errorMessageOf, fieldErrorsOf, mapFieldErrors, UpdateContactPolicyDocument } from '@rapport/web-data-access';
import { usePageTitle, usePermissions } from '@rapport/web-core';
import { ErrorState, LoadingState, PageHeader, useLazyMessages } from '@rapport/web-ui';
import { Alert, App, Button, Card, Checkbox, Flex, Form, InputNumber, Select, Switch, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MARKETING_NEEDS } from '../marketing-access';
import { HOURS, hourLabel, policyInput, policyValues, timeZoneOptions, type ContactPolicyValues } from './contact-policy-model';
import { policyRuleLabel, policyRuleUnavailable } from './mailing-labels';

// The API names the policy's fields `frequencyCap.maxMessages`, `quietHours.startHour`, `rules.0`…: the
// form nests the cap and the quiet hours the same way, so their errors land on the number or the hour.
const FIELDS = ['frequencyCap', 'sameContentOnce', 'quietHours', 'timeZone', 'rules'] as const;

/** A switch with its label beside it (the switch is named by it) and a sentence under both. */
function SwitchItem({ name, label, hint, disabled, testId }: { name: keyof ContactPolicyValues; label: string; hint: string; disabled: boolean; testId: string }) {
  return (
    <Form.Item name={name} valuePropName="checked" extra={hint} style={{ marginBottom: 12 }}>
      <SwitchWithLabel label={label} disabled={disabled} testId={testId} />
    </Form.Item>
  );
}

function SwitchWithLabel({ label, disabled, testId, checked, onChange, id }: { label: string; disabled: boolean; testId: string; checked?: boolean; onChange?: (v: boolean) => void; id?: string }) {
  return (
    <Flex gap="small" align="center">
      <Switch id={id} checked={checked} onChange={onChange} disabled={disabled} aria-label={label} data-testid={testId} />
      <Typography.Text strong>{label}</Typography.Text>
    </Flex>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{title}</Typography.Title>}>
      {children}
    </Card>
  );
}

/**
 * Admin → Contact policy (issue 15, docs/adr/0016 §7): the one policy every marketing message
 * obeys, whichever department, campaign or API caller sends it — the frequency cap, "the same
 * content once", quiet hours in the company's time zone, and the named rules (those whose data
 * does not exist yet shown switched off and explained). Readers of the policy see it; writers
 * (`contactPolicy` write, the administrators) change it. Errors land on their fields.
 */
export function ContactPolicyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  usePageTitle(t('campaigns.contactPolicy'));
  const canWrite = usePermissions().allows(MARKETING_NEEDS.contactPolicyWrite);
  const { data, loading, error, refetch } = useQuery(ContactPolicyDocument);
  const [save, saving] = useMutation(UpdateContactPolicyDocument);
  const [form] = Form.useForm<ContactPolicyValues>();
  const [formError, setFormError] = useState<string>();
  const policy = data?.contactPolicy;
  const capOn = Form.useWatch('capOn', form);
  const quietOn = Form.useWatch('quietOn', form);
  const timeZone = Form.useWatch('timeZone', form);
  const zones = useMemo(() => timeZoneOptions(timeZone ?? policy?.timeZone, new Date()), [timeZone, policy?.timeZone]);

  useEffect(() => {
    if (policy) form.setFieldsValue(policyValues(policy));
  }, [policy, form]);

  if (!data && loading) return <LoadingState />;
  if (!policy) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;

  const submit = async (values: ContactPolicyValues) => {
    setFormError(undefined);
    try {
      const { data: saved } = await save({
        variables: { input: policyInput(values) },
        // The policy has no id: the page's query is given the stored one.
        update: (cache, { data: answer }) => {
          if (answer) cache.writeQuery({ query: ContactPolicyDocument, data: { contactPolicy: answer.updateContactPolicy } });
        },
      });
      if (saved) form.setFieldsValue(policyValues(saved.updateContactPolicy));
      void message.success(t('mailings.policy.saved'));
    } catch (e) {
      const mapped = mapFieldErrors(fieldErrorsOf(e), FIELDS, { nested: ['frequencyCap', 'quietHours'] });
      form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
      if (mapped.unmatched.length) setFormError(mapped.unmatched.join(' '));
      else if (!mapped.fields.length) setFormError(errorCodeOf(e) ? (errorMessageOf(e) ?? t('errors.generic')) : t('errors.network'));
    }
  };

  const readOnly = !canWrite;
  const rules = policy.availableRules;
  return (
    <>
      <PageHeader title={t('campaigns.contactPolicy')} subtitle={t('mailings.policy.subtitle')} />
      {readOnly ? <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('mailings.policy.readOnly')} data-testid="contact-policy-read-only" /> : null}
      <Form<ContactPolicyValues> form={form} layout="vertical" onFinish={submit} disabled={readOnly} initialValues={policyValues(policy)} style={{ maxWidth: 760 }} data-testid="contact-policy-form">
        <Flex vertical gap="middle">
          <Section title={t('mailings.policy.capTitle')}>
            <SwitchItem name="capOn" label={t('mailings.policy.capOn')} hint={t('mailings.policy.capHint')} disabled={readOnly} testId="policy-cap-on" />
            {capOn ? (
              <Flex gap="middle" wrap>
                <Form.Item name={['frequencyCap', 'maxMessages']} label={t('mailings.policy.maxMessages')} rules={[{ required: true, message: t('validation.required') }]} style={{ marginBottom: 0 }}>
                  <InputNumber min={1} max={100} precision={0} style={{ width: 140 }} data-testid="policy-max-messages" />
                </Form.Item>
                <Form.Item name={['frequencyCap', 'windowDays']} label={t('mailings.policy.windowDays')} rules={[{ required: true, message: t('validation.required') }]} style={{ marginBottom: 0 }}>
                  <InputNumber min={1} max={365} precision={0} style={{ width: 140 }} data-testid="policy-window-days" />
                </Form.Item>
              </Flex>
            ) : null}
          </Section>
          <Section title={t('mailings.policy.sameContentTitle')}>
            <SwitchItem name="sameContentOnce" label={t('mailings.policy.sameContentOnce')} hint={t('mailings.policy.sameContentHint')} disabled={readOnly} testId="policy-same-content" />
          </Section>
          <Section title={t('mailings.policy.quietTitle')}>
            <SwitchItem name="quietOn" label={t('mailings.policy.quietOn')} hint={t('mailings.policy.quietHint')} disabled={readOnly} testId="policy-quiet-on" />
            {quietOn ? (
              <Flex gap="middle" wrap>
                {(['startHour', 'endHour'] as const).map((key) => (
                  <Form.Item
                    key={key}
                    name={['quietHours', key]}
                    label={key === 'startHour' ? t('mailings.policy.quietStart') : t('mailings.policy.quietEnd')}
                    rules={[{ required: true, message: t('validation.required') }]}
                    style={{ marginBottom: 0 }}
                  >
                    <Select<number> showSearch={{ optionFilterProp: 'label' }} options={HOURS.map((h) => ({ value: h, label: hourLabel(h) }))} style={{ width: 140 }} data-testid={`policy-quiet-${key}`} />
                  </Form.Item>
                ))}
              </Flex>
            ) : null}
            <Form.Item name="timeZone" label={t('mailings.policy.timeZone')} extra={t('mailings.policy.timeZoneHint')} style={{ marginTop: 16, marginBottom: 0 }}>
              <Select<string> showSearch={{ optionFilterProp: 'label' }} options={zones} style={{ maxWidth: 320 }} data-testid="policy-time-zone" />
            </Form.Item>
          </Section>
          <Section title={t('mailings.policy.rulesTitle')}>
            <Typography.Paragraph type="secondary">{t('mailings.policy.rulesIntro')}</Typography.Paragraph>
            <Form.Item name="rules" style={{ marginBottom: 0 }}>
              <Checkbox.Group aria-label={t('mailings.policy.rulesTitle')} style={{ display: 'flex', flexDirection: 'column', gap: 12 }} data-testid="policy-rules">
                {rules.map((rule) => (
                  <Flex key={rule.key} vertical data-rule={rule.key} data-available={rule.available}>
                    <Checkbox value={rule.key} disabled={readOnly || !rule.available}>
                      {policyRuleLabel(t, rule.key)}
                    </Checkbox>
                    {rule.available ? null : (
                      <Typography.Text type="secondary" style={{ paddingInlineStart: 24 }}>
                        {policyRuleUnavailable(t, rule.key)}
                      </Typography.Text>
                    )}
                  </Flex>
                ))}
              </Checkbox.Group>
            </Form.Item>
          </Section>
          {formError ? <Alert type="error" showIcon message={formError} data-testid="contact-policy-error" /> : null}
          {canWrite ? (
            <div>
              <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="contact-policy-save">
                {t('mailings.policy.save')}
              </Button>
            </div>
          ) : null}
        </Flex>
      </Form>
    </>
  );
}

export default function ContactPolicyRoute() {
  return useLazyMessages('mailings') ? <ContactPolicyPage /> : <LoadingState />;
}
