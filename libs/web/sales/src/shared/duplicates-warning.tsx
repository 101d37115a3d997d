import type { PossibleDuplicatesQuery } from '@rapport/web-data-access';
import { MergeCellsOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { duplicateReasonLabel, recordTypeLabel } from '@rapport/web-core';
import { recordPath } from '@rapport/web-core';

export type DuplicateCandidate = PossibleDuplicatesQuery['possibleDuplicates'][number];
type Candidate = DuplicateCandidate;

export interface DuplicatesWarningProps {
  candidates: readonly Candidate[];
  /** On a record page: the explanation under the title. */
  hint?: string;
  /** Offers "Merge" on candidates of this kind (`account`, `contact`, `lead`). */
  mergeType?: string;
  onMerge?: (candidate: Candidate) => void;
  /** Whether this candidate may take part in a merge by this viewer (all may, when not given). */
  canMerge?: (candidate: Candidate) => boolean;
}

/**
 * Records that may be the one being typed in (or the one on screen), with links so the person
 * can check, and on record pages a way to merge a same-kind duplicate into one.
 */
export function DuplicatesWarning({ candidates, hint, mergeType, onMerge, canMerge }: DuplicatesWarningProps) {
  const { t } = useTranslation();
  if (candidates.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="duplicates-warning"
      style={{ marginBottom: 16 }}
      title={t('duplicates.title')}
      description={
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{hint ?? t('duplicates.hint')}</Typography.Text>
          {candidates.map((c) => {
            const path = recordPath(c.type, c.id);
            return (
              <Flex key={`${c.type}:${c.id}`} gap="small" wrap align="center" data-testid={`duplicate-${c.type}-${c.id}`}>
                <Tag>{recordTypeLabel(t, c.type)}</Tag>
                {path ? (
                  <Link to={path} target="_blank" rel="noopener">
                    {c.title}
                  </Link>
                ) : (
                  <Typography.Text>{c.title}</Typography.Text>
                )}
                {c.subtitle ? <Typography.Text type="secondary">{c.subtitle}</Typography.Text> : null}
                {c.reasons.map((r) => (
                  <Tag key={r} color="orange">
                    {duplicateReasonLabel(t, r)}
                  </Tag>
                ))}
                {onMerge && mergeType && c.type.toLowerCase() === mergeType && (canMerge?.(c) ?? true) ? (
                  <Button size="small" icon={<MergeCellsOutlined />} onClick={() => onMerge(c)} data-testid={`duplicate-merge-${c.id}`}>
                    {t('merge.open')}
                  </Button>
                ) : null}
              </Flex>
            );
          })}
        </Flex>
      }
    />
  );
}
