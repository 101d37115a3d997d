import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { ImportCalendarDaysDocument, type ImportCalendarDaysMutation } from '@rapport/web-data-access';
import { FormModal, useFormModal } from '@rapport/web-core';
import { DATE_FORMAT } from '@rapport/web-ui';
import { Button, DatePicker, Flex, Form, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

/** The file as read in the browser: the API takes the text (it fetches no URLs). */
interface IcsFile {
  name: string;
  text: string;
}
interface ImportValues {
  icalendar: IcsFile | null;
  range: [Dayjs, Dayjs];
}
export type ImportResult = ImportCalendarDaysMutation['importCalendarDays'];

/** Larger files are not holiday calendars; reading them would only hang the page. */
const MAX_BYTES = 2 * 1024 * 1024;

function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

function IcsFileInput({ value, onChange, id }: { value?: IcsFile | null; onChange?: (f: IcsFile | null) => void; id?: string }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center" wrap>
      <Upload
        accept=".ics,text/calendar"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(file) => {
          // Too large or unreadable files leave the field empty, and its rule says why.
          if (file.size > MAX_BYTES) onChange?.({ name: file.name, text: '' });
          else void readText(file).then((text) => onChange?.({ name: file.name, text }), () => onChange?.({ name: file.name, text: '' }));
          return false;
        }}
      >
        <Button id={id} icon={<UploadOutlined />} data-testid="import-file-button">
          {t('serviceSetup.import.chooseFile')}
        </Button>
      </Upload>
      <Typography.Text type={value ? undefined : 'secondary'} data-testid="import-file-name">
        {value?.name ?? t('serviceSetup.import.noFile')}
      </Typography.Text>
    </Flex>
  );
}

/**
 * Adds an iCalendar file's days (a country's public holidays, a company's closing days) to a
 * calendar: whole-day events within the range become days off, those named as working days
 * make-up days; days already listed stay once. The calendar is saved by the import itself.
 */
export function ImportDaysModal({ calendarId, open, onClose, onImported }: { calendarId: string; open: boolean; onClose: () => void; onImported: (r: ImportResult) => void }) {
  const { t } = useTranslation();
  const [importDays, { loading }] = useMutation(ImportCalendarDaysDocument);

  const submit = async (v: ImportValues) => {
    const input = { id: calendarId, icalendar: v.icalendar!.text, from: v.range[0].format(DATE_FORMAT), to: v.range[1].format(DATE_FORMAT) };
    const { data } = await importDays({ variables: { input } });
    if (data) onImported(data.importCalendarDays);
    onClose();
  };
  // The API names the last day (`to`) when the range is wrong: that is the range field here.
  const { modal } = useFormModal<ImportValues>({ open, onClose, fields: ['icalendar', 'range'], rename: { to: 'range', from: 'range' }, submit });
  const year = dayjs().startOf('year');

  return (
    <FormModal<ImportValues>
      {...modal}
      title={t('serviceSetup.import.title')}
      width={520}
      submitLabel={t('serviceSetup.import.submit')}
      submitTestId="import-submit"
      loading={loading}
      intro={<Typography.Paragraph type="secondary">{t('serviceSetup.import.intro')}</Typography.Paragraph>}
      formProps={{ initialValues: { icalendar: null, range: [year, year.add(1, 'year').endOf('year')] } }}
    >
      <Form.Item
        name="icalendar"
        label={t('serviceSetup.import.file')}
        extra={t('serviceSetup.import.fileHint')}
        rules={[
          {
            validator: (_: unknown, f?: IcsFile | null) =>
              !f ? Promise.reject(new Error(t('serviceSetup.import.pickFile'))) : f.text ? Promise.resolve() : Promise.reject(new Error(t('serviceSetup.import.unreadable'))),
          },
        ]}
      >
        <IcsFileInput />
      </Form.Item>
      <Form.Item name="range" label={t('serviceSetup.import.range')} extra={t('serviceSetup.import.rangeHint')} rules={[{ required: true, message: t('validation.required') }]}>
        <DatePicker.RangePicker allowClear={false} aria-label={t('serviceSetup.import.range')} data-testid="import-range" />
      </Form.Item>
    </FormModal>
  );
}
