import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  BusinessCalendarsDocument,
  CreateServiceSlaPolicyDocument,
  errorCodeOf,
  errorMessageOf,
  fieldErrorsOf,
  ServiceSlaPolicyDocument,
  UpdateServiceSlaPolicyDocument,
  type ServiceSlaPolicyFieldsFragment,
} from '@rapport/web-data-access';
import { LinkButton, usePageTitle, usePermissions } from '@rapport/web-core';
import { ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SERVICE_NEEDS } from '../../service-access';
import { SLA_POLICIES_PATH, slaPolicyPath } from '../setup-paths';
import { TargetsGrid } from './targets-grid';
import { targetProblems, targetsDraft, targetsInput, type TargetsDraft } from './targets-model';

interface PolicyValues {
  name: string;
  /** '' is "the default calendar" (a select option cannot be null). */
  calendarId: string;
  warnAtPercent: number | null;
  active: boolean;
  isDefault: boolean;
  targets: TargetsDraft;
}

const valuesOf = (p?: ServiceSlaPolicyFieldsFragment): PolicyValues => ({
  name: p?.name ?? '',
  calendarId: p?.calendarId ?? '',
  warnAtPercent: p?.warnAtPercent ?? 75,
  active: p?.active ?? true,
  isDefault: p?.isDefault ?? false,
  targets: targetsDraft(p?.targets),
});

/**
 * An SLA policy, new (`/new`) or existing: name, the calendar its clocks count in, the targets per
 * priority, the warning threshold, whether it is in use and whether it serves customers without a
 * contract (the default). Readers see it without the controls.
 */
export function SlaPolicyPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const isNew = !id || id === 'new';
  const { data, loading, error, refetch } = useQuery(ServiceSlaPolicyDocument, { variables: { id: id ?? '' }, skip: isNew });
  const policy = data?.serviceSlaPolicy;
  usePageTitle(isNew ? t('serviceSetup.policies.newTitle') : (policy?.name ?? t('serviceSetup.policies.title')));

  if (isNew) return <PolicyEditor />;
  if (!policy && loading) return <LoadingState />;
  if (!policy) {
    const missing = errorCodeOf(error) === 'NOT_FOUND';
    return <ErrorState title={missing ? t('serviceSetup.policies.notFound') : undefined} message={missing ? undefined : errorMessageOf(error)} onRetry={missing ? undefined : () => void refetch()} />;
  }
  return <PolicyEditor key={`${policy.id}:${policy.updatedAt}`} policy={policy} />;
}

function PolicyEditor({ policy }: { policy?: ServiceSlaPolicyFieldsFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canWrite = usePermissions().allows(SERVICE_NEEDS.setupWrite);
  const [form] = Form.useForm<PolicyValues>();
  const [formError, setFormError] = useState<string>();
  const [cellErrors, setCellErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const calendars = useQuery(BusinessCalendarsDocument).data?.businessCalendars;
  const defaultCalendar = calendars?.find((c) => c.isDefault);
  const [create, { loading: creating }] = useMutation(CreateServiceSlaPolicyDocument, { refetchQueries: ['ServiceSlaPolicies'] });
  const [update, { loading: updating }] = useMutation(UpdateServiceSlaPolicyDocument, { refetchQueries: ['ServiceSlaPolicies'] });
  const saving = creating || updating;
  const readOnly = !canWrite;

  const submit = async (v: PolicyValues) => {
    setFormError(undefined);
    setCellErrors(new Map());
    const targets = targetsInput(v.targets);
    const common = { name: v.name.trim(), calendarId: v.calendarId || null, warnAtPercent: v.warnAtPercent ?? 75, targets, isDefault: v.isDefault };
    try {
      if (policy) await update({ variables: { input: { id: policy.id, ...common, active: v.active } } });
      else {
        const { data } = await create({ variables: { input: common } });
        if (data) void navigate(slaPolicyPath(data.createServiceSlaPolicy.policy.id), { replace: true });
      }
      void message.success(t('serviceSetup.policies.saved', { name: common.name }));
    } catch (e) {
      setFormError(showServerErrors(e, targets.map((x) => x.priority)));
    }
  };

  /** The API's problems on their fields; a target's by its position in the list sent, which says its priority. */
  const showServerErrors = (e: unknown, sentPriorities: string[]): string | undefined => {
    const problems = fieldErrorsOf(e);
    if (!problems.length) return errorCodeOf(e) ? (errorMessageOf(e) ?? t('errors.generic')) : t('errors.network');
    const cells = new Map<string, string>();
    const unmatched: string[] = [];
    for (const { path, message: text } of problems) {
      const [, field, index, milestone] = path.split('.');
      const priority = index === undefined ? undefined : sentPriorities[Number(index)];
      if (field === 'name' || field === 'warnAtPercent' || field === 'calendarId') form.setFields([{ name: field, errors: [text] }]);
      else if (field === 'targets' && priority && milestone && milestone !== 'priority') cells.set(`${priority}.${milestone}`, text);
      else if (field === 'targets') form.setFields([{ name: 'targets', errors: [text] }]);
      else unmatched.push(text);
    }
    setCellErrors(cells);
    return unmatched.length ? unmatched.join(' ') : undefined;
  };

  const calendarOptions = [
    { value: '', label: defaultCalendar ? t('serviceSetup.policies.defaultCalendar', { name: defaultCalendar.name }) : t('serviceSetup.policies.defaultCalendarNone') },
    ...(calendars ?? []).map((c) => ({ value: c.id, label: c.name })),
  ];

  return (
    <>
      <PageHeader
        title={policy?.name ?? t('serviceSetup.policies.newTitle')}
        subtitle={t('serviceSetup.policies.pageSubtitle')}
        extra={
          <LinkButton icon={<ArrowLeftOutlined />} to={SLA_POLICIES_PATH}>
            {t('serviceSetup.policies.back')}
          </LinkButton>
        }
      />
      {readOnly ? <Alert type="info" showIcon title={t('serviceSetup.readOnly')} style={{ marginBottom: 16 }} data-testid="setup-read-only" /> : null}
      <Form<PolicyValues>
        form={form}
        layout="vertical"
        initialValues={valuesOf(policy)}
        disabled={readOnly || saving}
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: Partial<PolicyValues>) => {
          if (changed.targets) setCellErrors(new Map());
        }}
        data-testid="policy-form"
      >
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid="policy-form-error" /> : null}
        <Card title={t('serviceSetup.policies.details')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('serviceSetup.fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                <Input maxLength={80} autoComplete="off" data-testid="policy-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="calendarId" label={t('serviceSetup.policies.calendar')} extra={t('serviceSetup.policies.calendarHint')}>
                <Select options={calendarOptions} loading={!calendars} data-testid="policy-calendar" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="warnAtPercent"
                label={t('serviceSetup.policies.warnAt')}
                extra={t('serviceSetup.policies.warnAtHint')}
                rules={[{ required: true, type: 'integer', min: 1, max: 99, message: t('serviceSetup.policies.warnAtRange') }]}
              >
                <InputNumber min={1} max={99} precision={0} suffix="%" style={{ width: 120 }} data-testid="policy-warn-at" />
              </Form.Item>
            </Col>
            {policy ? (
              <Col xs={24} md={12}>
                <Form.Item name="active" label={t('serviceSetup.policies.active')} valuePropName="checked" extra={t('serviceSetup.policies.activeHint')}>
                  <Switch data-testid="policy-active" />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} md={12}>
              <Form.Item name="isDefault" label={t('serviceSetup.policies.isDefault')} valuePropName="checked" extra={t('serviceSetup.policies.isDefaultHint')}>
                <Switch data-testid="policy-default" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('serviceSetup.targets.title')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('serviceSetup.targets.hint')}</Typography.Paragraph>
          <Form.Item
            name="targets"
            rules={[
              {
                validator: (_: unknown, draft?: TargetsDraft) => {
                  if (!draft) return Promise.resolve();
                  if (Object.keys(targetProblems(draft)).length) return Promise.reject(new Error(t('serviceSetup.targets.fixMarked')));
                  return targetsInput(draft).length ? Promise.resolve() : Promise.reject(new Error(t('serviceSetup.targets.none')));
                },
              },
            ]}
          >
            <TargetsGrid serverErrors={cellErrors} />
          </Form.Item>
        </Card>
        {canWrite ? (
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving} data-testid="policy-save">
            {policy ? t('serviceSetup.save') : t('serviceSetup.policies.createSubmit')}
          </Button>
        ) : null}
      </Form>
    </>
  );
}

export default SlaPolicyPage;
