import { useMutation } from '@apollo/client/react';
import { UpdateCaseDocument, type CasePageQuery } from '@rapport/web-data-access';
import { applyServerErrors, opportunityPath } from '@rapport/web-core';
import { Alert, App, Button, Card, Descriptions, Flex, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseOrderItem, NO_ORDER, orderText } from './case-order';

type CaseOnPage = NonNullable<CasePageQuery['case']>;

/**
 * "Related records": the deal and the order the problem is about (each when set and the viewer may
 * read it). Those who may update the case change the order here,
 * among the contact's latest orders; the card is left out when it would be empty and unchangeable.
 */
export function CaseRelatedRecords({ kase }: { kase: CaseOnPage }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const canChange = kase.viewerCan.update && !!kase.contact;
  if (!kase.order && !kase.opportunity && !canChange) return null;
  return (
    <Card size="small" title={t('service.related.title')} data-testid="case-related-records">
      <Flex vertical gap={8}>
        {kase.order || kase.opportunity ? (
          <Descriptions size="small" column={1}>
            {kase.opportunity ? (
              <Descriptions.Item label={t('service.fields.opportunity')}>
                <Link to={opportunityPath(kase.opportunity.id)} data-testid="case-opportunity-link">
                  {kase.opportunity.name}
                </Link>
              </Descriptions.Item>
            ) : null}
            {kase.order ? (
              <Descriptions.Item label={t('service.fields.order')}>
                <span data-testid="case-order">{orderText(t, kase.order)}</span>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        ) : null}
        {canChange && !editing ? (
          <div>
            <Button size="small" onClick={() => setEditing(true)} data-testid="case-order-change">
              {kase.orderId ? t('service.related.changeOrder') : t('service.related.chooseOrder')}
            </Button>
          </div>
        ) : null}
        {canChange && editing && kase.contact ? <OrderEditor kase={kase} contact={kase.contact} onDone={() => setEditing(false)} /> : null}
      </Flex>
    </Card>
  );
}

interface OrderValues {
  orderId: string;
}

/** The order choice: saves `{ id, orderId }` (null for none); the server's word on the order shows by the field. */
function OrderEditor({ kase, contact, onDone }: { kase: CaseOnPage; contact: NonNullable<CaseOnPage['contact']>; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrderValues>();
  const [formError, setFormError] = useState<string>();
  const [updateCase, updating] = useMutation(UpdateCaseDocument);

  const onFinish = async (v: OrderValues) => {
    setFormError(undefined);
    try {
      await updateCase({ variables: { input: { id: kase.id, orderId: v.orderId === NO_ORDER ? null : v.orderId } } });
      void message.success(t('service.related.orderChanged'));
      onDone();
    } catch (error) {
      setFormError(applyServerErrors(form, error, ['orderId'], t));
    }
  };

  return (
    <Form<OrderValues> form={form} name="caseOrder" layout="vertical" onFinish={onFinish} initialValues={{ orderId: kase.orderId ?? NO_ORDER }} disabled={updating.loading} data-testid="case-order-form">
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} data-testid="case-order-error" /> : null}
      <CaseOrderItem contactId={contact.id} contactName={contact.name} current={kase.order} />
      <Flex gap="small" wrap justify="end">
        <Button onClick={onDone} data-testid="case-order-cancel">
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={updating.loading} data-testid="case-order-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
