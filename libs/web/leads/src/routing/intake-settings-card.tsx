import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessageOf, LeadIntakeSettingsDocument, SaveLeadIntakeSettingsDocument } from '@rapport/web-data-access';
import { ErrorState } from '@rapport/web-ui';
import { Alert, App, Button, Card, Col, Flex, Form, InputNumber, Row, Select, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '@rapport/web-core';
import { UserSelect } from '@rapport/web-core';
import { ESCALATION_ACTIONS, escalationLabel } from '../shared/intake-labels';
import { IntakeCalendarField } from './intake-calendar-field';
import { formToSettingsInput, settingsToForm, type SettingsFormValues } from './settings-values';
import { usePeople } from './use-people';

// Ladder problems (`input.ladder.0.atPercent`) have no single field here: they show above the form.
const FORM_FIELDS = ['fallbackUserId', 'calendarId'] as const;

/**
 * Company-wide intake settings: who takes leads no rule placed, the business calendar the SLA clock
 * runs in (one of the shared calendars, with their days off), and the escalation ladder (percent of the SLA used → remind, tell the manager, reassign).
 */
export function IntakeSettingsCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const people = usePeople();
  const [form] = Form.useForm<SettingsFormValues>();
  const [formError, setFormError] = useState<string>();
  const { data, loading, error, refetch } = useQuery(LeadIntakeSettingsDocument);
  const [save, saving] = useMutation(SaveLeadIntakeSettingsDocument, { refetchQueries: ['LeadIntakeSettings'] });
  const settings = data?.leadIntakeSettings;

  useEffect(() => {
    if (settings) form.setFieldsValue(settingsToForm(settings));
  }, [settings, form]);

  if (error && !data) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton active paragraph={{ rows: 6 }} />;

  const onFinish = async (values: SettingsFormValues) => {
    setFormError(undefined);
    try {
      await save({ variables: { input: formToSettingsInput(values) } });
      void message.success(t('intake.settings.saved'));
    } catch (e) {
      setFormError(applyServerErrors(form, e, FORM_FIELDS, t));
    }
  };

  return (
    <Form<SettingsFormValues> form={form} layout="vertical" onFinish={onFinish} disabled={!canEdit || saving.loading} initialValues={settings ? settingsToForm(settings) : undefined} data-testid="intake-settings">
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid="intake-settings-error" /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('intake.settings.hoursTitle')} style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">{t('intake.settings.hoursHint')}</Typography.Paragraph>
            <IntakeCalendarField canEdit={canEdit} current={settings?.calendar ?? null} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('intake.settings.fallbackTitle')} style={{ marginBottom: 16 }}>
            <Form.Item name="fallbackUserId" label={t('intake.settings.fallback')} extra={t('intake.settings.fallbackHint')} style={{ marginBottom: 0 }}>
              {canEdit ? <UserSelect data-testid="intake-settings-fallback" /> : <Typography.Text>{people.userName(t, settings?.fallbackUserId)}</Typography.Text>}
            </Form.Item>
          </Card>
          <Card title={t('intake.settings.ladderTitle')}>
            <Typography.Paragraph type="secondary">{t('intake.settings.ladderHint')}</Typography.Paragraph>
            <Form.List name="ladder">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8} data-testid="intake-settings-ladder">
                  {fields.map((field, i) => (
                    <Flex key={field.key} gap={8} align="flex-start" wrap data-testid={`ladder-step-${i}`}>
                      <Form.Item name={[field.name, 'atPercent']} rules={[{ required: true, message: t('validation.required') }]} style={{ marginBottom: 0 }}>
                        <InputNumber min={1} max={1000} precision={0} suffix="%" aria-label={t('intake.settings.atPercent')} style={{ width: 120 }} data-testid={`ladder-percent-${i}`} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'action']} rules={[{ required: true, message: t('validation.required') }]} style={{ marginBottom: 0, flex: '1 1 200px' }}>
                        <Select options={ESCALATION_ACTIONS.map((a) => ({ value: a, label: escalationLabel(t, a) }))} aria-label={t('intake.settings.action')} data-testid={`ladder-action-${i}`} />
                      </Form.Item>
                      {canEdit ? (
                        <Button icon={<DeleteOutlined />} danger onClick={() => remove(field.name)} aria-label={t('intake.settings.removeStep')} data-testid={`ladder-remove-${i}`} />
                      ) : null}
                    </Flex>
                  ))}
                  {canEdit ? (
                    <Button icon={<PlusOutlined />} onClick={() => add({ atPercent: 100, action: 'notify_manager' })} style={{ alignSelf: 'flex-start' }} data-testid="ladder-add">
                      {t('intake.settings.addStep')}
                    </Button>
                  ) : null}
                  {fields.length === 0 ? <Typography.Text type="secondary">{t('intake.settings.noLadder')}</Typography.Text> : null}
                </Flex>
              )}
            </Form.List>
          </Card>
        </Col>
      </Row>
      {canEdit ? (
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="intake-settings-save">
            {t('intake.settings.save')}
          </Button>
        </Flex>
      ) : null}
    </Form>
  );
}
