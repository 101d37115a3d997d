import { SwapOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessageOf, HandoverCountsDocument, TransferOwnershipDocument, type HandoverAssignmentsInput } from '@rapport/web-data-access';
import { ErrorState, PageHeader } from '@rapport/web-ui';
import { Alert, Button, Card, Checkbox, Col, Form, Popconfirm, Row, Skeleton, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { applyServerErrors } from '@rapport/web-core';
import { usePageTitle } from '@rapport/web-core';
import { UserSelect, type UserOption } from '@rapport/web-core';
import { HandoverProgress } from './handover-progress';

type Kind = keyof HandoverAssignmentsInput;
const KINDS: Kind[] = ['leads', 'opportunities', 'accounts', 'contacts', 'tasks'];

interface HandoverValues {
  fromUserId?: string | null;
  toUserId?: string | null;
  perKind?: boolean;
  assignments?: Partial<Record<Kind, string | null>>;
  deactivate?: boolean;
}

const FORM_FIELDS = ['fromUserId', 'toUserId', 'assignments', 'deactivate'] as const;

/** Counts of what the leaving person owns: the open part of the book the job moves. */
function OwnedCounts({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(HandoverCountsDocument, { variables: { ownerId: userId }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (error && !data) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!data) return null;
  const counts: Record<Kind, number> = {
    leads: data.leads.totalCount,
    opportunities: data.opportunities.totalCount,
    accounts: data.accounts.totalCount,
    contacts: data.contacts.totalCount,
    tasks: data.activities.totalCount,
  };
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <div data-testid="handover-counts">
      <Row gutter={[16, 16]}>
        {KINDS.map((kind) => (
          <Col xs={12} md={8} lg={4} key={kind}>
            <Statistic title={kindLabel(t, kind)} value={counts[kind]} data-testid={`handover-count-${kind}`} />
          </Col>
        ))}
        <Col xs={12} md={8} lg={4}>
          <Statistic title={t('handover.total')} value={total} data-testid="handover-count-total" />
        </Col>
      </Row>
      {total === 0 ? <Alert type="info" showIcon title={t('handover.nothingOwned')} style={{ marginTop: 12 }} data-testid="handover-nothing" /> : null}
    </div>
  );
}

function kindLabel(t: (key: string) => string, kind: Kind): string {
  switch (kind) {
    case 'leads':
      return t('handover.kinds.leads');
    case 'opportunities':
      return t('handover.kinds.opportunities');
    case 'accounts':
      return t('handover.kinds.accounts');
    case 'contacts':
      return t('handover.kinds.contacts');
    case 'tasks':
      return t('handover.kinds.tasks');
  }
}

/**
 * A manager hands a leaving rep's book to colleagues: pick the person, see what they own,
 * choose the new owner (or one per kind of record), start, and follow the background job.
 * The running handover's id is in the address, so a reload keeps following it.
 */
export function HandoverPage() {
  const { t } = useTranslation();
  usePageTitle(t('handover.title'));
  const [params, setParams] = useSearchParams();
  const runningId = params.get('handover');
  const [form] = Form.useForm<HandoverValues>();
  const [from, setFrom] = useState<UserOption>();
  const [to, setTo] = useState<UserOption>();
  const [formError, setFormError] = useState<string>();
  const perKind = Form.useWatch('perKind', form);
  const [transfer, { loading }] = useMutation(TransferOwnershipDocument);

  const start = async () => {
    setFormError(undefined);
    let v: HandoverValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const assignments = Object.fromEntries(KINDS.flatMap((k) => (v.perKind && v.assignments?.[k] ? [[k, v.assignments[k]]] : []))) as HandoverAssignmentsInput;
    try {
      const { data } = await transfer({
        variables: {
          input: {
            fromUserId: v.fromUserId!,
            toUserId: v.toUserId!,
            deactivate: Boolean(v.deactivate),
            ...(Object.keys(assignments).length ? { assignments } : {}),
          },
        },
      });
      if (data) setParams({ handover: data.transferOwnership.handover.id });
    } catch (error) {
      setFormError(applyServerErrors(form, error, FORM_FIELDS, t));
    }
  };

  const restart = () => {
    form.resetFields();
    setFrom(undefined);
    setTo(undefined);
    setParams({});
  };

  return (
    <>
      <PageHeader title={t('handover.title')} subtitle={t('handover.subtitle')} />
      {runningId ? (
        <HandoverProgress id={runningId} onRestart={restart} />
      ) : (
        <Card data-testid="handover-form">
          {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
          <Form<HandoverValues> form={form} layout="vertical" disabled={loading} onFinish={() => undefined}>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('handover.step1')}
            </Typography.Title>
            <Form.Item name="fromUserId" label={t('handover.from')} rules={[{ required: true, message: t('validation.required') }]} style={{ maxWidth: 420 }}>
              <UserSelect autoFocus onChange={(_id, user) => setFrom(user)} data-testid="handover-from" />
            </Form.Item>
            {from ? <OwnedCounts userId={from.id} /> : <Typography.Paragraph type="secondary">{t('handover.pickFirst')}</Typography.Paragraph>}

            <Typography.Title level={5} style={{ marginTop: 24 }}>
              {t('handover.step2')}
            </Typography.Title>
            <Form.Item
              name="toUserId"
              label={t('handover.to')}
              rules={[{ required: true, message: t('validation.required') }]}
              extra={t('handover.toHint')}
              style={{ maxWidth: 420 }}
            >
              <UserSelect excludeIds={from ? [from.id] : []} onChange={(_id, user) => setTo(user)} data-testid="handover-to" />
            </Form.Item>
            <Form.Item name="perKind" valuePropName="checked">
              <Checkbox data-testid="handover-per-kind">{t('handover.perKind')}</Checkbox>
            </Form.Item>
            {perKind ? (
              <Row gutter={16} data-testid="handover-assignments">
                {KINDS.map((kind) => (
                  <Col xs={24} md={12} lg={8} key={kind}>
                    <Form.Item name={['assignments', kind]} label={kindLabel(t, kind)}>
                      <UserSelect excludeIds={from ? [from.id] : []} placeholder={t('handover.sameOwner')} data-testid={`handover-to-${kind}`} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            ) : null}
            <Form.Item name="deactivate" valuePropName="checked" extra={t('handover.deactivateHint')}>
              <Checkbox data-testid="handover-deactivate">{t('handover.deactivate', { name: from?.name ?? t('handover.thePerson') })}</Checkbox>
            </Form.Item>
            <Popconfirm
              title={t('handover.confirmTitle')}
              description={t('handover.confirmBody', { from: from?.name ?? '', to: to?.name ?? '' })}
              okText={t('handover.start')}
              cancelText={t('common.cancel')}
              onConfirm={() => start()}
              disabled={!from || !to}
            >
              <Button type="primary" icon={<SwapOutlined />} loading={loading} disabled={!from || !to} data-testid="handover-start">
                {t('handover.start')}
              </Button>
            </Popconfirm>
          </Form>
        </Card>
      )}
    </>
  );
}

export default HandoverPage;
