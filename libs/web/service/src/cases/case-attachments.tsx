import { FileExcelOutlined, FileImageOutlined, FileOutlined, FilePdfOutlined, FilePptOutlined, FileTextOutlined, FileWordOutlined, FileZipOutlined, MailOutlined, WarningOutlined } from '@ant-design/icons';
import type { CaseMessageFieldsFragment } from '@rapport/web-data-access';
import { Flex, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

type Attachment = CaseMessageFieldsFragment['attachments'][number];
type Refused = CaseMessageFieldsFragment['refusedAttachments'][number];

/** A size as people read it, in their language's digits and units: 1 kB at least (a count of bytes says nothing more), 14 kB, 2.5 MB. */
export function sizeLabel(bytes: number, language: string): string {
  const mb = bytes >= 1024 * 1024;
  const value = mb ? bytes / 1024 / 1024 : Math.max(1, Math.ceil(bytes / 1024));
  return new Intl.NumberFormat(language || 'en', { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', unitDisplay: 'short', maximumFractionDigits: mb && value < 10 ? 1 : 0 }).format(value);
}

// The icon says the kind at a glance; the name beside it says it in words, so the icon stays decorative.
function iconOf(contentType: string): ComponentType {
  if (contentType === 'application/pdf') return FilePdfOutlined;
  if (contentType.startsWith('image/')) return FileImageOutlined;
  if (contentType.includes('wordprocessingml') || contentType === 'application/msword') return FileWordOutlined;
  if (contentType.includes('spreadsheetml') || contentType === 'application/vnd.ms-excel' || contentType === 'text/csv') return FileExcelOutlined;
  if (contentType.includes('presentationml') || contentType === 'application/vnd.ms-powerpoint') return FilePptOutlined;
  if (contentType === 'application/zip') return FileZipOutlined;
  if (contentType === 'message/rfc822' || contentType === 'application/vnd.ms-outlook') return MailOutlined;
  if (contentType.startsWith('text/')) return FileTextOutlined;
  return FileOutlined;
}

// One literal key per reason, so the key check sees each of them.
const REASONS: Record<Refused['reason'], (t: TFunction) => string> = {
  TYPE: (t) => t('service.attachments.reason.TYPE'),
  MISMATCH: (t) => t('service.attachments.reason.MISMATCH'),
  FILE_SIZE: (t) => t('service.attachments.reason.FILE_SIZE'),
  MESSAGE_SIZE: (t) => t('service.attachments.reason.MESSAGE_SIZE'),
  COUNT: (t) => t('service.attachments.reason.COUNT'),
};

/**
 * A message's files under it: each a download link (the API serves them only as downloads, to
 * readers of the case) with its size and an icon of its kind; and the files of the customer's mail
 * that were not kept, by name and reason, so the agent can ask for them another way.
 */
export function CaseAttachments({ attachments, refused }: { attachments: readonly Attachment[]; refused: readonly Refused[] }) {
  const { t, i18n } = useTranslation();
  if (!attachments.length && !refused.length) return null;
  return (
    <Flex vertical gap={4} style={{ marginTop: 8 }}>
      {attachments.length ? (
        <Flex component="ul" wrap gap={12} aria-label={t('service.attachments.title')} style={{ padding: 0, margin: 0, listStyle: 'none' }} data-testid="case-attachments">
          {attachments.map((a) => {
            const Icon = iconOf(a.contentType);
            return (
              <li key={a.id} data-testid="case-attachment" data-content-type={a.contentType}>
                <Flex gap={4} align="center">
                  <Icon />
                  <Typography.Link href={a.url} download={a.filename} data-testid="case-attachment-link">
                    {a.filename}
                  </Typography.Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="case-attachment-size">
                    {sizeLabel(a.size, i18n.language)}
                  </Typography.Text>
                </Flex>
              </li>
            );
          })}
        </Flex>
      ) : null}
      {refused.length ? (
        <Typography.Text type="warning" data-testid="case-attachments-refused">
          <WarningOutlined style={{ marginInlineEnd: 4 }} />
          {t('service.attachments.refused', { files: refused.map((r) => t('service.attachments.refusedFile', { name: r.filename, reason: REASONS[r.reason]?.(t) ?? r.reason })).join(t('service.attachments.separator')) })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
