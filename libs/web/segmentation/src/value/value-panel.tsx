import { useQuery } from '@apollo/client/react';
import { AccountValueDocument, ContactValueDocument, errorMessageOf, type CustomerMetricsFieldsFragment } from '@rapport/web-data-access';
import { NONE, useCan, type RecordPanelProps } from '@rapport/web-core';
import { formatDate, formatMoney, formatRelative, useLazyMessages } from '@rapport/web-ui';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BandTag, rfmCellLabel, StageTag } from './value-labels';
import { formatDecimal, formatPercent, VALUE_CURRENCY } from './value-model';

export type ValuePanelKind = 'contact' | 'account';

export interface CustomerValuePanelProps extends RecordPanelProps {
  kind: ValuePanelKind;
}

/**
 * "Customer value" on the contact and account pages (issue 17), put there through the record-panel
 * slot (sales never imports segmentation). A role without customer value access gets no panel at
 * all, neither a query nor an empty card (the API answers null for it too); before the first
 * metrics run the panel says the value has not been computed yet.
 */
export function CustomerValuePanel(props: CustomerValuePanelProps) {
  return useCan('customerValue', 'read') ? <PanelOfKind {...props} /> : null;
}

function PanelOfKind({ kind, record }: CustomerValuePanelProps) {
  // The words come with the customer value area; the query starts meanwhile.
  const ready = useLazyMessages('customer-value');
  return kind === 'contact' ? <ContactValue id={record.id} ready={ready} /> : <AccountValue id={record.id} ready={ready} />;
}

interface Answer {
  /** False: not answered yet, or no such record (its page says so). */
  found: boolean;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

function ContactValue({ id, ready }: { id: string; ready: boolean }) {
  const { t } = useTranslation();
  const q = useQuery(ContactValueDocument, { variables: { id } });
  const contact = q.data?.contact && q.data.contact.id === id ? q.data.contact : undefined;
  const answer = { found: !!contact, loading: q.loading, error: q.error, retry: () => void q.refetch() };
  return (
    <PanelView kind="contact" ready={ready} answer={answer}>
      {contact ? contact.metrics ? <ContactMetrics m={contact.metrics} /> : <NotComputed text={t('customerValue.panel.notComputed')} /> : null}
    </PanelView>
  );
}

function AccountValue({ id, ready }: { id: string; ready: boolean }) {
  const { t, i18n } = useTranslation();
  const q = useQuery(AccountValueDocument, { variables: { id } });
  const account = q.data?.account && q.data.account.id === id ? q.data.account : undefined;
  const answer = { found: !!account, loading: q.loading, error: q.error, retry: () => void q.refetch() };
  const v = account?.customerValue;
  const number = new Intl.NumberFormat(i18n.language);
  let body: ReactNode = null;
  if (account && !v) body = <NotComputed text={t('customerValue.panel.notComputed')} />;
  else if (v)
    body = (
      <>
        <Descriptions size="small" column={1} data-testid="value-panel-account-figures">
          <Descriptions.Item label={t('customerValue.panel.customers')}>{number.format(v.customers)}</Descriptions.Item>
          <Descriptions.Item label={t('customerValue.panel.clvSum')}>{formatMoney(v.clv, VALUE_CURRENCY) ?? NONE}</Descriptions.Item>
          <Descriptions.Item label={t('customerValue.panel.revenue')}>{formatMoney(v.revenue, VALUE_CURRENCY) ?? NONE}</Descriptions.Item>
          <Descriptions.Item label={t('customerValue.panel.atRisk')}>
            {v.atRisk ? <Tag color="orange" style={{ marginInlineEnd: 0 }}>{number.format(v.atRisk)}</Tag> : number.format(0)}
          </Descriptions.Item>
        </Descriptions>
        <AsOf asOf={v.asOf} />
      </>
    );
  return (
    <PanelView kind="account" ready={ready} answer={answer}>
      {body}
    </PanelView>
  );
}

function PanelView({ kind, ready, answer, children }: { kind: ValuePanelKind; ready: boolean; answer: Answer; children: ReactNode }) {
  const { t } = useTranslation();
  const { found, loading, error, retry } = answer;
  // No such record and nothing pending: the page above says so; an empty card would only repeat it.
  if (!ready || (!found && !loading && !error)) return null;
  let body = children;
  if (!found && loading) body = <Skeleton active title={false} paragraph={{ rows: 3 }} />;
  else if (!found)
    body = (
      <Alert
        type="warning"
        showIcon
        title={errorMessageOf(error) ?? t('errors.loadFailed')}
        action={
          <Button size="small" onClick={retry} data-testid="value-panel-retry">
            {t('common.retry')}
          </Button>
        }
      />
    );
  return (
    <Card size="small" title={t('customerValue.panel.title')} data-testid={`value-panel-${kind}`}>
      {body}
    </Card>
  );
}

function NotComputed({ text }: { text: string }) {
  return (
    <Typography.Text type="secondary" data-testid="value-panel-not-computed">
      {text}
    </Typography.Text>
  );
}

function AsOf({ asOf }: { asOf: string | null | undefined }) {
  const { t } = useTranslation();
  if (!asOf) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="value-panel-as-of">
      {t('customerValue.panel.asOf', { date: formatDate(asOf) })}
    </Typography.Text>
  );
}

/** A contact's figures: RFM group and scores, CLV, chance of still buying and churn risk, expected purchases, lifecycle stage. */
function ContactMetrics({ m }: { m: CustomerMetricsFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const number = new Intl.NumberFormat(lng);
  const bought = m.frequency > 0;
  return (
    <Flex vertical gap={4}>
      <Descriptions size="small" column={1} data-testid="value-panel-contact-figures">
        <Descriptions.Item label={t('customerValue.panel.rfm')}>
          {m.rfmCell ? (
            <Flex wrap gap={6} align="center">
              <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="value-cell">
                {rfmCellLabel(t, m.rfmCell)}
              </Tag>
              <Typography.Text type="secondary" data-testid="value-scores">
                {t('customerValue.panel.scores', { r: m.r ?? NONE, f: m.f ?? NONE, m: m.m ?? NONE })}
              </Typography.Text>
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('customerValue.panel.noOrders')}</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('customerValue.panel.clv')}>
          <span data-testid="value-clv">{formatMoney(m.clv, VALUE_CURRENCY) ?? NONE}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('customerValue.panel.pAlive')}>
          <span data-testid="value-p-alive">{formatPercent(m.pAlive, lng) ?? NONE}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('customerValue.panel.churnRisk')}>
          {m.churnRisk !== null || m.churnBand ? (
            <Flex wrap gap={6} align="center">
              <span data-testid="value-churn">{formatPercent(m.churnRisk, lng) ?? NONE}</span>
              {m.churnBand ? <BandTag band={m.churnBand} /> : null}
            </Flex>
          ) : (
            NONE
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('customerValue.panel.expectedPurchases')}>
          <span data-testid="value-expected">{formatDecimal(m.expectedPurchases, lng) ?? NONE}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('customerValue.panel.stage')}>
          <Flex wrap gap={6} align="center">
            <StageTag stage={m.lifecycleStage} />
            <Typography.Text type="secondary" title={formatRelative(m.stageSince)} data-testid="value-stage-since">
              {t('customerValue.panel.since', { when: formatDate(m.stageSince) ?? '' })}
            </Typography.Text>
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('customerValue.panel.orders')}>
          <span data-testid="value-orders">
            {bought
              ? t('customerValue.panel.ordersValue', { count: m.frequency, n: number.format(m.frequency), total: formatMoney(m.monetary, VALUE_CURRENCY) ?? '' })
              : t('customerValue.panel.noOrders')}
          </span>
        </Descriptions.Item>
        {bought && m.recency !== null ? (
          <Descriptions.Item label={t('customerValue.panel.lastOrder')}>{t('customerValue.panel.daysAgo', { count: m.recency, n: number.format(m.recency) })}</Descriptions.Item>
        ) : null}
      </Descriptions>
      <AsOf asOf={m.asOf} />
    </Flex>
  );
}

export default CustomerValuePanel;
