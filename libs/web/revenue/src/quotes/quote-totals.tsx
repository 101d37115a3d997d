import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPercent } from './quote-preview';

export interface QuoteTotalsProps {
  subtotal: string;
  discountPercent: number | null | undefined;
  /** Already formatted with its minus sign; empty without a quote discount. */
  discountAmount: string;
  total: string;
  /** A preview before saving, or the saved quote's own figures. */
  preview?: boolean;
  /** Preview only: some lines still have no price. */
  incomplete?: boolean;
  testId: string;
}

/** Subtotal, the quote discount and the total, right-aligned under the lines. */
export function QuoteTotals({ subtotal, discountPercent, discountAmount, total, preview, incomplete, testId }: QuoteTotalsProps) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId} style={{ maxWidth: 420, marginInlineStart: 'auto' }}>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'subtotal', label: t('revenue.quotes.subtotal'), children: <span data-testid={`${testId}-subtotal`}>{subtotal}</span> },
          ...(discountAmount
            ? [{ key: 'discount', label: t('revenue.quotes.quoteDiscountNamed', { percent: formatPercent(discountPercent ?? 0) }), children: discountAmount }]
            : []),
          {
            key: 'total',
            label: <Typography.Text strong>{preview ? t('revenue.quotes.totalPreview') : t('revenue.quotes.total')}</Typography.Text>,
            children: (
              <Typography.Text strong data-testid={`${testId}-total`}>
                {total}
              </Typography.Text>
            ),
          },
        ]}
      />
      {preview ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          {t('revenue.quotes.previewHint')}
        </Typography.Paragraph>
      ) : null}
      {incomplete ? <Alert type="warning" showIcon title={t('revenue.quotes.previewIncomplete')} style={{ marginTop: 8 }} /> : null}
    </div>
  );
}
