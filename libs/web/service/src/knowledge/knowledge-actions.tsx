import { useMutation } from '@apollo/client/react';
import {
  ArchiveKnowledgeArticleDocument,
  errorMessageOf,
  PublishKnowledgeArticleDocument,
  SubmitKnowledgeArticleDocument,
  type KnowledgeArticleFieldsFragment,
} from '@rapport/web-data-access';
import { App, Button, Popconfirm } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type ArticleAction = 'save' | 'submit' | 'publish' | 'withdraw';

/**
 * What the viewer may do with the article now, from its `viewerCan` and the latest version's
 * status: an editor saves the draft (a published text gets a new draft) and sends a draft for
 * review; a publisher publishes the draft or the version in review, and withdraws the published one.
 */
export function availableActions(a: Pick<KnowledgeArticleFieldsFragment, 'viewerCan' | 'latestVersion' | 'publishedVersion'>): ArticleAction[] {
  const status = a.latestVersion?.status;
  const out: ArticleAction[] = [];
  if (a.viewerCan.edit) out.push('save');
  if (a.viewerCan.edit && status === 'DRAFT') out.push('submit');
  if (a.viewerCan.publish && (status === 'DRAFT' || status === 'IN_REVIEW')) out.push('publish');
  if (a.viewerCan.publish && a.publishedVersion) out.push('withdraw');
  return out;
}

const DONE: Record<Exclude<ArticleAction, 'save'>, (t: TFunction) => string> = {
  submit: (t) => t('knowledge.actions.submitted'),
  publish: (t) => t('knowledge.actions.published'),
  withdraw: (t) => t('knowledge.actions.withdrawn'),
};

interface Props {
  article: KnowledgeArticleFieldsFragment;
  /** Saves the form's changes (if any) first; false when that failed (its errors are shown). */
  save: () => Promise<boolean>;
  saving: boolean;
}

export function KnowledgeActions({ article, save, saving }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [running, setRunning] = useState<ArticleAction>();
  const [submit] = useMutation(SubmitKnowledgeArticleDocument);
  const [publish] = useMutation(PublishKnowledgeArticleDocument);
  const [archive] = useMutation(ArchiveKnowledgeArticleDocument);
  const actions = availableActions(article);
  const variables = { id: article.id };

  const run = async (action: Exclude<ArticleAction, 'save'>) => {
    setRunning(action);
    try {
      // Submitting or publishing is of the saved text: unsaved changes go in first.
      if (action !== 'withdraw' && !(await save())) return;
      if (action === 'submit') await submit({ variables });
      else if (action === 'publish') await publish({ variables });
      else await archive({ variables });
      void message.success(DONE[action](t));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    } finally {
      setRunning(undefined);
    }
  };
  const busy = saving || !!running;

  return (
    <>
      {actions.includes('save') ? (
        <Button type={actions.includes('submit') || actions.includes('publish') ? 'default' : 'primary'} loading={saving && !running} disabled={busy} onClick={() => void save()} data-testid="kb-save">
          {article.latestVersion?.status === 'PUBLISHED' ? t('knowledge.actions.saveNewDraft') : t('knowledge.actions.save')}
        </Button>
      ) : null}
      {actions.includes('submit') ? (
        <Button loading={running === 'submit'} disabled={busy} onClick={() => void run('submit')} data-testid="kb-submit">
          {t('knowledge.actions.submit')}
        </Button>
      ) : null}
      {actions.includes('publish') ? (
        <Button type="primary" loading={running === 'publish'} disabled={busy} onClick={() => void run('publish')} data-testid="kb-publish">
          {t('knowledge.actions.publish')}
        </Button>
      ) : null}
      {actions.includes('withdraw') ? (
        <Popconfirm title={t('knowledge.actions.withdrawConfirm')} okText={t('knowledge.actions.withdraw')} cancelText={t('knowledge.actions.cancel')} onConfirm={() => run('withdraw')}>
          <Button danger loading={running === 'withdraw'} disabled={busy} data-testid="kb-withdraw">
            {t('knowledge.actions.withdraw')}
          </Button>
        </Popconfirm>
      ) : null}
    </>
  );
}
