import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_FILES, MAX_BYTES, uploadOrderImport, UploadError } from './upload-order-import';

/**
 * Step 1: drop a CSV/XLSX file or pick one with the button (the drop zone is no help on a phone
 * or with a keyboard alone); the API reads its headers and a preview.
 */
export function OrderUploadStep({ onUploaded }: { onUploaded: (importId: string) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const upload = async (file: File) => {
    setError(undefined);
    if (file.size > MAX_BYTES) {
      setError(t('orderImport.tooLarge'));
      return;
    }
    setBusy(true);
    try {
      onUploaded(await uploadOrderImport(file, t('orderImport.uploadFailed')));
    } catch (e) {
      setError(e instanceof UploadError ? e.message : t('orderImport.uploadFailed'));
    } finally {
      setBusy(false);
    }
  };
  // We send the file ourselves (session cookie, problem+json errors); antd only picks it.
  const pick = (file: File) => {
    void upload(file);
    return false;
  };

  return (
    <Card data-testid="order-upload">
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="order-upload-error" /> : null}
      <Spin spinning={busy} description={t('orderImport.reading')}>
        <Flex vertical gap="middle">
          <Upload.Dragger accept={ACCEPTED_FILES} multiple={false} showUploadList={false} disabled={busy} beforeUpload={pick} data-testid="order-drop">
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('orderImport.drop')}</p>
            <Typography.Paragraph type="secondary" className="ant-upload-hint">
              {t('orderImport.dropHint')}
            </Typography.Paragraph>
          </Upload.Dragger>
          <Upload accept={ACCEPTED_FILES} multiple={false} showUploadList={false} disabled={busy} beforeUpload={pick}>
            <Button type="primary" icon={<UploadOutlined />} disabled={busy} data-testid="order-file">
              {t('orderImport.choose')}
            </Button>
          </Upload>
        </Flex>
      </Spin>
    </Card>
  );
}
