import { useQuery } from '@apollo/client/react';
import { NONE, useCan } from '@rapport/web-core';
import { errorMessageOf, SegmentValueDocument } from '@rapport/web-data-access';
import { formatDate, formatMoney } from '@rapport/web-ui';
import { Alert, Card, Descriptions, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VALUE_CURRENCY } from '../value/value-model';

/**
 * The value of a segment's members (issue 17 item 5: CLV summed per segment), as the segment page
 * shows it: of the current members the reader may see, how many have bought, their lifetime value
 * and revenue summed, and how many are at risk, as of the last metrics run. Readers without
 * customer value access get no card (the API answers null for them).
 */
export function SegmentValueCard({ segmentId, version }: { segmentId: string; version: string }) {
  return useCan('customerValue', 'read') ? <ValueCard key={version} segmentId={segmentId} /> : null;
}

function ValueCard({ segmentId }: { segmentId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SegmentValueDocument, { variables: { id: segmentId }, fetchPolicy: 'cache-and-network' });
  const v = data?.segment?.value;
  const number = new Intl.NumberFormat(i18n.language);
  let body;
  if (!data && loading) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (!data && error)
    body = <Alert type="warning" showIcon title={errorMessageOf(error) ?? t('errors.loadFailed')} action={<Typography.Link onClick={() => void refetch()}>{t('common.retry')}</Typography.Link>} />;
  else if (v && !v.asOf) body = <Typography.Text type="secondary">{t('customerValue.panel.notComputed')}</Typography.Text>;
  else if (v)
    body = (
      <>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 5 }} data-testid="segment-value-figures">
          <Descriptions.Item label={t('segments.page.valueMembers')}>{number.format(v.members)}</Descriptions.Item>
          <Descriptions.Item label={t('customerValue.panel.customers')}>{number.format(v.customers)}</Descriptions.Item>
          <Descriptions.Item label={t('customerValue.panel.clvSum')}>{formatMoney(v.clv, VALUE_CURRENCY) ?? NONE}</Descriptions.Item>
          <Descriptions.Item label={t('customerValue.panel.revenue')}>{formatMoney(v.revenue, VALUE_CURRENCY) ?? NONE}</Descriptions.Item>
          <Descriptions.Item label={t('customerValue.panel.atRisk')}>{number.format(v.atRisk)}</Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('segments.page.valueNote', { date: formatDate(v.asOf) })}
        </Typography.Text>
      </>
    );
  return (
    <Card size="small" title={t('segments.page.value')} data-testid="segment-value">
      {body}
    </Card>
  );
}
