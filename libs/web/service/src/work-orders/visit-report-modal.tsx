import { useMutation } from '@apollo/client/react';
import { RecordVisitReportDocument } from '@rapport/web-data-access';
import { FormModal, useFormModal } from '@rapport/web-core';
import { Button, Flex, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignaturePad } from './signature-pad';
import type { Visit, VisitWarning } from './visit-model';

interface ReportValues {
  workDone?: string;
  parts?: ({ part?: string; quantity?: number | null } | undefined)[];
  signedBy?: string;
}

/**
 * The visit report (ADR 0023 §1), written on site: the work done, the parts used, and the
 * customer's signature with their name. Recording it is what lets the visit be closed as done.
 */
export function VisitReportModal({ visit, open, onClose, onDone }: { visit: Visit; open: boolean; onClose: () => void; onDone: (warnings: VisitWarning[]) => void }) {
  const { t } = useTranslation();
  const [signature, setSignature] = useState<string | null>(null);
  const [record, recording] = useMutation(RecordVisitReportDocument, { refetchQueries: ['CasePage'] });
  // The pad is gone once the dialog closes, so is what it gave.
  const close = () => {
    setSignature(null);
    onClose();
  };
  const { firstField, modal } = useFormModal<ReportValues>({
    open,
    onClose: close,
    fields: ['workDone', 'signedBy'],
    submit: async (v) => {
      const parts = (v.parts ?? []).flatMap((p) => (p?.part?.trim() ? [{ part: p.part.trim(), quantity: p.quantity ?? 1 }] : []));
      const result = await record({
        variables: { input: { workOrderId: visit.id, workDone: v.workDone?.trim() ?? '', parts, signaturePng: signature ?? undefined, signedBy: v.signedBy?.trim() || undefined } },
      });
      onDone(result.data?.recordVisitReport.warnings ?? []);
      close();
    },
  });
  const initialValues: ReportValues = { workDone: visit.workDone ?? '', parts: visit.parts.map((p) => ({ part: p.part, quantity: p.quantity })), signedBy: visit.signedBy ?? '' };
  return (
    <FormModal<ReportValues>
      {...modal}
      width={600}
      formProps={{ initialValues }}
      formErrorTestId="visit-report-error"
      title={t('service.visits.report.title', { number: visit.number })}
      submitLabel={t('service.visits.report.save')}
      submitTestId="visit-report-submit"
      loading={recording.loading}
    >
      <Form.Item name="workDone" label={t('service.visits.report.workDone')} rules={[{ required: true, whitespace: true, message: t('service.visits.report.workDoneRequired') }]}>
        <Input.TextArea ref={firstField} autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10000} data-testid="visit-report-work" />
      </Form.Item>
      <Form.List name="parts">
        {(fields, { add, remove }) => (
          <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
            <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('service.visits.report.parts')}</legend>
            <Flex vertical gap={8}>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="start" data-testid="visit-part">
                  <Form.Item name={[field.name, 'part']} style={{ flex: 1, marginBottom: 0 }} rules={[{ required: true, whitespace: true, message: t('service.visits.report.partRequired') }]}>
                    <Input maxLength={200} aria-label={t('service.visits.report.partName', { n: i + 1 })} placeholder={t('service.visits.report.part')} data-testid="visit-part-name" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'quantity']} style={{ marginBottom: 0 }} rules={[{ required: true, message: t('service.visits.report.quantityRequired') }]}>
                    <InputNumber min={0.01} max={100000} aria-label={t('service.visits.report.quantityOf', { n: i + 1 })} style={{ width: 110 }} data-testid="visit-part-quantity" />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)} aria-label={t('service.visits.report.removePart', { n: i + 1 })}>
                    {t('service.visits.slots.removeShort')}
                  </Button>
                </Flex>
              ))}
              <Button onClick={() => add({ part: '', quantity: 1 })} style={{ alignSelf: 'start' }} data-testid="visit-part-add">
                {t('service.visits.report.addPart')}
              </Button>
            </Flex>
          </fieldset>
        )}
      </Form.List>
      <Form.Item name="signedBy" label={t('service.visits.report.signedBy')}>
        <Input maxLength={200} data-testid="visit-report-signed-by" />
      </Form.Item>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('service.visits.report.signature')}</legend>
        {open ? <SignaturePad onChange={setSignature} /> : null}
      </fieldset>
    </FormModal>
  );
}
