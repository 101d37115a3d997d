import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorCodeOf, errorMessageOf, ExchangeRatesDocument, RemoveExchangeRateDocument, type ExchangeRateFieldsFragment } from '@rapport/web-data-access';
import { NoAccess, usePageTitle, usePermissions } from '@rapport/web-core';
import { currencyName, DATE_FORMAT, EmptyState, ErrorState, LoadingState, PageHeader, useLazyMessages } from '@rapport/web-ui';
import { Alert, App, Button, Card, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXCHANGE_RATE_NEEDS } from '../admin-access';
import { ExchangeRateFormModal, type RateDialog } from './exchange-rate-form-modal';
import { BASE_CURRENCY, groupRates, type CurrencyRates } from './exchange-rate-rules';

type Row = CurrencyRates['rates'][number];

/** Rates a currency shows before "Show all": half a year of monthly rates, the one in force always among them. */
const SHOWN = 6;

const titleOf = (currency: string, language: string) => {
  const name = currencyName(currency, language);
  return name ? `${currency} · ${name}` : currency;
};

function CurrencyCard({ group, canEdit, onAdd, onCorrect }: { group: CurrencyRates; canEdit: boolean; onAdd: () => void; onCorrect: (r: ExchangeRateFieldsFragment) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [remove] = useMutation(RemoveExchangeRateDocument, { refetchQueries: ['ExchangeRates'], awaitRefetchQueries: true });
  const [all, setAll] = useState(false);
  const { currency } = group;
  const shown = Math.max(SHOWN, group.rates.findIndex((r) => r.validFrom === group.current.validFrom) + 1);
  const rows = all ? group.rates : group.rates.slice(0, shown);

  const removeRate = async (r: Row) => {
    try {
      const { data } = await remove({ variables: { input: { currency, validFrom: r.validFrom } } });
      // Someone else may have removed it first: the list is refetched either way.
      if (data?.removeExchangeRate.removed) void message.success(t('exchangeRates.removed', { currency, day: r.validFrom }));
      else void message.info(t('exchangeRates.alreadyRemoved'));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    }
  };

  const columns: TableColumnsType<Row> = [
    {
      key: 'validFrom',
      title: t('exchangeRates.columns.validFrom'),
      render: (_: unknown, r) => (
        <Flex gap="small" align="center" wrap={false}>
          <span style={{ whiteSpace: 'nowrap' }}>{r.validFrom}</span>
          {r.validFrom === group.current.validFrom ? <Tag color="green">{t('exchangeRates.inForce')}</Tag> : null}
        </Flex>
      ),
    },
    { key: 'rate', title: t('exchangeRates.columns.rate'), align: 'end', render: (_: unknown, r) => <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>{r.rate}</Typography.Text> },
    {
      key: 'until',
      title: t('exchangeRates.columns.validUntil'),
      render: (_: unknown, r) => <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>{r.until ? t('exchangeRates.until', { day: r.until }) : t('exchangeRates.openEnded')}</Typography.Text>,
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('exchangeRates.columns.actions'),
            render: (_: unknown, r: Row) => (
              <Flex gap="small" wrap={false}>
                <Button size="small" icon={<EditOutlined />} aria-label={t('exchangeRates.correctLabel', { currency, day: r.validFrom })} onClick={() => onCorrect(r)} data-testid={`rate-correct-${currency}-${r.validFrom}`}>
                  {t('exchangeRates.correct')}
                </Button>
                <Popconfirm
                  title={t('exchangeRates.removeTitle', { currency, day: r.validFrom })}
                  description={group.rates.length === 1 ? t('exchangeRates.removeLast', { currency }) : t('exchangeRates.removeBody', { currency })}
                  okText={t('exchangeRates.remove')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => removeRate(r)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('exchangeRates.removeLabel', { currency, day: r.validFrom })} data-testid={`rate-remove-${currency}-${r.validFrom}`}>
                    {t('exchangeRates.remove')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      data-testid={`rates-${currency}`}
      title={
        <Flex vertical style={{ paddingBlock: 8 }}>
          <Typography.Title level={2} style={{ margin: 0, fontSize: 'inherit' }}>
            {titleOf(currency, i18n.language)}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', whiteSpace: 'normal' }}>
            {t('exchangeRates.today', { currency, rate: group.current.rate })}
          </Typography.Text>
        </Flex>
      }
      extra={
        canEdit ? (
          <Button icon={<PlusOutlined />} aria-label={t('exchangeRates.addFor', { currency })} onClick={onAdd} data-testid={`rate-add-${currency}`}>
            {t('exchangeRates.add')}
          </Button>
        ) : null
      }
    >
      <Table<Row>
        rowKey="validFrom"
        size="small"
        dataSource={rows}
        columns={columns}
        pagination={false}
        // A phone scrolls the table sideways rather than squeezing the dates into two lines.
        scroll={{ x: 'max-content' }}
        aria-label={t('exchangeRates.ratesOf', { currency })}
      />
      {group.rates.length > shown ? (
        <Button type="link" style={{ paddingInline: 0, marginTop: 8 }} aria-expanded={all} onClick={() => setAll(!all)} data-testid={`rates-more-${currency}`}>
          {all ? t('exchangeRates.showLatest', { count: shown }) : t('exchangeRates.showAll', { count: group.rates.length })}
        </Button>
      ) : null}
    </Card>
  );
}

/**
 * Admin → Exchange rates (issue 14, docs/adr/0014): a rate per currency and day, what one unit is
 * worth in CNY, which campaign figures are converted with. Readers of the price catalog see the
 * rates; catalog writers (admins) add, correct and remove them.
 */
export function ExchangeRatesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('exchangeRates.title'));
  const canEdit = usePermissions().allows(EXCHANGE_RATE_NEEDS.write);
  const { data, loading, error, refetch } = useQuery(ExchangeRatesDocument, { notifyOnNetworkStatusChange: true });
  const [dialog, setDialog] = useState<RateDialog>();
  const rates = data?.exchangeRates ?? [];
  const groups = groupRates(rates, dayjs().format(DATE_FORMAT));

  if (errorCodeOf(error) === 'FORBIDDEN') return <NoAccess needs={EXCHANGE_RATE_NEEDS.read} />;

  const addButton = canEdit ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'add' })} data-testid="rate-add">
      {t('exchangeRates.add')}
    </Button>
  ) : null;

  const body = () => {
    if (error && !data) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
    if (loading && !data) return <LoadingState />;
    return (
      <Flex vertical gap="middle">
        {error ? <Alert type="warning" showIcon title={errorMessageOf(error) ?? t('errors.loadFailed')} /> : null}
        <Card size="small" data-testid="rates-base">
          <Flex gap="small" align="center" wrap>
            <Typography.Text strong>{titleOf(BASE_CURRENCY, i18n.language)}</Typography.Text>
            <Tag color="blue">{t('exchangeRates.base')}</Tag>
            <Typography.Text type="secondary">{t('exchangeRates.baseBody')}</Typography.Text>
          </Flex>
        </Card>
        {!canEdit ? <Typography.Text type="secondary">{t('exchangeRates.readOnly')}</Typography.Text> : null}
        {groups.length ? (
          groups.map((g) => (
            <CurrencyCard
              key={g.currency}
              group={g}
              canEdit={canEdit}
              onAdd={() => setDialog({ mode: 'add', currency: g.currency })}
              onCorrect={(rate) => setDialog({ mode: 'correct', rate })}
            />
          ))
        ) : (
          <Card data-testid="rates-empty">
            <EmptyState
              description={
                <>
                  <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                    {t('exchangeRates.empty')}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary">{t('exchangeRates.emptyHint')}</Typography.Text>
                </>
              }
            />
          </Card>
        )}
      </Flex>
    );
  };

  return (
    <>
      <PageHeader title={t('exchangeRates.title')} subtitle={t('exchangeRates.subtitle')} extra={addButton} />
      {body()}
      <ExchangeRateFormModal dialog={dialog} rates={rates} onClose={() => setDialog(undefined)} />
    </>
  );
}

/** The page once its own messages are in (they load with it, not with the language bundle). */
function ExchangeRatesRoute() {
  return useLazyMessages('exchange-rates') ? <ExchangeRatesPage /> : <LoadingState />;
}

// Default export for the router's lazy route.
export default ExchangeRatesRoute;
