import { useMutation } from '@apollo/client/react';
import { EndSegmentStrategyDocument, errorMessageOf, type SegmentStrategyFieldsFragment } from '@rapport/web-data-access';
import { formatDate, withTestId } from '@rapport/web-ui';
import { App, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LiftRow } from './lift-chart';
import { lastDayOf } from './strategy-model';
import { orderedResults, type ResultFormat } from './strategy-words';

/**
 * One strategy: its name, how much of the segment is held back, its window and whether it is
 * still running; then what it did to each outcome. "End" (for those who may change the segment)
 * stops holding people back; the results stay.
 */
export function StrategyCard({ strategy, format, mayWrite }: { strategy: SegmentStrategyFieldsFragment; format: ResultFormat; mayWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [end, ending] = useMutation(EndSegmentStrategyDocument);
  const active = strategy.status === 'active';
  const from = formatDate(strategy.startsAt) ?? '—';
  const span = strategy.endsAt ? t('strategies.window', { from, to: lastDayOf(strategy.endsAt).format('YYYY-MM-DD') }) : t('strategies.windowOpen', { from });

  const onEnd = async () => {
    try {
      await end({ variables: { input: { id: strategy.id } } });
      void message.success(t('strategies.ended'));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('strategies.failed'));
    }
  };

  return (
    <Card
      size="small"
      type="inner"
      data-testid={`strategy-${strategy.id}`}
      title={
        <Flex gap="small" align="center" wrap>
          <Typography.Text strong>{strategy.name}</Typography.Text>
          <Tag color={active ? 'processing' : 'default'} data-testid={`strategy-status-${strategy.id}`}>
            {active ? t('strategies.status.active') : t('strategies.status.ended')}
          </Tag>
        </Flex>
      }
      extra={
        mayWrite && active ? (
          <Popconfirm
            title={t('strategies.endConfirm', { name: strategy.name })}
            description={t('strategies.endBody')}
            okText={t('strategies.end')}
            cancelText={t('strategies.cancel')}
            okButtonProps={withTestId({ danger: true }, 'strategy-end-confirm')}
            onConfirm={() => onEnd()}
          >
            <Button size="small" loading={ending.loading} data-testid={`strategy-end-${strategy.id}`} aria-label={t('strategies.endNamed', { name: strategy.name })}>
              {t('strategies.end')}
            </Button>
          </Popconfirm>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid={`strategy-facts-${strategy.id}`}>
        {t('strategies.holdout', { share: format.percent(strategy.holdoutShare) })}
        {' · '}
        {span}
      </Typography.Paragraph>
      {strategy.description ? <Typography.Paragraph style={{ marginBottom: 8 }}>{strategy.description}</Typography.Paragraph> : null}
      {strategy.results.length ? (
        <Flex vertical gap={8}>
          {orderedResults(strategy.results).map((r) => (
            <LiftRow key={r.outcome} result={r} format={format} />
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('strategies.noResults')}</Typography.Text>
      )}
    </Card>
  );
}
