import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { SubscriptionTypesDocument } from '@rapport/web-data-access';
import { DATE_TIME_FORMAT } from '@rapport/web-ui';
import { Button, Card, Checkbox, Col, DatePicker, Divider, Flex, Form, Input, Row, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, type QuestionType } from './event-form-model';

const QUESTION_TYPE_LABELS: Record<QuestionType, (t: TFunction) => string> = {
  text: (t) => t('events.extras.questionType.text'),
  longText: (t) => t('events.extras.questionType.longText'),
  choice: (t) => t('events.extras.questionType.choice'),
  checkbox: (t) => t('events.extras.questionType.checkbox'),
};
const MAX_QUESTIONS = 20;
const MAX_CONSENTS = 5;
const MAX_SESSIONS = 50;
const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const HALF = { xs: 24, sm: 12 };

/** A removable block of one list entry, labelled for screen readers by its position. */
function Entry({ label, onRemove, removeLabel, testId, children }: { label: string; onRemove: () => void; removeLabel: string; testId: string; children: ReactNode }) {
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid={testId} title={<span style={{ fontWeight: 500 }}>{label}</span>} extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={removeLabel} onClick={onRemove} />}>
      {children}
    </Card>
  );
}

/**
 * The registration form's own questions (a key the answers are stored under, the question, its
 * kind, required, and a choice's options) and its consent checkboxes (a subscription type and the
 * wording beside the box, kept as the consent's evidence).
 */
export function RegistrationFormEditor() {
  const { t } = useTranslation();
  const { data } = useQuery(SubscriptionTypesDocument);
  const types = (data?.subscriptionTypes ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }));
  const required = (message: string): Rule => ({ required: true, whitespace: true, message });
  return (
    <>
      <Divider titlePlacement="start">{t('events.extras.questions')}</Divider>
      <Typography.Paragraph type="secondary">{t('events.extras.questionsHint')}</Typography.Paragraph>
      <Form.List name={['form', 'questions']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Entry key={field.key} label={t('events.extras.questionN', { n: i + 1 })} removeLabel={t('events.extras.removeQuestion', { n: i + 1 })} onRemove={() => remove(field.name)} testId="event-question">
                <Row gutter={16}>
                  <Col {...HALF}>
                    <Form.Item name={[field.name, 'label']} label={t('events.extras.questionLabel')} rules={[required(t('events.extras.questionLabelRequired'))]}>
                      <Input autoComplete="off" data-testid={`event-question-${i}-label`} />
                    </Form.Item>
                  </Col>
                  <Col {...HALF}>
                    <Form.Item
                      name={[field.name, 'key']}
                      label={t('events.extras.questionKey')}
                      extra={t('events.extras.questionKeyHint')}
                      rules={[{ pattern: KEY, message: t('events.extras.questionKeyInvalid') }, required(t('events.extras.questionKeyInvalid'))]}
                    >
                      <Input autoComplete="off" data-testid={`event-question-${i}-key`} />
                    </Form.Item>
                  </Col>
                </Row>
                <Row gutter={16} align="middle">
                  <Col {...HALF}>
                    <Form.Item name={[field.name, 'type']} label={t('events.extras.questionType.label')}>
                      <Select options={QUESTION_TYPES.map((v) => ({ value: v, label: QUESTION_TYPE_LABELS[v](t) }))} data-testid={`event-question-${i}-type`} />
                    </Form.Item>
                  </Col>
                  <Col {...HALF}>
                    <Form.Item name={[field.name, 'required']} valuePropName="checked">
                      <Checkbox>{t('events.extras.required')}</Checkbox>
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item noStyle dependencies={[['form', 'questions', field.name, 'type']]}>
                  {({ getFieldValue }) =>
                    getFieldValue(['form', 'questions', field.name, 'type']) === 'choice' ? (
                      <Form.Item name={[field.name, 'options']} label={t('events.extras.options')} extra={t('events.extras.optionsHint')} rules={[{ type: 'array', min: 2, message: t('events.extras.optionsMin') }]}>
                        <Select mode="tags" open={false} tokenSeparators={[',', '，']} suffixIcon={null} data-testid={`event-question-${i}-options`} />
                      </Form.Item>
                    ) : null
                  }
                </Form.Item>
              </Entry>
            ))}
            <Button icon={<PlusOutlined />} disabled={fields.length >= MAX_QUESTIONS} onClick={() => add({ key: `q${fields.length + 1}`, label: '', type: 'text', required: false })} data-testid="event-question-add">
              {t('events.extras.addQuestion')}
            </Button>
          </>
        )}
      </Form.List>
      <Divider titlePlacement="start">{t('events.extras.consents')}</Divider>
      <Typography.Paragraph type="secondary">{t('events.extras.consentsHint')}</Typography.Paragraph>
      <Form.List name={['form', 'consents']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Entry key={field.key} label={t('events.extras.consentN', { n: i + 1 })} removeLabel={t('events.extras.removeConsent', { n: i + 1 })} onRemove={() => remove(field.name)} testId="event-consent">
                <Form.Item name={[field.name, 'subscriptionTypeId']} label={t('events.extras.subscriptionType')} rules={[{ required: true, message: t('events.extras.subscriptionTypeRequired') }]}>
                  <Select options={types} data-testid={`event-consent-${i}-type`} />
                </Form.Item>
                <Form.Item name={[field.name, 'text']} label={t('events.extras.consentText')} rules={[required(t('events.extras.consentTextRequired')), { max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid={`event-consent-${i}-text`} />
                </Form.Item>
                <Form.Item name={[field.name, 'required']} valuePropName="checked" style={{ marginBottom: 0 }}>
                  <Checkbox>{t('events.extras.consentRequired')}</Checkbox>
                </Form.Item>
              </Entry>
            ))}
            <Button icon={<PlusOutlined />} disabled={fields.length >= MAX_CONSENTS} onClick={() => add({ subscriptionTypeId: undefined, text: '', required: false })} data-testid="event-consent-add">
              {t('events.extras.addConsent')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

/** The agenda: sessions with a title, times on the event's clock (within the event), a speaker and a room. */
export function AgendaEditor() {
  const { t } = useTranslation();
  const picker = (testId: string) => <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} data-testid={testId} />;
  return (
    <>
      <Divider titlePlacement="start">{t('events.extras.agenda')}</Divider>
      <Form.List name={['agenda', 'sessions']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Entry key={field.key} label={t('events.extras.sessionN', { n: i + 1 })} removeLabel={t('events.extras.removeSession', { n: i + 1 })} onRemove={() => remove(field.name)} testId="event-session">
                <Form.Item name={[field.name, 'title']} label={t('events.extras.sessionTitle')} rules={[{ required: true, whitespace: true, message: t('events.extras.sessionTitleRequired') }]}>
                  <Input autoComplete="off" data-testid={`event-session-${i}-title`} />
                </Form.Item>
                <Row gutter={16}>
                  <Col {...HALF}>
                    <Form.Item name={[field.name, 'startsAt']} label={t('events.fields.startsAt')} rules={[{ required: true, message: t('events.form.startsRequired') }]}>
                      {picker(`event-session-${i}-startsAt`)}
                    </Form.Item>
                  </Col>
                  <Col {...HALF}>
                    <Form.Item name={[field.name, 'endsAt']} label={t('events.fields.endsAt')} rules={[{ required: true, message: t('events.form.endsRequired') }]}>
                      {picker(`event-session-${i}-endsAt`)}
                    </Form.Item>
                  </Col>
                </Row>
                <Row gutter={16}>
                  <Col {...HALF}>
                    <Form.Item name={[field.name, 'speaker']} label={t('events.extras.speaker')}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col {...HALF}>
                    <Form.Item name={[field.name, 'room']} label={t('events.extras.room')}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                </Row>
              </Entry>
            ))}
            <Flex>
              <Button icon={<PlusOutlined />} disabled={fields.length >= MAX_SESSIONS} onClick={() => add({ title: '' })} data-testid="event-session-add">
                {t('events.extras.addSession')}
              </Button>
            </Flex>
          </>
        )}
      </Form.List>
    </>
  );
}
