import { useQuery } from '@apollo/client/react';
import { EmailTemplateDocument, errorMessageOf } from '@rapport/web-data-access';
import { RecordNotFound, useCan, usePageTitle } from '@rapport/web-core';
import { ErrorState, LoadingState } from '@rapport/web-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { TemplateEditor } from './template-editor';
import { TEMPLATES_PATH } from './template-paths';
import { TemplatesGate } from './templates-gate';

/** `/marketing/templates/new` (campaign writers) and `/marketing/templates/:id` (campaign readers). */
export function TemplateEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const canWrite = useCan('campaign', 'write');
  const { data, loading, error, refetch } = useQuery(EmailTemplateDocument, { variables: { id: id ?? '' }, skip: !id });
  const template = data?.emailTemplate;
  usePageTitle(id ? (template?.name ?? t('templates.title')) : t('templates.editor.newTitle'));
  if (!id) return <TemplateEditor key="new" template={null} canWrite={canWrite} />;
  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!template) return <RecordNotFound title={t('templates.editor.notFound')} backTo={TEMPLATES_PATH} backLabel={t('templates.editor.backToList')} />;
  // Keyed by the template: the editor's unsaved state starts from what is stored when another one opens.
  return <TemplateEditor key={template.id} template={template} canWrite={canWrite} />;
}

export default function TemplateEditorRoute() {
  return (
    <TemplatesGate>
      <TemplateEditorPage />
    </TemplatesGate>
  );
}
