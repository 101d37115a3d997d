import { errorCodeOf, errorMessageOf, type SegmentPreviewQuery } from '@rapport/web-data-access';
import { personName } from '@rapport/web-core';
import { Alert, Card, Flex, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export const SAMPLE_SIZE = 10;

/** The preview query's state, as the builder page asks it (debounced). */
export interface PreviewResult {
  data?: SegmentPreviewQuery;
  previousData?: SegmentPreviewQuery;
  loading: boolean;
  error?: unknown;
  refetch: () => unknown;
}

/**
 * The live count while the rule is edited: `segmentPreview` of the rule as it stood 400 ms after
 * the last change, among the contacts the viewer may see. The count ("about" when the API fell
 * back to the planner's estimate), how long it took, and a sample of ten members. A refused rule
 * shows its messages on the nodes (the page places them); here one line says so.
 */
export function LivePreview({ result }: { result: PreviewResult }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const { data, previousData, loading, error, refetch } = result;
  const preview: SegmentPreviewQuery['segmentPreview'] | undefined = error ? undefined : (data ?? previousData)?.segmentPreview;
  const invalid = errorCodeOf(error) === 'VALIDATION_FAILED';

  return (
    <Card size="small" title={t('segments.preview.title')} data-testid="segment-preview" aria-busy={loading}>
      {error ? (
        invalid ? (
          <Alert type="warning" showIcon title={t('segments.preview.invalid')} data-testid="segment-preview-invalid" />
        ) : (
          <Alert
            type="error"
            showIcon
            title={errorMessageOf(error) ?? t('segments.preview.failed')}
            action={
              <Typography.Link onClick={() => void refetch()} data-testid="segment-preview-retry">
                {t('segments.preview.retry')}
              </Typography.Link>
            }
            data-testid="segment-preview-error"
          />
        )
      ) : !preview ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <Flex vertical gap={12} style={{ opacity: loading ? 0.6 : 1 }}>
          <div role="status" aria-live="polite">
            <Statistic
              title={preview.estimate ? t('segments.preview.aboutTitle') : t('segments.preview.countTitle')}
              value={preview.estimate ? t('segments.preview.about', { count: preview.count, n: number.format(preview.count) }) : number.format(preview.count)}
              data-testid="segment-preview-count"
              data-count={preview.count}
              data-estimate={preview.estimate}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="segment-preview-took">
              {loading ? t('segments.preview.counting') : t('segments.preview.took', { ms: number.format(preview.tookMs) })}
            </Typography.Text>
          </div>
          <div>
            <Typography.Text strong>{t('segments.preview.sample')}</Typography.Text>
            {preview.sample.length ? (
              <ul data-testid="segment-preview-sample" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {preview.sample.map((m) => (
                  <li key={m.id} style={{ paddingBlock: 6, borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
                    <Flex vertical style={{ minWidth: 0 }}>
                      <Typography.Text>{personName(m)}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                        {[m.email, m.accountName].filter(Boolean).join(' · ')}
                      </Typography.Text>
                    </Flex>
                  </li>
                ))}
              </ul>
            ) : (
              <Typography.Paragraph type="secondary" data-testid="segment-preview-none">
                {t('segments.preview.none')}
              </Typography.Paragraph>
            )}
          </div>
        </Flex>
      )}
    </Card>
  );
}
