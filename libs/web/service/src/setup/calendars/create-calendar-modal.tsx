import { useMutation } from '@apollo/client/react';
import { CreateBusinessCalendarDocument, type CreateBusinessCalendarMutationVariables } from '@rapport/web-data-access';
import { FormModal, TimeZoneSelect, useFormModal } from '@rapport/web-core';
import { Form, Input, Radio, Space, Switch, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { calendarPath } from '../setup-paths';
import { STARTER_WEEK } from './calendar-model';

type CreateBusinessCalendarInput = CreateBusinessCalendarMutationVariables['input'];
type Start = 'EMPTY' | NonNullable<CreateBusinessCalendarInput['preset']>;

// One literal key per start, so the key check sees each of them.
const START_HINTS: Record<Start, (t: TFunction) => string> = {
  EMPTY: (t) => t('serviceSetup.calendars.presetHints.EMPTY'),
  MAINLAND_CHINA: (t) => t('serviceSetup.calendars.presetHints.MAINLAND_CHINA'),
  TAIWAN: (t) => t('serviceSetup.calendars.presetHints.TAIWAN'),
};

interface CreateValues {
  name: string;
  start: Start;
  timeZone: string | null;
  isDefault: boolean;
}

/**
 * A new business calendar: from scratch (Monday to Friday 09:00–17:00 in a time zone, no days off,
 * to change on its page) or pre-filled from mainland China's or Taiwan's office calendar, which
 * bring their zone, hours, days off and make-up working days. Opens the new calendar's page.
 */
export function CreateCalendarModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateBusinessCalendarDocument, { refetchQueries: ['BusinessCalendars'] });

  const submit = async (v: CreateValues) => {
    const input: CreateBusinessCalendarInput = { name: v.name.trim(), isDefault: v.isDefault };
    if (v.start === 'EMPTY') Object.assign(input, { timeZone: v.timeZone ?? 'Asia/Shanghai', week: STARTER_WEEK });
    else input.preset = v.start;
    const { data } = await create({ variables: { input } });
    onClose();
    if (data) void navigate(calendarPath(data.createBusinessCalendar.calendar.id));
  };
  const { firstField, form, modal } = useFormModal<CreateValues>({ open, onClose, fields: ['name', 'timeZone', 'isDefault'], submit });
  const start = Form.useWatch('start', form) ?? 'EMPTY';

  return (
    <FormModal<CreateValues>
      {...modal}
      title={t('serviceSetup.calendars.createTitle')}
      width={520}
      submitLabel={t('serviceSetup.calendars.createSubmit')}
      submitTestId="calendar-create-submit"
      loading={loading}
      formProps={{ initialValues: { name: '', start: 'EMPTY', timeZone: 'Asia/Shanghai', isDefault: false } }}
    >
      <Form.Item name="name" label={t('serviceSetup.fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input ref={firstField} maxLength={80} autoComplete="off" data-testid="calendar-name" />
      </Form.Item>
      <Form.Item name="start" label={t('serviceSetup.calendars.startFrom')}>
        <Radio.Group data-testid="calendar-start">
          <Space orientation="vertical">
            <Radio value="EMPTY">{t('serviceSetup.calendars.presets.EMPTY')}</Radio>
            <Radio value="MAINLAND_CHINA" data-testid="preset-mainland">
              {t('serviceSetup.calendars.presets.MAINLAND_CHINA')}
            </Radio>
            <Radio value="TAIWAN" data-testid="preset-taiwan">
              {t('serviceSetup.calendars.presets.TAIWAN')}
            </Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {start === 'EMPTY' ? (
        <Form.Item name="timeZone" label={t('serviceSetup.fields.timeZone')} rules={[{ required: true, message: t('validation.required') }]}>
          <TimeZoneSelect data-testid="calendar-time-zone" />
        </Form.Item>
      ) : null}
      <Typography.Paragraph type="secondary" data-testid="calendar-start-hint">
        {START_HINTS[start](t)}
      </Typography.Paragraph>
      <Form.Item name="isDefault" label={t('serviceSetup.fields.isDefault')} valuePropName="checked" extra={t('serviceSetup.fields.isDefaultHint')}>
        <Switch data-testid="calendar-is-default" />
      </Form.Item>
    </FormModal>
  );
}
