import { DeleteOutlined, LoadingOutlined, PaperClipOutlined, WarningOutlined } from '@ant-design/icons';
import { postFile, UploadError } from '@rapport/web-core';
import type { PortalAttachmentFieldsFragment } from '@rapport/web-data-access';
import { Button, Upload } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sizeLabel } from '../cases/case-attachments';
import { MAX_COMPOSE_FILES } from '../cases/upload-case-file';

/** A file chosen for the customer's message: sent onto it once the message is written. */
export interface PortalFile {
  key: string;
  file: File;
  state: 'waiting' | 'sending' | 'sent' | 'refused';
  /** Why the API refused it, in the customer's language. */
  error?: string;
}

/** What a refused file was and why, for a page that shows it after the message went. */
export interface RefusedFile {
  name: string;
  error: string;
}

export const portalFileUrl = (caseId: string, messageId: string) => `/api/v1/portal/cases/${encodeURIComponent(caseId)}/messages/${encodeURIComponent(messageId)}/attachments`;

export interface PortalFiles {
  files: readonly PortalFile[];
  overLimit: boolean;
  sending: boolean;
  add: (file: File) => void;
  remove: (key: string) => void;
  /** Sends the waiting files onto the message, one after another; the refused ones with why. The sent ones leave the list. */
  sendTo: (caseId: string, messageId: string) => Promise<RefusedFile[]>;
}

/**
 * The files of one message the customer is writing. The API takes files onto a message already
 * written (a new case has no id before it is opened), so they wait here until the message is sent,
 * then go one by one; a refusal leaves the message sent and says which file and why.
 */
export function usePortalFiles(): PortalFiles {
  const { t } = useTranslation();
  const [files, setFiles] = useState<readonly PortalFile[]>([]);
  const [overLimit, setOverLimit] = useState(false);
  // antd hands a multi-file choice over one file at a time before React re-renders: count on a live copy.
  const live = useRef<readonly PortalFile[]>([]);
  const serial = useRef(0);
  const change = (fn: (list: readonly PortalFile[]) => readonly PortalFile[]) => {
    live.current = fn(live.current);
    setFiles(live.current);
  };
  const patch = (key: string, over: Partial<PortalFile>) => change((list) => list.map((f) => (f.key === key ? { ...f, ...over } : f)));

  const add = (file: File) => {
    if (live.current.filter((f) => f.state === 'waiting').length >= MAX_COMPOSE_FILES) {
      setOverLimit(true);
      return;
    }
    change((list) => [...list, { key: `p${++serial.current}`, file, state: 'waiting' }]);
  };

  const remove = (key: string) => {
    change((list) => list.filter((f) => f.key !== key));
    setOverLimit(false);
  };

  const sendTo = async (caseId: string, messageId: string): Promise<RefusedFile[]> => {
    const refused: RefusedFile[] = [];
    const fallback = t('portal.files.failed');
    for (const f of live.current.filter((x) => x.state === 'waiting')) {
      patch(f.key, { state: 'sending' });
      try {
        await postFile(portalFileUrl(caseId, messageId), f.file, fallback);
        change((list) => list.filter((x) => x.key !== f.key));
      } catch (e) {
        const error = e instanceof UploadError && e.message ? e.message : fallback;
        refused.push({ name: f.file.name, error });
        patch(f.key, { state: 'refused', error });
      }
    }
    setOverLimit(false);
    return refused;
  };

  return { files, overLimit, sending: files.some((f) => f.state === 'sending'), add, remove, sendTo };
}

/** "Attach files" and the chosen files with their size, state and, when refused, why. */
export function PortalFilePicker({ files, disabled }: { files: PortalFiles; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="portal-files">
      {/* We send each file ourselves, after the message; antd only picks them. */}
      <Upload
        multiple
        showUploadList={false}
        disabled={disabled}
        beforeUpload={(file) => {
          files.add(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<PaperClipOutlined />} data-testid="portal-attach" disabled={disabled}>
          {t('portal.files.attach')}
        </Button>
      </Upload>
      {files.overLimit ? (
        <p role="status" className="portal-files-note" data-testid="portal-file-limit">
          {t('portal.files.limit', { max: MAX_COMPOSE_FILES })}
        </p>
      ) : null}
      {files.files.length ? (
        <ul aria-label={t('portal.files.chosen')} className="portal-file-list" data-testid="portal-files">
          {files.files.map((f) => (
            <li key={f.key} data-testid="portal-file" data-state={f.state}>
              <span className="portal-file-row">
                {f.state === 'refused' ? <WarningOutlined className="portal-file-warn" /> : f.state === 'sending' ? <LoadingOutlined aria-label={t('portal.files.sending')} /> : <PaperClipOutlined />}
                <span className="portal-file-name">{f.file.name}</span>
                <span className="portal-file-size">{sizeLabel(f.file.size, i18n.language)}</span>
                {f.state === 'sending' ? null : <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={t('portal.files.remove', { name: f.file.name })} onClick={() => files.remove(f.key)} data-testid="portal-file-remove" />}
              </span>
              {f.error ? (
                <span role="alert" className="portal-file-error" data-testid="portal-file-error">
                  {f.error}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A message's files as download links (the API answers each as a download, never a page). */
export function PortalAttachmentLinks({ attachments }: { attachments: readonly PortalAttachmentFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  if (!attachments.length) return null;
  return (
    <ul aria-label={t('portal.files.attached')} className="portal-attachments" data-testid="portal-attachments">
      {attachments.map((a) => (
        <li key={a.id}>
          <a href={a.url} download={a.filename} data-testid="portal-attachment">
            <PaperClipOutlined /> {a.filename}
          </a>{' '}
          <span className="portal-file-size">{sizeLabel(a.size, i18n.language)}</span>
        </li>
      ))}
    </ul>
  );
}
