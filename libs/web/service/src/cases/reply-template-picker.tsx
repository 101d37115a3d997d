import { useApolloClient, useQuery } from '@apollo/client/react';
import { CaseReplyTemplatesDocument, errorMessageOf, RenderCaseReplyTemplateDocument } from '@rapport/web-data-access';
import { isLanguage, localeFromLanguage } from '@rapport/web-ui';
import { Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Where a template's text goes: an empty reply becomes the text; otherwise it follows what is written after a blank line. */
export function withTemplateText(current: string | undefined, text: string): string {
  const kept = (current ?? '').replace(/\s+$/, '');
  return kept.trim() ? `${kept}\n\n${text}` : text;
}

/**
 * The reply box's "Template" picker (issue 18 item 9): the active templates in the agent's language
 * first, then the language-free ones (the API's order), searchable by name. Choosing one renders it
 * for the case and hands the text to the reply box, where the agent edits it before sending; the
 * picker then empties again so the same template can be taken twice. Hidden when there are none.
 */
export function ReplyTemplatePicker({ caseId, onText, onError, disabled }: { caseId: string; onText: (text: string) => void; onError: (message: string) => void; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const language = isLanguage(i18n.language) ? localeFromLanguage(i18n.language) : null;
  const { data } = useQuery(CaseReplyTemplatesDocument, { variables: { language }, fetchPolicy: 'cache-and-network' });
  const templates = data?.caseReplyTemplates ?? [];
  if (!templates.length) return null;

  const choose = async (templateId: string) => {
    setBusy(true);
    try {
      const res = await client.query({ query: RenderCaseReplyTemplateDocument, variables: { caseId, templateId }, fetchPolicy: 'network-only' });
      if (res.data) onText(res.data.renderCaseReplyTemplate);
      else onError(errorMessageOf(res.error) ?? t('errors.generic'));
    } catch (error) {
      onError(errorMessageOf(error) ?? t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form.Item label={t('service.compose.template')} htmlFor="case-reply-template" style={{ minWidth: 260, marginBottom: 12 }}>
      <Select
        id="case-reply-template"
        showSearch={{ optionFilterProp: 'label' }}
        value={null}
        loading={busy}
        disabled={disabled || busy}
        placeholder={t('service.compose.templatePlaceholder')}
        onChange={(id: string | null) => id && void choose(id)}
        options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
        data-testid="case-reply-template"
      />
    </Form.Item>
  );
}
