import { ArrowLeftOutlined, ImportOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { BusinessCalendarDocument, errorCodeOf, errorMessageOf, fieldErrorsOf, UpdateBusinessCalendarDocument, type BusinessCalendarDetailFragment } from '@rapport/web-data-access';
import { LinkButton, TimeZoneSelect, usePageTitle, usePermissions } from '@rapport/web-core';
import { ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Alert, App, Button, Card, Col, Form, Input, Row, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { SERVICE_NEEDS } from '../../service-access';
import { CALENDARS_PATH } from '../setup-paths';
import { weekDrafts, weekHasProblems, weekInput, weekWorks, type CalendarDayDraft, type WeekdayDraft } from './calendar-model';
import { DaysEditor } from './days-editor';
import { ImportDaysModal, type ImportResult } from './import-days-modal';
import { WeekEditor } from './week-editor';

interface CalendarValues {
  name: string;
  timeZone: string | null;
  isDefault: boolean;
  week: WeekdayDraft[];
  holidays: CalendarDayDraft[];
  workdays: CalendarDayDraft[];
}
type DayErrors = { holidays: Map<number, string>; workdays: Map<number, string> };
const NO_DAY_ERRORS: DayErrors = { holidays: new Map(), workdays: new Map() };

const valuesOf = (c: BusinessCalendarDetailFragment): CalendarValues => ({
  name: c.name,
  timeZone: c.timeZone,
  isDefault: c.isDefault,
  week: weekDrafts(c.week),
  holidays: c.holidays.map(({ date, name }) => ({ date, name })),
  workdays: c.workdays.map(({ date, name }) => ({ date, name })),
});

/**
 * A business calendar (issue 18 item 5): its name, time zone, working periods per weekday, days off
 * and make-up working days, saved whole (the API checks the whole calendar again and names what is
 * wrong: a field, the week, or a listed day by position). Days can also come from an iCalendar file.
 * Readers see the same page without the controls.
 */
export function CalendarPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canWrite = usePermissions().allows(SERVICE_NEEDS.setupWrite);
  const { data, loading, error, refetch } = useQuery(BusinessCalendarDocument, { variables: { id } });
  const calendar = data?.businessCalendar;
  usePageTitle(calendar?.name ?? t('serviceSetup.calendars.title'));
  // Kept here: an import saves the calendar, and the editor starts afresh with what it saved.
  const [imported, setImported] = useState<ImportResult>();

  if (!calendar && loading) return <LoadingState />;
  if (!calendar) {
    const missing = errorCodeOf(error) === 'NOT_FOUND';
    return <ErrorState title={missing ? t('serviceSetup.calendars.notFound') : undefined} message={missing ? undefined : errorMessageOf(error)} onRetry={missing ? undefined : () => void refetch()} />;
  }
  return (
    <CalendarEditor
      key={`${calendar.id}:${calendar.updatedAt}`}
      calendar={calendar}
      canWrite={canWrite}
      notify={(text) => void message.success(text)}
      imported={imported}
      setImported={setImported}
    />
  );
}

interface EditorProps {
  calendar: BusinessCalendarDetailFragment;
  canWrite: boolean;
  notify: (text: string) => void;
  /** What the last import added, shown until closed. */
  imported?: ImportResult;
  setImported: (r?: ImportResult) => void;
}

function CalendarEditor({ calendar, canWrite, notify, imported, setImported }: EditorProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CalendarValues>();
  const initial = useMemo(() => valuesOf(calendar), [calendar]);
  const [dirty, setDirty] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [dayErrors, setDayErrors] = useState<DayErrors>(NO_DAY_ERRORS);
  const [importing, setImporting] = useState(false);
  const [save, { loading: saving }] = useMutation(UpdateBusinessCalendarDocument, { refetchQueries: ['BusinessCalendars'] });
  const holidays = Form.useWatch('holidays', form) ?? initial.holidays;
  const workdays = Form.useWatch('workdays', form) ?? initial.workdays;
  const holidayDates = useMemo(() => new Set(holidays.map((d) => d.date)), [holidays]);
  const workdayDates = useMemo(() => new Set(workdays.map((d) => d.date)), [workdays]);

  const submit = async (v: CalendarValues) => {
    setFormError(undefined);
    setDayErrors(NO_DAY_ERRORS);
    try {
      await save({
        variables: {
          input: {
            id: calendar.id,
            name: v.name.trim(),
            timeZone: v.timeZone ?? calendar.timeZone,
            week: weekInput(v.week),
            holidays: v.holidays,
            workdays: v.workdays,
            // The API only makes a calendar the default (the previous one stops being it); it never unsets one.
            ...(v.isDefault && !calendar.isDefault ? { isDefault: true } : {}),
          },
        },
      });
      notify(t('serviceSetup.calendars.saved', { name: v.name.trim() }));
    } catch (e) {
      setFormError(showServerErrors(e));
    }
  };

  /** The API's problems on their fields: name and zone, the week, a listed day by its position; the rest above the form. */
  const showServerErrors = (e: unknown): string | undefined => {
    const problems = fieldErrorsOf(e);
    if (!problems.length) return errorCodeOf(e) ? (errorMessageOf(e) ?? t('errors.generic')) : t('errors.network');
    const next: DayErrors = { holidays: new Map(), workdays: new Map() };
    const unmatched: string[] = [];
    for (const { path, message } of problems) {
      const [, field, index] = path.split('.');
      if (field === 'name' || field === 'timeZone' || field === 'week') form.setFields([{ name: field, errors: [message] }]);
      else if ((field === 'holidays' || field === 'workdays') && index !== undefined) {
        next[field].set(Number(index), message);
        form.setFields([{ name: field, errors: [t('serviceSetup.days.fixMarked')] }]);
      } else unmatched.push(message);
    }
    setDayErrors(next);
    return unmatched.length ? unmatched.join(' ') : undefined;
  };

  const onImported = (r: ImportResult) => {
    setImported(r);
    // The import saved the calendar: the page shows it as it is now (the editor's key follows updatedAt).
    notify(t('serviceSetup.import.done'));
  };

  const readOnly = !canWrite;
  return (
    <>
      <PageHeader
        title={calendar.name}
        subtitle={t('serviceSetup.calendars.pageSubtitle')}
        extra={
          <LinkButton icon={<ArrowLeftOutlined />} to={CALENDARS_PATH}>
            {t('serviceSetup.calendars.back')}
          </LinkButton>
        }
      />
      {readOnly ? <Alert type="info" showIcon title={t('serviceSetup.readOnly')} style={{ marginBottom: 16 }} data-testid="setup-read-only" /> : null}
      {imported ? <ImportSummary result={imported} onClose={() => setImported(undefined)} /> : null}
      <Form<CalendarValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        disabled={readOnly || saving}
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: Partial<CalendarValues>) => {
          setDirty(true);
          // Positions of the API's day problems no longer hold once the list changes.
          if (changed.holidays || changed.workdays) setDayErrors(NO_DAY_ERRORS);
        }}
        data-testid="calendar-form"
      >
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid="calendar-form-error" /> : null}
        <Card title={t('serviceSetup.calendars.details')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('serviceSetup.fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                <Input maxLength={80} autoComplete="off" data-testid="calendar-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="timeZone" label={t('serviceSetup.fields.timeZone')} extra={t('serviceSetup.fields.timeZoneHint')} rules={[{ required: true, message: t('validation.required') }]}>
                <TimeZoneSelect data-testid="calendar-time-zone" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="isDefault"
            label={t('serviceSetup.fields.isDefault')}
            valuePropName="checked"
            extra={calendar.isDefault ? t('serviceSetup.fields.isDefaultFixed') : t('serviceSetup.fields.isDefaultHint')}
          >
            <Switch disabled={readOnly || calendar.isDefault} data-testid="calendar-is-default" />
          </Form.Item>
        </Card>
        <Card title={t('serviceSetup.week.title')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('serviceSetup.week.hint')}</Typography.Paragraph>
          <Form.Item
            name="week"
            rules={[
              {
                validator: (_: unknown, week: WeekdayDraft[] = []) =>
                  weekHasProblems(week)
                    ? Promise.reject(new Error(t('serviceSetup.week.fixMarked')))
                    : weekWorks(week)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('serviceSetup.week.noTime'))),
              },
            ]}
          >
            <WeekEditor readOnly={readOnly} />
          </Form.Item>
        </Card>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Card
              title={t('serviceSetup.days.holidaysTitle')}
              style={{ marginBottom: 16 }}
              extra={
                canWrite ? (
                  <Button icon={<ImportOutlined />} disabled={dirty} onClick={() => setImporting(true)} data-testid="calendar-import">
                    {t('serviceSetup.import.open')}
                  </Button>
                ) : undefined
              }
            >
              {canWrite && dirty ? (
                <Typography.Paragraph type="secondary" data-testid="import-save-first">
                  {t('serviceSetup.import.saveFirst')}
                </Typography.Paragraph>
              ) : null}
              <Form.Item name="holidays">
                <DaysEditor kind="holidays" otherDates={workdayDates} errors={dayErrors.holidays} readOnly={readOnly} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('serviceSetup.days.workdaysTitle')} style={{ marginBottom: 16 }}>
              <Typography.Paragraph type="secondary">{t('serviceSetup.days.workdaysHint')}</Typography.Paragraph>
              <Form.Item name="workdays">
                <DaysEditor kind="workdays" otherDates={holidayDates} errors={dayErrors.workdays} readOnly={readOnly} />
              </Form.Item>
            </Card>
          </Col>
        </Row>
        {canWrite ? (
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving} data-testid="calendar-save">
            {t('serviceSetup.save')}
          </Button>
        ) : null}
      </Form>
      {canWrite ? <ImportDaysModal calendarId={calendar.id} open={importing} onClose={() => setImporting(false)} onImported={onImported} /> : null}
    </>
  );
}

function ImportSummary({ result, onClose }: { result: ImportResult; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose, 'aria-label': t('serviceSetup.import.closeResult') }}
      title={t('serviceSetup.import.result', { holidays: result.holidaysAdded, workdays: result.workdaysAdded })}
      description={result.skipped ? t('serviceSetup.import.skipped', { count: result.skipped }) : undefined}
      style={{ marginBottom: 16 }}
      data-testid="import-result"
    />
  );
}

export default CalendarPage;
