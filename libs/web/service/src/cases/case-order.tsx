import { useQuery } from '@apollo/client/react';
import { CaseOrderOptionsDocument, type CaseOrderFieldsFragment } from '@rapport/web-data-access';
import { formatDate, formatMoney } from '@rapport/web-ui';
import { Form, Select, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The select's value for "no order": antd's Select cannot offer null as an option. */
export const NO_ORDER = '';

/** An order in one line, as the call page's caller card shows it: number · date · amount. */
export function orderText(t: TFunction, o: Pick<CaseOrderFieldsFragment, 'externalId' | 'orderedAt' | 'amount' | 'currency'>): string {
  return t('service.callDesk.order', { number: o.externalId, date: formatDate(o.orderedAt), amount: formatMoney(Number(o.amount), o.currency) ?? o.amount });
}

export interface CaseOrderItemProps {
  /** Whose latest orders to offer: the case's contact. */
  contactId: string;
  /** Their name, for the empty state. */
  contactName?: string | null;
  /** The case's order now: kept as a choice even when it is not among the latest 20. */
  current?: CaseOrderFieldsFragment | null;
  disabled?: boolean;
}

/**
 * The `orderId` field of a case form: the contact's latest orders (those the viewer may read; the
 * API answers none to someone who may not read orders) and "No order". Saying so when there are
 * none, rather than showing an empty list, tells the agent why nothing can be picked.
 */
export function CaseOrderItem({ contactId, contactName, current, disabled }: CaseOrderItemProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CaseOrderOptionsDocument, { variables: { contactId } });
  const orders = data?.contact?.orders;
  const options = useMemo(() => {
    const list = [...(orders ?? [])];
    if (current && !list.some((o) => o.id === current.id)) list.unshift(current);
    return [{ value: NO_ORDER, label: t('service.related.noOrder') }, ...list.map((o) => ({ value: o.id, label: orderText(t, o) }))];
  }, [orders, current, t]);
  const empty = !loading && !error && orders !== undefined && orders.length === 0;
  return (
    <Form.Item
      name="orderId"
      label={t('service.fields.order')}
      extra={
        error ? (
          <Typography.Text type="danger">{t('errors.loadFailed')}</Typography.Text>
        ) : empty ? (
          <span data-testid="case-order-none">{contactName ? t('service.related.noOrdersOf', { name: contactName }) : t('service.related.noOrders')}</span>
        ) : undefined
      }
    >
      <Select<string> options={options} loading={loading} disabled={disabled} style={{ width: '100%' }} data-testid="case-order-select" />
    </Form.Item>
  );
}
