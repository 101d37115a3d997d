import { InboxOutlined } from '@ant-design/icons';
import { Alert, Card, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_FILES, MAX_BYTES, uploadLeadImport, UploadError } from './upload-import';

/** Step 1: drop or pick a CSV/XLSX file; the API reads its headers and a preview. */
export function ImportUploadStep({ onUploaded }: { onUploaded: (importId: string) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const upload = async (file: File) => {
    setError(undefined);
    if (file.size > MAX_BYTES) {
      setError(t('intake.import.tooLarge'));
      return;
    }
    setBusy(true);
    try {
      onUploaded(await uploadLeadImport(file, t('intake.import.uploadFailed')));
    } catch (e) {
      setError(e instanceof UploadError ? e.message : t('intake.import.uploadFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-testid="import-upload">
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="import-upload-error" /> : null}
      <Spin spinning={busy} description={t('intake.import.reading')}>
        <Upload.Dragger
          accept={ACCEPTED_FILES}
          multiple={false}
          showUploadList={false}
          disabled={busy}
          // We send the file ourselves (session cookie, problem+json errors); antd only picks it.
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('intake.import.drop')}</p>
          <Typography.Paragraph type="secondary" className="ant-upload-hint">
            {t('intake.import.dropHint')}
          </Typography.Paragraph>
        </Upload.Dragger>
      </Spin>
    </Card>
  );
}
