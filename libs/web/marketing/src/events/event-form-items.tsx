import { TimeZoneSelect } from '@rapport/web-core';
import { DATE_TIME_FORMAT } from '@rapport/web-ui';
import { Col, DatePicker, Form, Input, InputNumber, Row, Select, type InputRef } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_EVENT_TYPES, eventTypeLabel } from './event-labels';
import { EVENT_TRANSLATIONS, type EventFormValues } from './event-form-model';
import { isOnline } from './event-model';
import { instantFromPicker, zoneOffsetLabel } from './event-time';

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 10_000;
const REMINDER_MAX = 2160;
const REMINDER_CHOICES = [336, 168, 72, 48, 24, 4, 1];
const HALF = { xs: 24, sm: 12 };

/** "zh-CN" → the label key of its box (literal keys, so the i18n key test sees each). */
const TITLE_LABELS = { 'zh-CN': 'events.form.titleZhCN', 'zh-TW': 'events.form.titleZhTW' } as const;
const DESCRIPTION_LABELS = { 'zh-CN': 'events.form.descriptionZhCN', 'zh-TW': 'events.form.descriptionZhTW' } as const;

/**
 * The event's fields: title and description with their Chinese translations, type, where (a room
 * or, for a webinar, a link), the zone and the times in it, seats, the registration window and
 * the reminders. Times are entered on the event's own clock: the zone's offset stands beside them.
 */
export function EventFormItems({ firstField }: { firstField?: Ref<InputRef> }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<EventFormValues>();
  const type = Form.useWatch('type', form);
  const zone = Form.useWatch('timeZone', form) ?? 'UTC';
  const startsAt = Form.useWatch('startsAt', form) as Dayjs | null | undefined;
  const online = isOnline(type);
  const zoneNote = zone ? t('events.form.inZone', { zone: zone.replace(/_/g, ' '), offset: zoneOffsetLabel(instantFromPicker(startsAt, zone) ?? new Date().toISOString(), zone) }) : undefined;
  const required = (message: string): Rule => ({ required: true, message });
  const max = (n: number): Rule => ({ max: n, message: t('validation.maxLength', { max: n }) });
  const after = (field: 'startsAt' | 'registrationOpensAt', message: string): Rule => ({
    validator: async (_r, value: Dayjs | null | undefined) => {
      const before = form.getFieldValue(field) as Dayjs | null | undefined;
      if (value && before && !value.isAfter(before)) throw new Error(message);
    },
  });
  const reminderRule: Rule = {
    validator: async (_r, value: (string | number)[] | undefined) => {
      const bad = (value ?? []).some((v) => {
        const n = Number(String(v).trim());
        return !Number.isInteger(n) || n < 1 || n > REMINDER_MAX;
      });
      if (bad) throw new Error(t('events.form.reminderInvalid', { max: REMINDER_MAX }));
    },
  };
  const picker = (testId: string) => <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} data-testid={testId} />;

  return (
    <>
      <Form.Item name="title" label={t('events.fields.title')} rules={[required(t('events.form.titleRequired')), max(TITLE_MAX)]}>
        <Input ref={firstField} autoComplete="off" data-testid="event-title" />
      </Form.Item>
      <Row gutter={16}>
        {EVENT_TRANSLATIONS.map((locale) => (
          <Col key={locale} {...HALF}>
            <Form.Item name={['titles', locale]} label={t(TITLE_LABELS[locale])} rules={[max(TITLE_MAX)]}>
              <Input autoComplete="off" lang={locale} data-testid={`event-title-${locale}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="description" label={t('events.fields.description')} rules={[max(DESCRIPTION_MAX)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid="event-description" />
      </Form.Item>
      <Row gutter={16}>
        {EVENT_TRANSLATIONS.map((locale) => (
          <Col key={locale} {...HALF}>
            <Form.Item name={['descriptions', locale]} label={t(DESCRIPTION_LABELS[locale])} rules={[max(DESCRIPTION_MAX)]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} lang={locale} data-testid={`event-description-${locale}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col {...HALF}>
          <Form.Item name="type" label={t('events.fields.type')} rules={[required(t('events.form.typeRequired'))]}>
            <Select options={ALL_EVENT_TYPES.map((v) => ({ value: v, label: eventTypeLabel(t, v) }))} data-testid="event-type" />
          </Form.Item>
        </Col>
        <Col {...HALF}>
          <Form.Item name="capacity" label={t('events.fields.capacity')} extra={t('events.form.capacityHint')} rules={[{ type: 'integer', min: 1, message: t('events.form.capacityInvalid') }]}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid="event-capacity" />
          </Form.Item>
        </Col>
      </Row>
      {online ? (
        <Form.Item name="onlineUrl" label={t('events.fields.onlineUrl')} rules={[{ type: 'url', message: t('events.form.urlInvalid') }, max(1000)]}>
          <Input type="url" autoComplete="off" placeholder="https://" data-testid="event-onlineUrl" />
        </Form.Item>
      ) : (
        <Row gutter={16}>
          <Col {...HALF}>
            <Form.Item name="venue" label={t('events.fields.venue')} rules={[max(200)]}>
              <Input autoComplete="off" data-testid="event-venue" />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="address" label={t('events.fields.address')} rules={[max(500)]}>
              <Input autoComplete="street-address" data-testid="event-address" />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Form.Item name="timeZone" label={t('events.fields.timeZone')} extra={t('events.form.timeZoneHint')} rules={[required(t('events.form.timeZoneRequired'))]}>
        <TimeZoneSelect data-testid="event-timeZone" />
      </Form.Item>
      <Row gutter={16}>
        <Col {...HALF}>
          <Form.Item name="startsAt" label={t('events.fields.startsAt')} extra={zoneNote} rules={[required(t('events.form.startsRequired'))]}>
            {picker('event-startsAt')}
          </Form.Item>
        </Col>
        <Col {...HALF}>
          <Form.Item name="endsAt" label={t('events.fields.endsAt')} dependencies={['startsAt']} rules={[required(t('events.form.endsRequired')), after('startsAt', t('events.form.endsAfterStart'))]}>
            {picker('event-endsAt')}
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col {...HALF}>
          <Form.Item name="registrationOpensAt" label={t('events.fields.registrationOpensAt')} extra={t('events.form.opensHint')}>
            {picker('event-registrationOpensAt')}
          </Form.Item>
        </Col>
        <Col {...HALF}>
          <Form.Item
            name="registrationClosesAt"
            label={t('events.fields.registrationClosesAt')}
            extra={t('events.form.closesHint')}
            dependencies={['registrationOpensAt']}
            rules={[after('registrationOpensAt', t('events.form.closesAfterOpens'))]}
          >
            {picker('event-registrationClosesAt')}
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="reminderHours" label={t('events.form.reminderHours')} extra={t('events.form.reminderHint')} rules={[reminderRule]} normalize={(v: (string | number)[]) => (v ?? []).map((x) => String(x).trim()).filter(Boolean)}>
        <Select
          mode="tags"
          tokenSeparators={[',', ' ', '，']}
          options={REMINDER_CHOICES.map((h) => ({ value: String(h), label: t('events.form.hoursBefore', { count: h }) }))}
          labelRender={({ value }) => (/^\d+$/.test(String(value)) ? t('events.form.hoursBefore', { count: Number(value) }) : String(value))}
          data-testid="event-reminderHours"
        />
      </Form.Item>
    </>
  );
}
