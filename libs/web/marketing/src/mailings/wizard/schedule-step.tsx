import { DATE_TIME_FORMAT } from '@rapport/web-ui';
import { DatePicker, Form, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { WizardValues } from './wizard-values';

export interface ScheduleStepProps {
  /** The contact policy's quiet hours as words ("21:00–08:00, Asia/Shanghai"), when the viewer may read it and it has them. */
  quietHours: string | null;
}

const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: h, label: `${String(h).padStart(2, '0')}:00` }));

/**
 * Step 3: when — as soon as it is sent, or at a date and time (in the future); and how — each
 * message as soon as it can go, or at an hour of each recipient's own day, in their time zone.
 */
export function ScheduleStep({ quietHours }: ScheduleStepProps) {
  const { t } = useTranslation();
  const when = Form.useWatch('when') as WizardValues['when'] | undefined;
  const delivery = Form.useWatch('delivery') as WizardValues['delivery'] | undefined;
  return (
    <>
      <Form.Item name="when" label={t('mailings.fields.when')}>
        <Radio.Group
          aria-label={t('mailings.fields.when')}
          options={[
            { value: 'now', label: t('mailings.wizard.sendNow') },
            { value: 'at', label: t('mailings.wizard.sendAt') },
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
