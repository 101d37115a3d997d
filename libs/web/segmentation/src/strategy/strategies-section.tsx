import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, SegmentStrategiesDocument } from '@rapport/web-data-access';
import { ErrorState, LazyMessagesGate } from '@rapport/web-ui';
import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CohortCard } from './cohort-card';
import { NewStrategyModal } from './new-strategy-modal';
import { StrategyCard } from './strategy-card';
import { resultFormat } from './strategy-words';

export interface StrategiesSectionProps {
  segmentId: string;
  /** The viewer may change this segment (start and end its strategies). */
  mayWrite: boolean;
  /** An archived segment takes no new strategies. */
  archived: boolean;
}

/**
 * A segment's strategies (issue 17): what was done to it with a random holdout, and whether it
 * worked, outcome by outcome; "New strategy" for those who may change the segment. Then the
 * cohort card: how the members of one day behaved in later periods.
 */
function Strategies({ segmentId, mayWrite, archived }: StrategiesSectionProps) {
  const { t, i18n } = useTranslation();
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(SegmentStrategiesDocument, { variables: { segmentId }, fetchPolicy: 'cache-and-network' });
  const format = useMemo(() => resultFormat(i18n.language), [i18n.language]);
  const strategies = data?.segmentStrategies ?? [];

  let body;
  if (!data && loading) body = <Skeleton active data-testid="strategies-loading" />;
  else if (!data) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!strategies.length) body = <Typography.Text type="secondary" data-testid="strategies-empty">{t('strategies.empty')}</Typography.Text>;
  else
    body = (
      <Flex vertical gap="middle">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('strategies.chartNote')}
        </Typography.Text>
        {strategies.map((s) => (
          <StrategyCard key={s.id} strategy={s} format={format} mayWrite={mayWrite} />
        ))}
      </Flex>
    );

  return (
    <>
      <Card
        size="small"
        title={t('strategies.title')}
        extra={
          mayWrite && !archived ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="strategy-new">
              {t('strategies.new')}
            </Button>
          ) : null
        }
        data-testid="segment-strategies"
      >
        {body}
      </Card>
      <CohortCard segmentId={segmentId} />
      {mayWrite ? <NewStrategyModal segmentId={segmentId} open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}

/** The section with its words (lazy/strategies.<lng>.json), which come with it. */
export function StrategiesSection(props: StrategiesSectionProps) {
  return (
    <LazyMessagesGate area="strategies" fallback={<Skeleton active />}>
      <Strategies {...props} />
    </LazyMessagesGate>
  );
}
