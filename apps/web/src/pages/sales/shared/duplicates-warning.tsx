import type { PossibleDuplicatesQuery } from '@rapport/web-data-access';
import { Alert, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { duplicateReasonLabel, recordTypeLabel } from '../../../labels/sales-labels';
import { recordPath } from '../../../navigation/record-paths';

type Candidate = PossibleDuplicatesQuery['possibleDuplicates'][number];

/** Records that may be the one being typed in, with links so the person can check before saving. */
export function DuplicatesWarning({ candidates }: { candidates: readonly Candidate[] }) {
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
          <Typography.Text type="secondary">{t('duplicates.hint')}</Typography.Text>
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
              </Flex>
            );
          })}
        </Flex>
      }
    />
  );
}
