import { useMutation } from '@apollo/client/react';
import { ProposeVisitSlotsDocument } from '@rapport/web-data-access';
import { FormModal, useFormModal } from '@rapport/web-core';
import { DATE_TIME_FORMAT } from '@rapport/web-ui';
import { Button, DatePicker, Flex, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SLOTS_MAX, slotsInput, zoneLabel, type SlotRange, type Visit, type VisitWarning } from './visit-model';

interface SlotValues {
  slots: SlotRange[];
}

/**
 * "Offer times" (ADR 0023 §7): up to five time ranges; the API mails the customer one link per
 * time and checks them (in the future, 15 minutes to 12 hours, no overlap). Offering again replaces
 * the times and the old links stop working, so the times already offered are the starting point.
 */
export function ProposeSlotsModal({ visit, open, onClose, onDone }: { visit: Visit; open: boolean; onClose: () => void; onDone: (warnings: VisitWarning[]) => void }) {
  const { t } = useTranslation();
  const [propose, proposing] = useMutation(ProposeVisitSlotsDocument, { refetchQueries: ['CasePage'] });
  const { modal, setFormError } = useFormModal<SlotValues>({
    open,
    onClose,
    fields: [],
    submit: async (v) => {
      const slots = slotsInput(v.slots ?? []);
      if (!slots.length) {
        setFormError(t('service.visits.slots.needOne'));
        return;
      }
      const result = await propose({ variables: { input: { workOrderId: visit.id, slots } } });
      onDone(result.data?.proposeVisitSlots.warnings ?? []);
      onClose();
    },
  });
  const offered: SlotRange[] = visit.proposedSlots.map((s) => [dayjs(s.start), dayjs(s.end)]);
  const now = dayjs();
  return (
    <FormModal<SlotValues>
      {...modal}
      width={560}
      formProps={{ initialValues: { slots: offered.length ? offered : [null] } }}
      formErrorTestId="visit-slots-error"
      title={t('service.visits.slots.title', { number: visit.number })}
      intro={
        <Typography.Paragraph type="secondary">
          {t('service.visits.slots.intro')} {t('service.visits.zone', { zone: zoneLabel(now) })}
        </Typography.Paragraph>
      }
      submitLabel={t('service.visits.slots.send')}
      submitTestId="visit-slots-submit"
      loading={proposing.loading}
    >
      <Form.List name="slots">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="start" data-testid="visit-slot">
                <Form.Item name={field.name} label={t('service.visits.slots.slot', { n: i + 1 })} style={{ flex: 1, marginBottom: 0 }}>
                  <DatePicker.RangePicker
                    showTime={{ format: 'HH:mm', minuteStep: 15 }}
                    format={DATE_TIME_FORMAT}
                    disabledDate={(d) => d.isBefore(now, 'day')}
                    allowEmpty={[false, false]}
                    placeholder={[t('service.visits.slots.start'), t('service.visits.slots.end')]}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                {fields.length > 1 ? (
                  <Button onClick={() => remove(field.name)} style={{ marginTop: 30 }} aria-label={t('service.visits.slots.remove', { n: i + 1 })} data-testid="visit-slot-remove">
                    {t('service.visits.slots.removeShort')}
                  </Button>
                ) : null}
              </Flex>
            ))}
            {fields.length < SLOTS_MAX ? (
              <Button onClick={() => add(null)} style={{ alignSelf: 'start' }} data-testid="visit-slot-add">
                {t('service.visits.slots.add')}
              </Button>
            ) : (
              <Typography.Text type="secondary">{t('service.visits.slots.max', { max: SLOTS_MAX })}</Typography.Text>
            )}
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
