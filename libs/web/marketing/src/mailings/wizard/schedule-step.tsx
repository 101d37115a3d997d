import { TimeZoneSelect } from '@rapport/web-core';
import { CheckboxGroupField, DATE_FORMAT, DATE_TIME_FORMAT } from '@rapport/web-ui';
import { DatePicker, Form, InputNumber, Radio, Select, TimePicker, Typography, type FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { frequencyLabel, intervalLabel, ISO_WEEKDAYS, weekdayName } from '../recurrence-labels';
import { isSeries, type RecurrenceFrequency, type WizardValues } from './wizard-values';

export interface ScheduleStepProps {
  /** The contact policy's quiet hours as words ("21:00–08:00, Asia/Shanghai"), when the viewer may read it and it has them. */
  quietHours: string | null;
  /** The contact policy's time zone, when the viewer may read it: a new series starts in it. */
  policyTimeZone: string | null;
}

const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: h, label: `${String(h).padStart(2, '0')}:00` }));
const FREQUENCIES: readonly RecurrenceFrequency[] = ['DAILY', 'WEEKLY', 'MONTHLY'];
const NUMBER_WIDTH = { width: 120 };

/**
 * "Required", but only while the form is in the state that shows the field: a field hidden again
 * (weekly → monthly, "on a date" → "never") can stay registered with the form, and its old rule
 * must not hold the step back with an error nobody can see.
 */
const requiredWhile =
  (shown: (v: WizardValues) => boolean, message: string): FormRule =>
  ({ getFieldsValue }) => ({
    validator: async (_, value: unknown) => {
      if (!shown(getFieldsValue(true) as WizardValues)) return;
      if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) throw new Error(message);
    },
  });
const seriesOf = (frequency: RecurrenceFrequency) => (v: WizardValues) => v.repeat === frequency;

/** The rule of a series: how often, on which days, at what time in which zone, and when it ends. */
function RepeatFields({ frequency, policyTimeZone }: { frequency: RecurrenceFrequency; policyTimeZone: string | null }) {
  const { t, i18n } = useTranslation();
  const ends = Form.useWatch('repeatEnds') as WizardValues['repeatEnds'] | undefined;
  return (
    <>
      {frequency === 'WEEKLY' ? (
        <Form.Item name="repeatWeekdays" label={t('mailings.fields.repeatWeekdays')} required rules={[requiredWhile(seriesOf('WEEKLY'), t('mailings.repeat.weekdaysRequired'))]}>
          {/* A group has no <label for>: its aria-label names it. Day names in the UI language, Monday first. */}
          <CheckboxGroupField
            aria-label={t('mailings.fields.repeatWeekdays')}
            options={ISO_WEEKDAYS.map((d) => ({ value: d, label: weekdayName(i18n.language, d, 'short') }))}
            data-testid="mailing-repeat-weekdays"
          />
        </Form.Item>
      ) : null}
      {frequency === 'MONTHLY' ? (
        <Form.Item name="repeatMonthDay" label={t('mailings.fields.repeatMonthDay')} extra={t('mailings.repeat.monthDayHint')} required rules={[requiredWhile(seriesOf('MONTHLY'), t('validation.required'))]}>
          <InputNumber min={1} max={31} precision={0} style={NUMBER_WIDTH} data-testid="mailing-repeat-month-day" />
        </Form.Item>
      ) : null}
      <Form.Item name="repeatInterval" label={intervalLabel(t, frequency)}>
        <InputNumber min={1} max={12} precision={0} style={NUMBER_WIDTH} data-testid="mailing-repeat-interval" />
      </Form.Item>
      <Form.Item name="repeatTime" label={t('mailings.fields.repeatTime')} required rules={[requiredWhile(isSeries, t('validation.required'))]}>
        <TimePicker format="HH:mm" minuteStep={5} style={NUMBER_WIDTH} data-testid="mailing-repeat-time" />
      </Form.Item>
      <Form.Item
        name="repeatTimeZone"
        label={t('mailings.fields.repeatTimeZone')}
        extra={policyTimeZone ? t('mailings.repeat.zoneHint', { zone: policyTimeZone }) : t('mailings.repeat.zoneHintUnknown')}
      >
        <TimeZoneSelect data-testid="mailing-repeat-zone" />
      </Form.Item>
      <Form.Item name="repeatEnds" label={t('mailings.fields.repeatEnds')}>
        <Radio.Group
          aria-label={t('mailings.fields.repeatEnds')}
          options={[
            { value: 'never', label: t('mailings.repeat.endsNever') },
            { value: 'count', label: t('mailings.repeat.endsCount') },
            { value: 'until', label: t('mailings.repeat.endsUntil') },
          ]}
          data-testid="mailing-repeat-ends"
        />
      </Form.Item>
      {ends === 'count' ? (
        <Form.Item name="repeatCount" label={t('mailings.fields.repeatCount')} required rules={[requiredWhile((v) => isSeries(v) && v.repeatEnds === 'count', t('validation.required'))]}>
          <InputNumber min={1} max={1000} precision={0} style={NUMBER_WIDTH} data-testid="mailing-repeat-count" />
        </Form.Item>
      ) : null}
      {ends === 'until' ? (
        <Form.Item
          name="repeatUntil"
          label={t('mailings.fields.repeatUntil')}
          required
          rules={[
            requiredWhile((v) => isSeries(v) && v.repeatEnds === 'until', t('validation.required')),
            {
              validator: async (_, value: Dayjs | null) => {
                if (value && value.isBefore(dayjs().startOf('day'))) throw new Error(t('mailings.repeat.untilPast'));
              },
            },
          ]}
        >
          <DatePicker format={DATE_FORMAT} disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} style={{ width: '100%', maxWidth: 200 }} data-testid="mailing-repeat-until" />
        </Form.Item>
      ) : null}
    </>
  );
}

/**
 * Step 3: once or on a rule (a series: every day, some weekdays or a day of the month, at a time in
 * a zone, until cancelled, a number of times or a date); when — as soon as it is sent (a series:
 * started), or from a date and time; and how — each message as soon as it can go, or at an hour
 * of each recipient's own day, in their time zone.
 */
export function ScheduleStep({ quietHours, policyTimeZone }: ScheduleStepProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<WizardValues>();
  const repeat = (Form.useWatch('repeat') as WizardValues['repeat'] | undefined) ?? 'once';
  const when = Form.useWatch('when') as WizardValues['when'] | undefined;
  const delivery = Form.useWatch('delivery') as WizardValues['delivery'] | undefined;
  const series = isSeries({ repeat });

  // A new series starts in the contact policy's zone, shown (not left blank) so it can be read and changed.
  useEffect(() => {
    if (series && policyTimeZone && !form.getFieldValue('repeatTimeZone')) form.setFieldValue('repeatTimeZone', policyTimeZone);
  }, [series, policyTimeZone, form]);

  return (
    <>
      <Form.Item name="repeat" label={t('mailings.fields.repeat')} extra={series ? t('mailings.repeat.seriesHint') : undefined}>
        <Radio.Group
          aria-label={t('mailings.fields.repeat')}
          options={[{ value: 'once', label: t('mailings.repeat.once') }, ...FREQUENCIES.map((f) => ({ value: f, label: frequencyLabel(t, f) }))]}
          data-testid="mailing-repeat"
        />
      </Form.Item>
      {repeat === 'once' ? null : <RepeatFields frequency={repeat} policyTimeZone={policyTimeZone} />}
      <Form.Item name="when" label={series ? t('mailings.fields.seriesStart') : t('mailings.fields.when')}>
        <Radio.Group
          aria-label={series ? t('mailings.fields.seriesStart') : t('mailings.fields.when')}
          options={[
            { value: 'now', label: series ? t('mailings.repeat.startNow') : t('mailings.wizard.sendNow') },
            { value: 'at', label: series ? t('mailings.repeat.startAt') : t('mailings.wizard.sendAt') },
          ]}
          data-testid="mailing-when"
        />
      </Form.Item>
      {when === 'at' ? (
        <Form.Item
          name="scheduledAt"
          label={t('mailings.fields.scheduledAt')}
          rules={[
            { required: true, message: t('validation.required') },
            {
              validator: async (_, value: Dayjs | null) => {
                if (value && value.isBefore(dayjs())) throw new Error(t('mailings.wizard.pastTime'));
              },
            },
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format={DATE_TIME_FORMAT}
            disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
            style={{ width: '100%', maxWidth: 280 }}
            data-testid="mailing-scheduled-at"
          />
        </Form.Item>
      ) : null}
      <Form.Item name="delivery" label={t('mailings.fields.delivery')} extra={delivery === 'local' ? t('mailings.wizard.localHint') : undefined}>
        <Radio.Group
          aria-label={t('mailings.fields.delivery')}
          options={[
            { value: 'asap', label: t('mailings.wizard.deliverAsap') },
            { value: 'local', label: t('mailings.wizard.deliverLocal') },
          ]}
          data-testid="mailing-delivery"
        />
      </Form.Item>
      {delivery === 'local' ? (
        <Form.Item name="localHour" label={t('mailings.fields.localHour')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={HOURS} style={{ width: 120 }} data-testid="mailing-local-hour" />
        </Form.Item>
      ) : null}
      <Typography.Paragraph type="secondary">{quietHours ? t('mailings.wizard.quietHours', { hours: quietHours }) : t('mailings.wizard.policyApplies')}</Typography.Paragraph>
    </>
  );
}
