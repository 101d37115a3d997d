import type { KnowledgeVersionFieldsFragment } from '@rapport/web-data-access';
import { formatDateTime } from '@rapport/web-ui';
import { Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextDiff } from './knowledge-diff';
import { STATUS_COLOR, statusLabel } from './knowledge-model';

type Version = KnowledgeVersionFieldsFragment;

/** When a version last moved: published, archived, sent for review, or written. */
function VersionDates({ v }: { v: Version }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('knowledge.versions.created', { date: formatDateTime(v.createdAt) })}
      {v.submittedAt ? ` · ${t('knowledge.versions.submitted', { date: formatDateTime(v.submittedAt) })}` : ''}
      {v.publishedAt ? ` · ${t('knowledge.versions.published', { date: formatDateTime(v.publishedAt) })}` : ''}
      {v.archivedAt ? ` · ${t('knowledge.versions.archived', { date: formatDateTime(v.archivedAt) })}` : ''}
    </Typography.Text>
  );
}

/**
 * An article's versions (newest first, as the API gives them) and what changed between two of
 * them: by default the newest against the one before it. Titles, summaries and bodies are compared
 * as text, word by word (character by character in Chinese, which has no spaces).
 */
export function KnowledgeVersions({ versions }: { versions: readonly Version[] }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<number>();
  const [from, setFrom] = useState<number>();
  const newest = versions[0];
  const toNumber = to ?? newest?.number;
  const after = versions.find((v) => v.number === toNumber);
  const previous = after ? versions.find((v) => v.number < after.number) : undefined;
  const before = versions.find((v) => v.number === (from ?? previous?.number));
  const options = versions.map((v) => ({ value: v.number, label: t('knowledge.versions.option', { number: v.number, status: statusLabel(t, v.status) }) }));

  return (
    <div data-testid="kb-versions">
      <ol style={{ listStyle: 'none', padding: 0, margin: '0 0 12px' }}>
        {versions.map((v) => (
          <li key={v.id} data-testid="kb-version" style={{ padding: '6px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
            <Flex gap={6} wrap align="center">
              <Typography.Text strong>{t('knowledge.versions.number', { number: v.number })}</Typography.Text>
              <Tag color={STATUS_COLOR[v.status]}>{statusLabel(t, v.status)}</Tag>
            </Flex>
            <VersionDates v={v} />
          </li>
        ))}
      </ol>
      {versions.length > 1 ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('knowledge.versions.compare')}
          </Typography.Title>
          <Flex gap="small" wrap align="center" style={{ marginBottom: 8 }}>
            <Select<number> style={{ minWidth: 160 }} aria-label={t('knowledge.versions.from')} value={before?.number} onChange={setFrom} options={options} data-testid="kb-diff-from" />
            <span aria-hidden="true">→</span>
            <Select<number>
              style={{ minWidth: 160 }}
              aria-label={t('knowledge.versions.to')}
              value={after?.number}
              onChange={(n) => {
                setTo(n);
                // A chosen older version stays chosen while it is still older.
                if (from !== undefined && from >= n) setFrom(undefined);
              }}
              options={options}
              data-testid="kb-diff-to"
            />
          </Flex>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('knowledge.versions.legend')}
          </Typography.Paragraph>
          {before && after ? (
            <div data-testid="kb-diff">
              <TextDiff label={t('knowledge.form.title')} before={before.title} after={after.title} testId="kb-diff-title" />
              <TextDiff label={t('knowledge.form.summary')} before={before.summary} after={after.summary} testId="kb-diff-summary" />
              <TextDiff label={t('knowledge.form.body')} before={before.body} after={after.body} testId="kb-diff-body" />
            </div>
          ) : null}
        </>
      ) : (
        <Typography.Text type="secondary">{t('knowledge.versions.onlyOne')}</Typography.Text>
      )}
    </div>
  );
}
