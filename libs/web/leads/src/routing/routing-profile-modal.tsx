import { useMutation } from '@apollo/client/react';
import { SaveRoutingProfileDocument, type RoutingProfileFieldsFragment } from '@rapport/web-data-access';
import { App, Col, DatePicker, Flex, Form, InputNumber, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormModal } from '@rapport/web-core';
import { MinuteOfDaySelect, TimeZoneSelect, WeekdayPicker } from '../shared/time-inputs';
import { formToProfileInput, profileToForm, type ProfileFormValues } from './settings-values';

const FORM_FIELDS = ['timeZone', 'workDays', 'workStart', 'workEnd', 'dailyCapacity', 'awayFrom', 'awayTo'] as const;
const RENAME = { outOfOfficeFrom: 'awayFrom', outOfOfficeUntil: 'awayTo' };

// Days travel as YYYY-MM-DD strings in the form; the pickers want dayjs values.
const dayProps = (v: string | null | undefined) => ({ value: v ? dayjs(v) : null });
const dayValue = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);

export interface RoutingProfileModalProps {
  open: boolean;
  person?: { id: string; name: string };
  profile?: RoutingProfileFieldsFragment;
  onClose: () => void;
}

/** A rep's routing profile: when they take leads (their own hours), how many a day, and absences. */
export function RoutingProfileModal({ open, person, profile, onClose }: RoutingProfileModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, { loading }] = useMutation(SaveRoutingProfileDocument, { refetchQueries: ['RoutingProfiles'] });

  const submit = async (values: ProfileFormValues) => {
    if (!person) return;
    await save({ variables: { input: formToProfileInput(person.id, values) } });
    void message.success(t('intake.profiles.saved', { name: person.name }));
    onClose();
  };
  const { modal } = useFormModal<ProfileFormValues>({ open, onClose, fields: FORM_FIELDS, rename: RENAME, submit });

  return (
    <FormModal
      {...modal}
      title={t('intake.profiles.editTitle', { name: person?.name ?? '' })}
      width={640}
      submitLabel={t('common.save')}
      submitTestId="profile-submit"
      loading={loading}
      formProps={{ initialValues: profileToForm(profile) }}
    >
      <Form.Item name="timeZone" label={t('intake.common.timeZone')} rules={[{ required: true, message: t('validation.required') }]}>
        <TimeZoneSelect data-testid="profile-timezone" />
      </Form.Item>
      <Form.Item name="workDays" label={t('intake.common.workDays')}>
        <WeekdayPicker aria-label={t('intake.common.workDays')} data-testid="profile-days" />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="workStart" label={t('intake.common.opens')}>
          <MinuteOfDaySelect max={1410} aria-label={t('intake.common.opens')} data-testid="profile-start" />
        </Form.Item>
        <Form.Item
          name="workEnd"
          label={t('intake.common.closes')}
          dependencies={['workStart']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_r, v: number) => {
                if (v <= (getFieldValue('workStart') as number)) throw new Error(t('intake.settings.endAfterStart'));
              },
            }),
          ]}
        >
          <MinuteOfDaySelect min={30} aria-label={t('intake.common.closes')} data-testid="profile-end" />
        </Form.Item>
        <Form.Item name="dailyCapacity" label={t('intake.profiles.capacity')} extra={t('intake.profiles.capacityHint')}>
          <InputNumber min={0} max={10000} precision={0} style={{ width: 140 }} data-testid="profile-capacity" />
        </Form.Item>
      </Flex>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="awayFrom" label={t('intake.profiles.awayFrom')} getValueProps={dayProps} normalize={dayValue}>
            <DatePicker style={{ width: '100%' }} data-testid="profile-away-from" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="awayTo"
            label={t('intake.profiles.awayTo')}
            getValueProps={dayProps}
            normalize={dayValue}
            dependencies={['awayFrom']}
            extra={t('intake.profiles.awayHint')}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_r, v: string | null) => {
                  const from = getFieldValue('awayFrom') as string | null;
                  if (v && !from) throw new Error(t('intake.profiles.awayNeedsStart'));
                  if (v && from && v < from) throw new Error(t('intake.profiles.awayEndBeforeStart'));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="profile-away-to" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
