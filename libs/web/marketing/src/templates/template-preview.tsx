import { useQuery } from '@apollo/client/react';
import { errorMessageOf, PreviewEmailDocument } from '@rapport/web-data-access';
import { LANGUAGE_NATIVE_NAMES, useDebouncedValue } from '@rapport/web-ui';
import { Alert, Card, Flex, Form, Segmented, Spin, Typography } from 'antd';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PreviewContactSelect, type PreviewContact } from './preview-contact-select';
import { PREVIEW_WIDTHS, type EmailTemplateVariantInput, type PreviewMode, type TemplateKind, type TemplateLocale } from './template-model';

/** Typing stops for this long before the preview is asked for again. */
const PREVIEW_DEBOUNCE_MS = 600;
const FRAME_HEIGHT = 560;

export interface TemplatePreviewProps {
  variants: EmailTemplateVariantInput[];
  kind: TemplateKind;
  locale: TemplateLocale;
  mode: PreviewMode;
  onMode: (mode: PreviewMode) => void;
  contact: PreviewContact | null;
  onContact: (contact: PreviewContact | null) => void;
  /** The API's problems of this content, for the editor to place at their fields. */
  onProblems: (problems: readonly { path: string; message: string }[]) => void;
}

/**
 * The live preview: the unsaved variants rendered by the API (`previewEmail`, after a pause in the
 * typing) in the chosen language, as a chosen contact or with sample values. The HTML runs in an
 * iframe with `sandbox=""` (no scripts, no forms, no same origin: an email cannot reach the CRM),
 * at a desktop (680 px) or phone (375 px) width, or the plain-text part as it is sent.
 */
export function TemplatePreview({ variants, kind, locale, mode, onMode, contact, onContact, onProblems }: TemplatePreviewProps) {
  const { t } = useTranslation();
  const asId = useId();
  const input = useMemo(() => ({ variants, kind, locale, contactId: contact?.id ?? null }), [variants, kind, locale, contact]);
  const debounced = useDebouncedValue(input, PREVIEW_DEBOUNCE_MS);
  const empty = !variants.some((v) => v.mjml.trim());
  const { data, previousData, loading, error } = useQuery(PreviewEmailDocument, {
    variables: { input: debounced },
    skip: empty,
    fetchPolicy: 'no-cache',
  });
  const preview = (data ?? previousData)?.previewEmail;
  const pending = loading || debounced !== input;

  // The problems belong to the editor's fields; they are handed up as they arrive.
  const problems = data?.previewEmail.problems;
  useEffect(() => {
    if (empty) onProblems([]);
    else if (problems) onProblems(problems);
  }, [empty, problems, onProblems]);

  const modes = [
    { value: 'desktop', label: t('templates.preview.desktop') },
    { value: 'phone', label: t('templates.preview.phone') },
    { value: 'text', label: t('templates.preview.text') },
  ];
  const modeLabel = modes.find((m) => m.value === mode)?.label ?? '';

  let body;
  if (empty) body = <Typography.Paragraph type="secondary">{t('templates.preview.empty')}</Typography.Paragraph>;
  else if (!preview && error) body = <Alert type="error" showIcon title={t('templates.preview.failed')} description={errorMessageOf(error)} data-testid="template-preview-error" />;
  else if (!preview) body = <Spin />;
  else if (preview.problems.length || !preview.html)
    body = (
      <Typography.Paragraph type="secondary" data-testid="template-preview-blocked">
        {t('templates.preview.blocked')}
      </Typography.Paragraph>
    );
  else
    body = (
      <>
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t('templates.preview.subject')}: </Typography.Text>
          <Typography.Text strong data-testid="template-preview-subject">
            {preview.subject}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ marginInlineStart: 12 }} data-testid="template-preview-locale" data-locale={preview.locale}>
            {t('templates.preview.language', { language: LANGUAGE_NATIVE_NAMES[preview.locale as TemplateLocale] ?? preview.locale })}
          </Typography.Text>
        </Typography.Paragraph>
        {mode === 'text' ? (
          <pre
            tabIndex={0}
            aria-label={t('templates.preview.frame', { mode: modeLabel })}
            data-testid="template-preview-text"
            style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', background: '#fafafa', border: '1px solid #f0f0f0', padding: 12, maxHeight: FRAME_HEIGHT, overflow: 'auto', margin: 0 }}
          >
            {preview.text}
          </pre>
        ) : (
          // A phone's screen is narrower than the desktop frame: the region scrolls sideways, from the keyboard too.
          <div role="region" tabIndex={0} aria-label={t('templates.preview.frame', { mode: modeLabel })} style={{ overflowX: 'auto', background: '#f0f0f0', padding: 8, borderRadius: 6 }}>
            <iframe
              title={t('templates.preview.frame', { mode: modeLabel })}
              sandbox=""
              srcDoc={preview.html}
              data-testid="template-preview-frame"
              data-mode={mode}
              style={{ display: 'block', margin: '0 auto', width: PREVIEW_WIDTHS[mode], maxWidth: 'none', height: FRAME_HEIGHT, border: 0, background: '#fff' }}
            />
          </div>
        )}
      </>
    );

  return (
    <Card
      size="small"
      title={t('templates.preview.title')}
      extra={pending && !empty ? <Typography.Text type="secondary">{t('templates.preview.updating')}</Typography.Text> : null}
      data-testid="template-preview"
    >
      <Flex vertical gap={12}>
        <Segmented<PreviewMode> value={mode} onChange={onMode} options={modes as { value: PreviewMode; label: string }[]} aria-label={t('templates.preview.modes')} data-testid="template-preview-mode" />
        <Form layout="vertical" component="div">
          <Form.Item label={t('templates.preview.as')} htmlFor={asId} extra={t('templates.preview.asHint')} style={{ marginBottom: 0 }}>
            <PreviewContactSelect id={asId} value={contact} onChange={onContact} placeholder={t('templates.preview.asPlaceholder')} />
          </Form.Item>
        </Form>
        <div aria-busy={pending}>{body}</div>
      </Flex>
    </Card>
  );
}

