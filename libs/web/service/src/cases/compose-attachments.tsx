import { DeleteOutlined, PaperClipOutlined, WarningOutlined } from '@ant-design/icons';
import { UploadError } from '@rapport/web-core';
import { Button, Flex, Progress, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sizeLabel } from './case-attachments';
import { MAX_COMPOSE_FILES, uploadCaseFile } from './upload-case-file';

/** A file chosen for the message being written: uploading, kept by the API (`id`), or refused (`error`). */
export interface ComposeFile {
  key: string;
  name: string;
  size: number;
  percent: number;
  id?: string;
  /** Why it was not kept, in the person's language; such a file is not sent. */
  error?: string;
}

export interface ComposeUploads {
  files: readonly ComposeFile[];
  /** The kept files' ids, for `attachmentIds`. */
  ids: string[];
  uploading: boolean;
  /** Whether files were turned away for the per-message cap since the list last shrank. */
  overLimit: boolean;
  add: (file: File) => void;
  remove: (key: string) => void;
  clear: () => void;
}

/**
 * The files of one reply or note: each uploads as soon as it is chosen. Removing one only drops it
 * from the message (the API deletes unsent uploads after a day); a running upload is cut off.
 */
export function useComposeUploads(caseId: string): ComposeUploads {
  const { t } = useTranslation();
  const [files, setFiles] = useState<readonly ComposeFile[]>([]);
  const [overLimit, setOverLimit] = useState(false);
  // antd hands over a multi-file choice one file at a time before React re-renders, so the cap is
  // counted on this copy rather than on the (still stale) state.
  const live = useRef<readonly ComposeFile[]>([]);
  const aborts = useRef(new Map<string, () => void>());
  const serial = useRef(0);
  const change = (fn: (list: readonly ComposeFile[]) => readonly ComposeFile[]) => {
    live.current = fn(live.current);
    setFiles(live.current);
  };
  const patch = (key: string, over: Partial<ComposeFile>) => change((list) => list.map((f) => (f.key === key ? { ...f, ...over } : f)));

  // Leaving the case leaves its unsent files behind; no need to finish sending them.
  useEffect(() => {
    const running = aborts.current;
    return () => running.forEach((abort) => abort());
  }, []);

  const add = (file: File) => {
    if (live.current.filter((f) => !f.error).length >= MAX_COMPOSE_FILES) {
      setOverLimit(true);
      return;
    }
    const key = `f${++serial.current}`;
    change((list) => [...list, { key, name: file.name, size: file.size, percent: 0 }]);
    const fallback = t('service.compose.uploadFailed');
    const upload = uploadCaseFile(caseId, file, (percent) => patch(key, { percent }), fallback);
    aborts.current.set(key, upload.abort);
    void upload.done
      .then(
        (kept) => patch(key, { id: kept.id, percent: 100 }),
        (e: unknown) => patch(key, { error: e instanceof UploadError ? e.message : fallback }),
      )
      .finally(() => aborts.current.delete(key));
  };

  const remove = (key: string) => {
    aborts.current.get(key)?.();
    change((list) => list.filter((f) => f.key !== key));
    setOverLimit(false);
  };

  const clear = () => {
    aborts.current.forEach((abort) => abort());
    change(() => []);
    setOverLimit(false);
  };

  return {
    files,
    ids: files.flatMap((f) => (f.id && !f.error ? [f.id] : [])),
    uploading: files.some((f) => !f.id && !f.error),
    overLimit,
    add,
    remove,
    clear,
  };
}

/** The "Attach files" button and the chosen files, each with its size, progress or refusal, and a remove button. */
export function ComposeAttachments({ uploads, testId }: { uploads: ComposeUploads; testId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      <div>
        {/* We send each file ourselves (progress, problem+json refusals); antd only picks them. */}
        <Upload
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            uploads.add(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<PaperClipOutlined />} data-testid={`${testId}-attach`}>
            {t('service.compose.attach')}
          </Button>
        </Upload>
      </div>
      {uploads.overLimit ? (
        <Typography.Text type="warning" role="status" data-testid={`${testId}-file-limit`}>
          {t('service.compose.fileLimit', { max: MAX_COMPOSE_FILES })}
        </Typography.Text>
      ) : null}
      {uploads.files.length ? (
        <Flex component="ul" vertical gap={8} aria-label={t('service.compose.files')} style={{ padding: 0, margin: 0, listStyle: 'none' }} data-testid={`${testId}-files`}>
          {uploads.files.map((f) => (
            <li key={f.key} data-testid="compose-file" data-state={f.error ? 'error' : f.id ? 'done' : 'uploading'}>
              <Flex gap={8} align="center">
                {f.error ? (
                  <Typography.Text type="danger">
                    <WarningOutlined />
                  </Typography.Text>
                ) : (
                  <PaperClipOutlined />
                )}
                <Typography.Text ellipsis={{ tooltip: f.name }} style={{ minWidth: 0 }} data-testid="compose-file-name">
                  {f.name}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid="compose-file-size">
                  {sizeLabel(f.size, i18n.language)}
                </Typography.Text>
                <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={t('service.compose.removeFile', { name: f.name })} onClick={() => uploads.remove(f.key)} data-testid="compose-file-remove" />
              </Flex>
              {!f.id && !f.error ? <Progress percent={f.percent} size="small" aria-label={t('service.compose.uploadingFile', { name: f.name })} data-testid="compose-file-progress" /> : null}
              {f.error ? (
                <Typography.Text type="danger" role="alert" style={{ display: 'block' }} data-testid="compose-file-error">
                  {f.error}
                </Typography.Text>
              ) : null}
            </li>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}
