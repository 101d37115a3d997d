import { useQuery } from '@apollo/client/react';
import { BusinessCalendarsDocument, errorMessageOf, type IntakeSettingsFieldsFragment } from '@rapport/web-data-access';
import { Alert, Button, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FOLLOW_DEFAULT } from './settings-values';

/** Where business calendars are edited (the service setup screens own them; both domains count in them). */
const CALENDARS_PATH = '/service/setup/calendars';

type Current = IntakeSettingsFieldsFragment['calendar'];

/**
 * The business calendar the speed-to-lead SLA counts in: one of the shared calendars (working
 * periods, days off, make-up days), or the default one. Editors choose it (the list needs the
 * calendars' read grant, which every intake editor has); readers see which calendar it is.
 */
export function IntakeCalendarField({ canEdit, current }: { canEdit: boolean; current: Current }) {
  const { t } = useTranslation();
  const counting = current ? t('intake.settings.countingIn', { name: current.name, timeZone: current.timeZone }) : t('intake.settings.builtInHours');
  return (
    <>
      {canEdit ? <CalendarChoice /> : null}
      <Typography.Paragraph data-testid="intake-settings-counting">{counting}</Typography.Paragraph>
      {canEdit ? (
        <Link to={CALENDARS_PATH} data-testid="intake-settings-calendars-link">
          {t('intake.settings.editCalendars')}
        </Link>
      ) : null}
    </>
  );
}

function CalendarChoice() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(BusinessCalendarsDocument);
  const calendars = data?.businessCalendars ?? [];
  const fallback = calendars.find((c) => c.isDefault);
  const options = [
    { value: FOLLOW_DEFAULT, label: fallback ? t('intake.settings.followDefault', { name: fallback.name }) : t('intake.settings.followBuiltIn') },
    ...calendars.map((c) => ({ value: c.id, label: `${c.name} · ${c.timeZone}` })),
  ];
  return (
    <>
      {error ? (
        <Alert
          type="warning"
          showIcon
          title={errorMessageOf(error)}
          action={
            <Button size="small" onClick={() => void refetch()}>
              {t('common.retry')}
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form.Item name="calendarId" label={t('intake.settings.calendar')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={options} loading={loading} showSearch={{ optionFilterProp: 'label' }} data-testid="intake-settings-calendar" />
      </Form.Item>
    </>
  );
}
