import { UploadOutlined } from '@ant-design/icons';
import type { KnowledgeArticleFieldsFragment } from '@rapport/web-data-access';
import { postFile, UploadError } from '@rapport/web-core';
import { copyText } from '@rapport/web-ui';
import { App, Button, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const knowledgeUploadUrl = (articleId: string) => `/api/v1/knowledge/articles/${encodeURIComponent(articleId)}/attachments`;

const sizeText = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const isImage = (contentType: string) => contentType.startsWith('image/');

/**
 * An article's files and images. Those who may edit it upload more (the REST route; the API checks
 * the content and the size); an image goes into the body as Markdown, so "Copy Markdown" gives the
 * line to paste.
 */
export function KnowledgeAttachments({ article, onUploaded }: { article: KnowledgeArticleFieldsFragment; onUploaded: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);

  const upload = async (file: File) => {
    setUploading(true);
    try {
      await postFile(knowledgeUploadUrl(article.id), file, t('knowledge.attachments.failed'));
      void message.success(t('knowledge.attachments.uploaded', { name: file.name }));
      onUploaded();
    } catch (e) {
      void message.error(e instanceof UploadError ? e.message : t('knowledge.attachments.failed'));
    } finally {
      setUploading(false);
    }
  };

  return (
    <div data-testid="kb-attachments">
      {article.attachments.length ? (
        <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 8px' }}>
          {article.attachments.map((a) => (
            <li key={a.id} data-testid="kb-attachment" style={{ padding: '4px 0' }}>
              <Flex gap={6} wrap align="center">
                <a href={a.url} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
                  {a.filename}
                </a>
                <Typography.Text type="secondary">{sizeText(a.size)}</Typography.Text>
                {article.viewerCan.edit && isImage(a.contentType) ? (
                  <Button
                    size="small"
                    type="link"
                    aria-label={t('knowledge.attachments.copyFor', { name: a.filename })}
                    onClick={() => void copyText(`![${a.filename}](${a.url})`).then((ok) => void (ok ? message.success(t('knowledge.attachments.copied')) : undefined))}
                  >
                    {t('knowledge.attachments.copy')}
                  </Button>
                ) : null}
              </Flex>
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Paragraph type="secondary">{t('knowledge.attachments.none')}</Typography.Paragraph>
      )}
      {article.viewerCan.edit ? (
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading} data-testid="kb-upload">
            {t('knowledge.attachments.upload')}
          </Button>
        </Upload>
      ) : null}
    </div>
  );
}
