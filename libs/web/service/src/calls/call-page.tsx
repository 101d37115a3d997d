import { PhoneOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { CallerLookupDocument, errorMessageOf } from '@rapport/web-data-access';
import { usePageTitle, usePermissions } from '@rapport/web-core';
import { PageHeader } from '@rapport/web-ui';
import { Alert, Button, Card, Col, Flex, Form, Input, Row, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SERVICE_NEEDS } from '../service-access';
import { SlaDueCell } from '../cases/case-columns';
import { PriorityTag, useCaseStatuses } from '../cases/case-labels';
import { casePath } from '../cases/case-paths';
import { LogCallModal } from '../cases/log-call-modal';
import { CallCaseForm } from './call-case-form';
import { CallerCard } from './caller-card';
import { callDeskPath, lineLabel, type CallerFound } from './call-model';

/**
 * Service → Take a call (issue 18 item 4). The agent types the caller's number (or the phone
 * system opens `/service/call?from=…&to=…`); the screen shows who is calling, their open cases
 * (log this call on one of them) and their latest orders, the line they dialled (a campaign's
 * tracking number reads as the campaign), and opens a new case from the call in one step.
 */
export function CallPage() {
  const { t } = useTranslation();
  usePageTitle(t('service.callDesk.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const { data, previousData, loading, error, refetch } = useQuery(CallerLookupDocument, { variables: { phoneNumber: from, dialledNumber: to || null }, skip: !from });
  const found = from ? (data ?? (loading ? undefined : previousData))?.callerLookup : undefined;

  let body;
  if (!from) body = <Typography.Paragraph type="secondary" data-testid="call-start">{t('service.callDesk.start')}</Typography.Paragraph>;
  else if (!found && loading) body = <Skeleton active data-testid="call-loading" />;
  else if (!found)
    body = (
      <Alert
        type="warning"
        showIcon
        data-testid="call-error"
        title={errorMessageOf(error) ?? t('errors.loadFailed')}
        action={
          <Button size="small" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  else body = <CallResult key={`${found.phoneNumber} ${found.line?.number ?? ''}`} found={found} onCreated={(id) => void navigate(casePath(id))} />;

  return (
    <>
      <PageHeader title={t('service.callDesk.title')} subtitle={t('service.callDesk.subtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <NumbersForm key={`${from} ${to}`} from={from} to={to} onLookup={(f, d) => void navigate(callDeskPath(f, d))} />
      </Card>
      {body}
    </>
  );
}

function NumbersForm({ from, to, onLookup }: { from: string; to: string; onLookup: (from: string, to: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ from: string; to?: string }>();
  return (
    <Form form={form} layout="inline" initialValues={{ from, to }} onFinish={(v) => onLookup(v.from, v.to ?? '')} style={{ rowGap: 8 }}>
      <Form.Item name="from" label={t('service.callDesk.from')} rules={[{ required: true, whitespace: true, message: t('service.callDesk.fromRequired') }]}>
        <Input type="tel" inputMode="tel" autoComplete="off" autoFocus={!from} placeholder="+86 138 0013 8000" prefix={<PhoneOutlined aria-hidden />} data-testid="call-from" />
      </Form.Item>
      <Form.Item name="to" label={t('service.callDesk.to')}>
        <Input type="tel" inputMode="tel" autoComplete="off" placeholder="+86 400 800 1234" data-testid="call-to" />
      </Form.Item>
      <Button type="primary" htmlType="submit" data-testid="call-lookup">
        {t('service.callDesk.lookup')}
      </Button>
    </Form>
  );
}

function CallResult({ found, onCreated }: { found: CallerFound; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const statuses = useCaseStatuses();
  const canWrite = usePermissions().allows(SERVICE_NEEDS.caseWrite);
  const [logOn, setLogOn] = useState<string | null>(null);
  const line = lineLabel(found.line);
  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center" data-testid="call-summary">
        <Typography.Text strong>{found.phoneNumber}</Typography.Text>
        {line ? (
          <Tag color="blue" data-testid="call-line">
            {t('service.callDesk.line', { line })}
          </Tag>
        ) : null}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <CallerCard contacts={found.contacts} />
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('service.callDesk.openCases')} data-testid="call-open-cases">
            {found.openCases.length === 0 ? (
              <Typography.Text type="secondary" data-testid="call-open-cases-none">
                {found.contacts.length ? t('service.callDesk.noOpenCases') : t('service.callDesk.noCaller')}
              </Typography.Text>
            ) : (
              <Flex component="ul" vertical gap={8} style={{ padding: 0, margin: 0, listStyle: 'none' }}>
                {found.openCases.map((c) => (
                  <li key={c.id} data-testid="call-open-case">
                    <Flex gap="small" wrap align="center">
                      <Link to={casePath(c.id)}>
                        {c.number} {c.subject}
                      </Link>
                      <PriorityTag priority={c.priority} />
                      <Typography.Text type="secondary">{statuses.nameOf(c.status)}</Typography.Text>
                      <SlaDueCell row={c} t={t} />
                      {canWrite ? (
                        <Button size="small" onClick={() => setLogOn(c.id)} data-testid="call-log-here">
                          {t('service.callDesk.logHere')}
                        </Button>
                      ) : null}
                    </Flex>
                  </li>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
      {canWrite ? <CallCaseForm phoneNumber={found.phoneNumber} dialledNumber={found.line?.number ?? null} contacts={found.contacts} onCreated={onCreated} /> : null}
      {logOn ? <LogCallModal caseId={logOn} open onClose={() => setLogOn(null)} phoneNumber={found.phoneNumber} line={line} onLogged={() => onCreated(logOn)} /> : null}
    </Flex>
  );
}

export default CallPage;
