import { useMutation } from '@apollo/client/react';
import { AddCaseNoteDocument, ReplyToCaseDocument } from '@rapport/web-data-access';
import { applyServerErrors } from '@rapport/web-core';
import { Alert, App, Button, Card, Flex, Form, Input, Select, type GetRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposeAttachments, useComposeUploads } from './compose-attachments';
import { ReplyTemplatePicker, withTemplateText } from './reply-template-picker';

/** Text another part of the page puts into the reply; `n` tells one insert from the next. */
export interface InsertedText {
  text: string;
  n: number;
}

interface ComposeValues {
  body: string;
  status?: string | null;
}

/**
 * The reply box (to the customer, by email when the case has a contact with an address), with an
 * optional status to move the case to in the same step (e.g. waiting on the customer), or the
 * internal note box (service staff only; never shown to the customer). Shown only to those the
 * case's `viewerCan` allows. A reply can start from a template (ReplyTemplatePicker): its text for
 * this case lands in the box, to be edited before sending. Files upload as they are chosen
 * (ComposeAttachments) and go with the message by id; it waits for them to finish. Text handed in
 * from elsewhere on the page (`insert`, e.g. a knowledge article) lands in the box the same way.
 */
export function CaseCompose({ caseId, kind, statuses, insert }: { caseId: string; kind: 'reply' | 'note'; statuses: readonly { key: string; name: string }[]; insert?: InsertedText | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ComposeValues>();
  const [formError, setFormError] = useState<string>();
  const bodyRef = useRef<GetRef<typeof Input.TextArea>>(null);
  const uploads = useComposeUploads(caseId);
  const [reply, replying] = useMutation(ReplyToCaseDocument, { refetchQueries: ['CasePage'] });
  const [note, noting] = useMutation(AddCaseNoteDocument, { refetchQueries: ['CasePage'] });
  const testId = kind === 'reply' ? 'case-reply' : 'case-note';
  const label = kind === 'reply' ? t('service.compose.replyLabel') : t('service.compose.noteLabel');

  const takeText = (text: string) => {
    setFormError(undefined);
    form.setFieldsValue({ body: withTemplateText(form.getFieldValue('body') as string | undefined, text) });
    void form.validateFields(['body']).catch(() => undefined);
    // On to the text, to edit it before sending.
    bodyRef.current?.focus({ cursor: 'end' });
  };
  // Each insert is taken once: its `n` changes per insert (the same article may go in twice), and one made before this box mounted is not taken again.
  const taken = useRef(insert?.n);
  useEffect(() => {
    if (!insert || taken.current === insert.n) return;
    taken.current = insert.n;
    takeText(insert.text);
  });

  const onFinish = async (v: ComposeValues) => {
    if (uploads.uploading) return;
    setFormError(undefined);
    const files = uploads.ids.length ? { attachmentIds: uploads.ids } : {};
    try {
      if (kind === 'reply') await reply({ variables: { input: { caseId, body: v.body.trim(), status: v.status || undefined, ...files } } });
      else await note({ variables: { input: { caseId, body: v.body.trim(), ...files } } });
      form.resetFields();
      uploads.clear();
      void message.success(kind === 'reply' ? t('service.compose.replied') : t('service.compose.noted'));
    } catch (error) {
      setFormError(applyServerErrors(form, error, ['body', 'status'], t));
    }
  };

  return (
    <Card size="small" title={kind === 'reply' ? t('service.compose.replyTitle') : t('service.compose.noteTitle')} data-testid={testId}>
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} data-testid={`${testId}-error`} /> : null}
      <Form form={form} layout="vertical" onFinish={onFinish} disabled={replying.loading || noting.loading}>
        {kind === 'reply' ? (
          <ReplyTemplatePicker
            caseId={caseId}
            disabled={replying.loading}
            onError={setFormError}
            onText={takeText}
          />
        ) : null}
        <Form.Item name="body" label={label} rules={[{ required: true, whitespace: true, message: t('service.compose.bodyRequired') }]}>
          <Input.TextArea ref={bodyRef} autoSize={{ minRows: 3, maxRows: 12 }} data-testid={`${testId}-body`} />
        </Form.Item>
        <ComposeAttachments uploads={uploads} testId={testId} />
        <Flex gap="small" wrap align="end" justify="space-between">
          {kind === 'reply' ? (
            <Form.Item name="status" label={t('service.compose.thenStatus')} style={{ minWidth: 220, marginBottom: 0 }}>
              <Select allowClear placeholder={t('service.compose.keepStatus')} data-testid="case-reply-status" options={statuses.map((s) => ({ value: s.key, label: s.name }))} />
            </Form.Item>
          ) : (
            <span />
          )}
          <Button type="primary" htmlType="submit" loading={replying.loading || noting.loading} disabled={uploads.uploading || undefined} data-testid={`${testId}-submit`}>
            {kind === 'reply' ? t('service.compose.send') : t('service.compose.addNote')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
