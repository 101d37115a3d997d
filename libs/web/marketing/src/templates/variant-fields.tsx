import { DeleteOutlined } from '@ant-design/icons';
import { withTestId } from '@rapport/web-ui';
import { Button, Form, Input, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { TemplateHelp } from './template-help';
import { problemsAt, type PlacedProblem, type VariantDraft } from './template-model';

export interface VariantFieldsProps {
  draft: VariantDraft;
  languageName: string;
  readOnly: boolean;
  /** Offered while another language remains. */
  removable: boolean;
  problems: readonly PlacedProblem[];
  onChange: (draft: VariantDraft) => void;
  onRemove: () => void;
}

const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace', fontSize: 13 };

/** One language of a template: subject, preheader and the MJML source, each with its problems. */
export function VariantFields({ draft, languageName, readOnly, removable, problems, onChange, onRemove }: VariantFieldsProps) {
  const { t } = useTranslation();
  const at = (field: 'subject' | 'preheader' | 'mjml') => {
    const messages = problemsAt(problems, draft.locale, field);
    return messages.length
      ? {
          validateStatus: 'error' as const,
          help: (
            <span data-testid={`template-problem-${draft.locale}-${field}`}>
              {messages.map((m, i) => (
                <span key={i} style={{ display: 'block' }}>
                  {m}
                </span>
              ))}
            </span>
          ),
        }
      : {};
  };
  const id = (field: string) => `template-${draft.locale}-${field}`;
  return (
    <Form layout="vertical" component="div" data-locale={draft.locale}>
      <Form.Item label={t('templates.editor.subject')} htmlFor={id('subject')} required={!readOnly} {...at('subject')}>
        <Input id={id('subject')} value={draft.subject} readOnly={readOnly} maxLength={300} onChange={(e) => onChange({ ...draft, subject: e.target.value })} data-testid={`template-subject-${draft.locale}`} />
      </Form.Item>
      <Form.Item label={t('templates.editor.preheader')} htmlFor={id('preheader')} extra={readOnly ? undefined : t('templates.editor.preheaderHint')} {...at('preheader')}>
        <Input id={id('preheader')} value={draft.preheader} readOnly={readOnly} maxLength={300} onChange={(e) => onChange({ ...draft, preheader: e.target.value })} data-testid={`template-preheader-${draft.locale}`} />
      </Form.Item>
      <Form.Item label={t('templates.editor.mjml')} htmlFor={id('mjml')} extra={readOnly ? undefined : t('templates.editor.mjmlHint')} {...at('mjml')}>
        <Input.TextArea
          id={id('mjml')}
          value={draft.mjml}
          readOnly={readOnly}
          spellCheck={false}
          autoSize={{ minRows: 12, maxRows: 28 }}
          style={MONO}
          onChange={(e) => onChange({ ...draft, mjml: e.target.value })}
          data-testid={`template-mjml-${draft.locale}`}
        />
      </Form.Item>
      {readOnly ? null : <TemplateHelp />}
      {!readOnly && removable ? (
        <Popconfirm
          title={t('templates.editor.removeLanguage', { language: languageName })}
          description={<div style={{ maxWidth: 300 }}>{t('templates.editor.removeConfirm', { language: languageName })}</div>}
          okText={t('templates.editor.remove')}
          cancelText={t('templates.editor.keep')}
          okButtonProps={withTestId({ danger: true }, `template-remove-confirm-${draft.locale}`)}
          onConfirm={onRemove}
        >
          <Button danger icon={<DeleteOutlined />} data-testid={`template-remove-${draft.locale}`}>
            {t('templates.editor.removeLanguage', { language: languageName })}
          </Button>
        </Popconfirm>
      ) : null}
    </Form>
  );
}
