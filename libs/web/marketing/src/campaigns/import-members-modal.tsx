import type { TFunction } from 'i18next';
import { DeleteOutlined, InboxOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import type { CampaignDetailFragment } from '@rapport/web-data-access';
import { MAX_SPREADSHEET_BYTES, SPREADSHEET_FILES, spreadsheetProblem, UploadError } from '@rapport/web-core';
import { Alert, Button, Flex, Form, Modal, Select, Spin, Typography, Upload } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberStatusLabel } from '../campaign-labels';
import { ImportMembersResult } from './import-members-result';
import { fileSizeLabel, importCampaignMembers, type MemberImportResult } from './member-import';

export interface ImportMembersModalProps {
  campaign: Pick<CampaignDetailFragment, 'id' | 'name'>;
  /** The campaign type's statuses; the first is preselected (the API's default too). */
  statuses: string[];
  open: boolean;
  onClose: () => void;
}

/** What the members tab shows after people joined: the same queries the add-members dialog refetches. */
const REFETCH = ['CampaignMembers', 'CampaignRoi', 'CampaignFunnel'];
const MAX_MB = MAX_SPREADSHEET_BYTES / 1024 / 1024;

/**
 * Adds the people a CSV/.xlsx file names by e-mail (issue 14: members from a CSV). The file goes to
 * the REST import (GraphQL has no uploads); the answer says who joined, who already was a member
 * and which addresses found nobody the uploader may see, listed so they can be followed up.
 */
/** Why a picked file is refused before it travels (literal keys, so the key check sees each). */
function problemText(t: TFunction, problem: NonNullable<ReturnType<typeof spreadsheetProblem>>, name: string): string {
  switch (problem) {
    case 'notSpreadsheet':
      return t('marketing.importMembers.problem.notSpreadsheet', { name });
    case 'oldExcel':
      return t('marketing.importMembers.problem.oldExcel');
    case 'empty':
      return t('marketing.importMembers.problem.empty', { name });
    case 'tooLarge':
      return t('marketing.importMembers.problem.tooLarge', { mb: MAX_MB });
  }
}

export function ImportMembersModal({ campaign, statuses, open, onClose }: ImportMembersModalProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const statusId = useId();
  const [file, setFile] = useState<File>();
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<{ fileName: string; answer: MemberImportResult }>();
  const chosenStatus = status ?? statuses[0];

  const reset = () => {
    setFile(undefined);
    setStatus(undefined);
    setError(undefined);
    setResult(undefined);
  };

  // Refused here, before it travels, when the name or size already says the API would refuse it.
  const pick = (picked: File) => {
    setResult(undefined);
    const problem = spreadsheetProblem(picked);
    if (problem) {
      setFile(undefined);
      setError(problemText(t, problem, picked.name));
      return;
    }
    setError(undefined);
    setFile(picked);
  };

  const upload = async () => {
    if (!file || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const answer = await importCampaignMembers(campaign.id, file, chosenStatus, t('marketing.importMembers.failed'));
      setResult({ fileName: file.name, answer });
      setFile(undefined);
      if (answer.added > 0) void client.refetchQueries({ include: REFETCH });
    } catch (e) {
      setError(e instanceof UploadError ? e.message : t('marketing.importMembers.failed'));
    } finally {
      setBusy(false);
    }
  };

  const footer = result
    ? [
        <Button key="again" onClick={reset} data-testid="import-members-again">
          {t('marketing.importMembers.another')}
        </Button>,
        <Button key="done" type="primary" onClick={onClose} data-testid="import-members-done">
          {t('marketing.importMembers.close')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>,
        <Button key="submit" type="primary" disabled={!file} loading={busy} onClick={() => void upload()} data-testid="import-members-submit">
          {t('marketing.importMembers.submit')}
        </Button>,
      ];

  return (
    <Modal
      open={open}
      title={t('marketing.importMembers.title', { name: campaign.name })}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      mask={{ closable: !busy }}
      keyboard={!busy}
      afterOpenChange={(opened) => {
        if (!opened) reset();
      }}
      destroyOnHidden
      footer={footer}
    >
      {result ? (
        <ImportMembersResult result={result.answer} fileName={result.fileName} />
      ) : (
        <Flex vertical gap="middle" data-testid="import-members">
          <Typography.Paragraph style={{ margin: 0 }}>{t('marketing.importMembers.intro')}</Typography.Paragraph>
          {error ? <Alert type="error" showIcon title={t('marketing.importMembers.refused')} description={error} data-testid="import-members-error" role="alert" /> : null}
          <Spin spinning={busy} description={t('marketing.importMembers.uploading')}>
            <Upload.Dragger
              accept={SPREADSHEET_FILES}
              multiple={false}
              maxCount={1}
              showUploadList={false}
              disabled={busy}
              // We send the file ourselves (session cookie, problem+json errors); antd only picks it.
              beforeUpload={(picked) => {
                pick(picked);
                return false;
              }}
              aria-label={t('marketing.importMembers.dropLabel')}
              data-testid="import-members-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('marketing.importMembers.drop')}</p>
              <Typography.Paragraph type="secondary" className="ant-upload-hint" style={{ marginBottom: 0 }}>
                {t('marketing.importMembers.dropHint', { mb: MAX_MB })}
              </Typography.Paragraph>
            </Upload.Dragger>
          </Spin>
          {file ? (
            <Flex align="center" gap="small" wrap data-testid="import-members-chosen">
              <Typography.Text>{t('marketing.importMembers.chosen', { name: file.name, size: fileSizeLabel(file.size) })}</Typography.Text>
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                disabled={busy}
                onClick={() => setFile(undefined)}
                aria-label={t('marketing.importMembers.removeLabel', { name: file.name })}
                data-testid="import-members-remove"
              >
                {t('marketing.importMembers.remove')}
              </Button>
            </Flex>
          ) : null}
          <Form layout="vertical" component="div">
            <Form.Item
              label={t('fields.status')}
              htmlFor={statusId}
              extra={statuses[0] ? t('marketing.importMembers.statusHint') : undefined}
              style={{ marginBottom: 0 }}
            >
              <Select<string>
                id={statusId}
                value={chosenStatus}
                onChange={setStatus}
                disabled={busy}
                options={statuses.map((s) => ({ value: s, label: memberStatusLabel(t, s) }))}
                data-testid="import-members-status"
              />
            </Form.Item>
          </Form>
        </Flex>
      )}
    </Modal>
  );
}
