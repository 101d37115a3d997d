import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { AddSuppressionsDocument, type AddSuppressionsMutation } from '@rapport/web-data-access';
import { applyServerErrors } from '@rapport/web-core';
import { Alert, Button, Descriptions, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ADDABLE_REASONS, suppressionReasonLabel, type SuppressionReason } from './consent-labels';
import { addressesInText, MAX_SUPPRESSIONS_PER_CALL, splitEntries } from './consent-model';

const MAX_FILE_MB = 10;
const FILE_TYPES = '.csv,.txt,text/csv,text/plain';
/** Entries the result lists by name; the rest are counted. */
const INVALID_LISTED = 50;
const DETAIL_MAX = 200;

interface Values {
  text?: string;
  reason: SuppressionReason;
  detail?: string;
}

type Result = AddSuppressionsMutation['addSuppressions'];

/** A picked file's text (FileReader: every browser has it, and so does the test DOM). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

function AddResult({ result }: { result: Result }) {
  const { t } = useTranslation();
  const listed = result.invalid.slice(0, INVALID_LISTED);
  const more = result.invalid.length - listed.length;
  return (
    <Flex vertical gap="middle" role="status" data-testid="suppression-add-result">
      <Alert type={result.added > 0 ? 'success' : 'info'} showIcon title={t('consent.suppression.resultTitle')} />
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'added', label: t('consent.suppression.resultAdded'), children: <span data-testid="suppression-result-added">{result.added}</span> },
          { key: 'already', label: t('consent.suppression.resultAlready'), children: <span data-testid="suppression-result-already">{result.alreadySuppressed}</span> },
          { key: 'invalid', label: t('consent.suppression.resultInvalid'), children: <span data-testid="suppression-result-invalid">{result.invalid.length}</span> },
        ]}
      />
      {result.invalid.length ? (
        <Alert
          type="warning"
          showIcon
          title={t('consent.suppression.invalidTitle')}
          description={
            <>
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="suppression-result-invalid-list">
                {listed.map((entry, i) => (
                  <li key={`${i}-${entry}`} style={{ overflowWrap: 'anywhere' }}>
                    {entry || '""'}
                  </li>
                ))}
              </ul>
              {more > 0 ? <Typography.Text type="secondary">{t('consent.suppression.invalidMore', { n: more })}</Typography.Text> : null}
            </>
          }
        />
      ) : null}
    </Flex>
  );
}

export interface AddSuppressionsModalProps {
  open: boolean;
  onClose: () => void;
  /** Something was sent and answered: the list asks again. */
  onAdded: () => void;
}

/**
 * "Add addresses" to the suppression list: pasted (one per line, or separated by commas or
 * semicolons) and/or read from a .csv or .txt file here in the browser (every address-shaped
 * token, whatever the columns), with a reason and a detail (the file's name by default). The
 * answer says how many were added, how many were already there, and lists what was not an address.
 */
export function AddSuppressionsModal({ open, onClose, onAdded }: AddSuppressionsModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; addresses: string[] }>();
  const [fileProblem, setFileProblem] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [result, setResult] = useState<Result>();
  const [add, adding] = useMutation(AddSuppressionsDocument);
  const text = Form.useWatch('text', form) ?? '';
  const entries = [...new Set([...splitEntries(text), ...(file?.addresses ?? [])])];

  // The form clears itself when it leaves the dialog (the result, or the dialog closing).
  const reset = () => {
    setFile(undefined);
    setFileProblem(undefined);
    setFormError(undefined);
    setResult(undefined);
  };

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = e.target.files?.[0];
    e.target.value = '';
    if (!picked) return;
    setFileProblem(undefined);
    if (!/\.(csv|txt)$/i.test(picked.name)) return setFileProblem(t('consent.suppression.fileWrongType', { name: picked.name }));
    if (picked.size > MAX_FILE_MB * 1024 * 1024) return setFileProblem(t('consent.suppression.fileTooLarge', { name: picked.name, mb: MAX_FILE_MB }));
    try {
      const addresses = addressesInText(await readText(picked));
      if (!addresses.length) return setFileProblem(t('consent.suppression.fileNone', { name: picked.name }));
      setFile({ name: picked.name, addresses });
      if (!form.getFieldValue('detail')) form.setFieldValue('detail', picked.name);
    } catch {
      setFileProblem(t('consent.suppression.fileFailed', { name: picked.name }));
    }
  };

  const submit = async (v: Values) => {
    setFormError(undefined);
    if (!entries.length) return setFormError(t('consent.suppression.noneGiven'));
    if (entries.length > MAX_SUPPRESSIONS_PER_CALL) return setFormError(t('consent.suppression.tooMany', { max: MAX_SUPPRESSIONS_PER_CALL.toLocaleString() }));
    try {
      const { data } = await add({ variables: { input: { addresses: entries, reason: v.reason, detail: v.detail?.trim() || null } } });
      if (data) setResult(data.addSuppressions);
      onAdded();
    } catch (error) {
      setFormError(applyServerErrors(form, error, ['text', 'reason', 'detail'], t, { addresses: 'text' }));
    }
  };

  const footer = result
    ? [
        <Button key="again" onClick={reset} data-testid="suppression-add-again">
          {t('consent.suppression.another')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose} data-testid="suppression-add-close">
          {t('consent.suppression.close')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={adding.loading} onClick={() => form.submit()} data-testid="suppression-add-submit">
          {t('consent.suppression.submit')}
        </Button>,
      ];

  return (
    <Modal
      open={open}
      title={t('consent.suppression.addTitle')}
      onCancel={onClose}
      afterOpenChange={(opened) => {
        if (!opened) reset();
      }}
      destroyOnHidden
      footer={footer}
      width={600}
    >
      {result ? (
        <AddResult result={result} />
      ) : (
        <Form<Values> form={form} layout="vertical" clearOnDestroy initialValues={{ reason: 'IMPORTED' }} onFinish={(v) => void submit(v)} disabled={adding.loading}>
          <Typography.Paragraph type="secondary">{t('consent.suppression.addIntro')}</Typography.Paragraph>
          {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid="suppression-add-error" role="alert" /> : null}
          <Form.Item name="text" label={t('consent.suppression.addresses')} extra={t('consent.suppression.addressesHint')}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} spellCheck={false} data-testid="suppression-add-text" />
          </Form.Item>
          <Flex vertical gap={8} style={{ marginBottom: 24 }}>
            {/* The button below opens it; named too, for tools that look at hidden inputs. */}
            <input
              ref={fileInput}
              type="file"
              accept={FILE_TYPES}
              tabIndex={-1}
              aria-label={t('consent.suppression.file')}
              style={{ display: 'none' }}
              onChange={(e) => void pick(e)}
              data-testid="suppression-add-file"
            />
            <Flex wrap gap={8} align="center">
              <Button icon={<PaperClipOutlined />} onClick={() => fileInput.current?.click()} data-testid="suppression-add-choose">
                {t('consent.suppression.file')}
              </Button>
              {file ? (
                <>
                  <Typography.Text data-testid="suppression-add-file-read">{t('consent.suppression.fileRead', { name: file.name, n: file.addresses.length })}</Typography.Text>
                  <Button size="small" type="text" icon={<DeleteOutlined />} onClick={() => setFile(undefined)} aria-label={t('consent.suppression.fileRemove', { name: file.name })} data-testid="suppression-add-file-remove" />
                </>
              ) : null}
            </Flex>
            <Typography.Text type="secondary">{t('consent.suppression.fileHint')}</Typography.Text>
            {fileProblem ? <Alert type="error" showIcon title={fileProblem} data-testid="suppression-add-file-problem" role="alert" /> : null}
          </Flex>
          <Flex wrap gap={16}>
            <Form.Item name="reason" label={t('consent.suppression.reason')} style={{ minWidth: 180, flex: '1 1 180px' }}>
              <Select<SuppressionReason> options={ADDABLE_REASONS.map((r) => ({ value: r, label: suppressionReasonLabel(t, r) }))} data-testid="suppression-add-reason" />
            </Form.Item>
            <Form.Item
              name="detail"
              label={t('consent.suppression.detail')}
              extra={t('consent.suppression.detailHint')}
              rules={[{ max: DETAIL_MAX, message: t('validation.maxLength', { max: DETAIL_MAX }) }]}
              style={{ minWidth: 220, flex: '2 1 220px' }}
            >
              <Input autoComplete="off" data-testid="suppression-add-detail" />
            </Form.Item>
          </Flex>
          <Typography.Text type="secondary" data-testid="suppression-add-count" aria-live="polite">
            {t('consent.suppression.counted', { n: entries.length })}
          </Typography.Text>
        </Form>
      )}
    </Modal>
  );
}
