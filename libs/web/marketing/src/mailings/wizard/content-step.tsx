import type { MailingWizardOptionsQuery } from '@rapport/web-data-access';
import { CampaignSelect } from '@rapport/web-core';
import { Alert, Checkbox, Form, Input, Select, Typography, type InputRef } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface ContentStepProps {
  options: MailingWizardOptionsQuery | undefined;
  /** A saved draft keeps its campaign (the API does not move a mailing to another one). */
  campaignLocked: boolean;
  campaign: { id: string; name: string } | null;
  nameRef: Ref<InputRef>;
}

/** Marketing templates that can be sent: not archived, with a saved version. */
export function sendableTemplates(options: MailingWizardOptionsQuery | undefined) {
  return (options?.emailTemplates ?? []).filter((tpl) => tpl.kind === 'MARKETING' && !tpl.archived && tpl.currentVersion);
}

/** A saved draft's campaign, shown where the picker would be (the field's label names it; errors land under it). */
function FixedCampaign({ name, id }: { name: string | undefined; id?: string }) {
  return (
    <Typography.Text id={id} strong data-testid="mailing-campaign-fixed">
      {name ?? '…'}
    </Typography.Text>
  );
}

/** Step 1: what is sent — a name, the campaign, the template, the subscription type, resending. */
export function ContentStep({ options, campaignLocked, campaign, nameRef }: ContentStepProps) {
  const { t } = useTranslation();
  const required = { required: true, message: t('validation.required') };
  const templates = sendableTemplates(options);
  return (
    <>
      <Form.Item name="name" label={t('mailings.fields.name')} rules={[required, { max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
        <Input ref={nameRef} autoComplete="off" maxLength={200} data-testid="mailing-name" />
      </Form.Item>
      <Form.Item
        name="campaignId"
        label={t('mailings.fields.campaign')}
        rules={[required]}
        extra={campaignLocked ? t('mailings.wizard.campaignLocked') : t('mailings.wizard.campaignHint')}
      >
        {campaignLocked ? <FixedCampaign name={campaign?.name} /> : <CampaignSelect current={campaign} data-testid="mailing-campaign" />}
      </Form.Item>
      {options && !templates.length ? <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('mailings.wizard.noTemplates')} data-testid="mailing-no-templates" /> : null}
      <Form.Item name="templateId" label={t('mailings.fields.template')} rules={[required]} extra={t('mailings.wizard.templateHint')}>
        <Select<string>
          showSearch={{ optionFilterProp: 'label' }}
          options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
          loading={!options}
          data-testid="mailing-template"
        />
      </Form.Item>
      <Form.Item name="subscriptionTypeId" label={t('mailings.fields.subscriptionType')} rules={[required]} extra={t('mailings.wizard.typeHint')}>
        <Select<string>
          showSearch={{ optionFilterProp: 'label' }}
          options={(options?.subscriptionTypes ?? []).map((s) => ({ value: s.id, label: s.name }))} loading={!options} data-testid="mailing-type" />
      </Form.Item>
      <Form.Item name="resendAllowed" valuePropName="checked" extra={t('mailings.wizard.resendHint')}>
        <Checkbox data-testid="mailing-resend">{t('mailings.fields.resendAllowed')}</Checkbox>
      </Form.Item>
    </>
  );
}
