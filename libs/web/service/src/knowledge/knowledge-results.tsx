import type { KnowledgeArticleRowFragment, KnowledgeHitFragment } from '@rapport/web-data-access';
import { usePermissions } from '@rapport/web-core';
import { formatDate } from '@rapport/web-ui';
import { Button, Flex, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Highlight } from '../portal/highlight';
import { articlePath } from './knowledge-paths';
import { audienceLabel, languageName, STATUS_COLOR, statusLabel } from './knowledge-model';

/** Status, language, audience and when: as words (the tag colours only back them up). */
function ArticleMeta({ a, categoryName }: { a: KnowledgeArticleRowFragment; categoryName?: string }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap align="center" style={{ marginTop: 4 }}>
      <Tag color={STATUS_COLOR[a.status]} data-testid="kb-row-status">{statusLabel(t, a.status)}</Tag>
      <Tag>{languageName(a.language)}</Tag>
      <Tag>{audienceLabel(t, a.audience)}</Tag>
      {categoryName ? <Tag>{categoryName}</Tag> : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {a.publishedAt ? t('knowledge.list.publishedOn', { date: formatDate(a.publishedAt) }) : t('knowledge.list.updatedOn', { date: formatDate(a.updatedAt) })}
        {' · '}
        {t('knowledge.list.views', { count: a.viewCount })}
      </Typography.Text>
    </Flex>
  );
}

const ITEM_STYLE = { padding: '12px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' } as const;

export function ArticleRows({ rows, categoryName }: { rows: readonly KnowledgeArticleRowFragment[]; categoryName: (id: string | null) => string | undefined }) {
  return (
    <ul data-testid="kb-rows" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {rows.map((a) => (
        <li key={a.id} style={ITEM_STYLE} data-testid="kb-row" lang={a.language}>
          <Link to={articlePath(a.id)} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {a.title}
          </Link>
          <ArticleMeta a={a} categoryName={categoryName(a.categoryId)} />
        </li>
      ))}
    </ul>
  );
}

/** Search hits with the matched words marked (the portal's helper: text, never HTML). */
export function ArticleHits({ hits, categoryName }: { hits: readonly KnowledgeHitFragment[]; categoryName: (id: string | null) => string | undefined }) {
  return (
    <ul data-testid="kb-hits" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {hits.map((hit) => (
        <li key={hit.article.id} style={ITEM_STYLE} data-testid="kb-hit" lang={hit.article.language}>
          <Link to={articlePath(hit.article.id)} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            <Highlight segments={hit.title} />
          </Link>
          <div style={{ marginTop: 4, overflowWrap: 'anywhere' }}>
            <Highlight segments={hit.snippet} />
          </div>
          <ArticleMeta a={hit.article} categoryName={categoryName(hit.article.categoryId)} />
        </li>
      ))}
    </ul>
  );
}

export type EmptyKind = 'filtered' | 'none' | 'nonePublished';

// One literal key per reason, so the key check sees each of them.
const EMPTY_TEXT: Record<EmptyKind, (t: TFunction) => string> = {
  filtered: (t) => t('knowledge.list.empty.filtered'),
  none: (t) => t('knowledge.list.empty.none'),
  nonePublished: (t) => t('knowledge.list.empty.nonePublished'),
};

/**
 * Why the list is empty, honestly: a search or filters that match nothing; no articles at all (for
 * those who write some, who see drafts too); or none published yet (a reader who may not write
 * sees published articles only, so there may be drafts they cannot see).
 */
export function KnowledgeEmpty({ filtered, onClear, onCreate }: { filtered: boolean; onClear: () => void; onCreate?: () => void }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const kind: EmptyKind = filtered ? 'filtered' : permissions.can('knowledge', 'write') ? 'none' : 'nonePublished';
  let action: ReactNode = null;
  if (kind === 'filtered') action = <Button onClick={onClear} data-testid="kb-empty-clear">{t('knowledge.list.clearSearch')}</Button>;
  else if (kind === 'none' && onCreate) action = <Button type="primary" onClick={onCreate} data-testid="kb-create-empty">{t('knowledge.list.createFirst')}</Button>;
  return (
    <Flex vertical align="center" gap={8} style={{ padding: '24px 0' }} data-testid="kb-empty" data-kind={kind}>
      <Typography.Text>{EMPTY_TEXT[kind](t)}</Typography.Text>
      {action}
    </Flex>
  );
}
