import { SwapOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessageOf, LeadDocument, UpdateLeadDocument, type LeadSource, type LeadStatus } from '@rapport/web-data-access';
import { ErrorState, formatDateTime, LoadingState, PageHeader } from '@rapport/web-ui';
import { App, Button, Col, Descriptions, Flex, Form, Input, Row, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { orNone, ownerCell } from '@rapport/web-core';
import {
  ALL_LEAD_SOURCES,
  ALL_LEAD_STATUSES,
  LEAD_STATUS_COLORS,
  leadSourceLabel,
  leadStatusLabel,
} from '@rapport/web-core';
import { accountPath } from '@rapport/web-core';
import { CustomFieldsCard } from '@rapport/web-core';
import { RecordPanelSlot } from '@rapport/web-core';
import { customValuesOf, type CustomValues } from '@rapport/web-core';
import { RelatedActivities } from '../activities/related-activities';
import { RecordDuplicates } from '../merge/record-duplicates';
import { ShareButton } from '../sharing/share-dialog';
import { blankToNull } from '../shared/form-values';
import { RecordDetails } from '@rapport/web-core';
import { BackLink, RecordColumns } from '@rapport/web-core';
import { RecordNotFound } from '@rapport/web-core';
import { LeadTimeline } from '../timeline/record-timeline';
import { ConvertLeadModal } from './convert-lead-modal';
import { personName } from '@rapport/web-core';

interface LeadEditValues {
  firstName?: string;
  lastName: string;
  company?: string;
  title?: string;
  email?: string;
  phone?: string;
  source: LeadSource;
  status: LeadStatus;
  campaign?: string;
  productInterest?: string;
  country?: string;
  region?: string;
  message?: string;
}

const FORM_FIELDS = ['firstName', 'lastName', 'company', 'title', 'email', 'phone', 'source', 'status', 'campaign', 'productInterest', 'country', 'region', 'message'] as const;

export function LeadPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(LeadDocument, { variables: { id } });
  const [updateLead] = useMutation(UpdateLeadDocument, { refetchQueries: ['LeadTimeline'] });
  const [converting, setConverting] = useState(false);
  const lead = data?.lead;
  usePageTitle(lead ? personName(lead) : t('leads.record'));

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!lead) return <RecordNotFound title={t('leads.notFound')} backTo="/leads" backLabel={t('leads.backToList')} />;

  const converted = lead.status === 'CONVERTED';
  // What this viewer may do with this lead (the API's `viewerCan`, the rules its mutations apply).
  const can = lead.viewerCan;
  const text = (max: number) => [{ max, message: t('validation.maxLength', { max }) }];

  const save = async (v: LeadEditValues) => {
    await updateLead({
      variables: {
        input: {
          id: lead.id,
          firstName: v.firstName?.trim() ?? '',
          lastName: v.lastName.trim(),
          company: blankToNull(v.company),
          title: blankToNull(v.title),
          email: blankToNull(v.email),
          phone: blankToNull(v.phone),
          source: v.source,
          // A converted lead keeps its status; the API refuses any change.
          status: converted ? undefined : v.status,
          campaign: blankToNull(v.campaign),
          productInterest: blankToNull(v.productInterest),
          country: blankToNull(v.country),
          region: blankToNull(v.region),
          message: blankToNull(v.message),
        },
      },
    });
    void message.success(t('records.saved'));
  };
  const saveCustom = async (customFields: CustomValues) => {
    await updateLead({ variables: { input: { id: lead.id, customFields } } });
    void message.success(t('records.saved'));
  };

  return (
    <>
      <BackLink to="/leads" label={t('leads.title')} />
      <PageHeader
        title={personName(lead)}
        subtitle={[lead.title, lead.company].filter(Boolean).join(' · ') || undefined}
        extra={
          <Flex gap="small" align="center" wrap>
            {can.share ? <ShareButton objectType="LEAD" recordId={lead.id} recordName={personName(lead)} /> : null}
            {converted ? (
              <Tag color={LEAD_STATUS_COLORS.CONVERTED}>{t('leads.convertedOn', { date: formatDateTime(lead.convertedAt) ?? '' })}</Tag>
            ) : can.convert ? (
              <Button type="primary" icon={<SwapOutlined />} onClick={() => setConverting(true)} data-testid="lead-convert">
                {t('convert.open')}
              </Button>
            ) : null}
          </Flex>
        }
      />
      <RecordDuplicates
        objectType="LEAD"
        recordId={lead.id}
        canMerge={can.merge}
        probe={{ firstName: lead.firstName, lastName: lead.lastName, company: lead.company ?? undefined, email: lead.email ?? undefined, phone: lead.phone ?? undefined }}
      />
      <RecordColumns
        main={
          <>
            <RecordDetails<LeadEditValues>
              title={t('records.details')}
              formFields={FORM_FIELDS}
              onSave={save}
              canEdit={can.update}
              initialValues={{
                firstName: lead.firstName,
                lastName: lead.lastName,
                company: lead.company ?? undefined,
                title: lead.title ?? undefined,
                email: lead.email ?? undefined,
                phone: lead.phone ?? undefined,
                source: lead.source,
                status: lead.status,
                campaign: lead.campaign ?? undefined,
                productInterest: lead.productInterest ?? undefined,
                country: lead.country ?? undefined,
                region: lead.region ?? undefined,
                message: lead.message ?? undefined,
              }}
              view={
                <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="lead-details">
                  <Descriptions.Item label={t('fields.status')}>
                    <Tag color={LEAD_STATUS_COLORS[lead.status]} data-testid="lead-status">
                      {leadStatusLabel(t, lead.status)}
                    </Tag>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('fields.source')}>{leadSourceLabel(t, lead.source)}</Descriptions.Item>
                  <Descriptions.Item label={t('fields.company')}>{orNone(lead.company)}</Descriptions.Item>
                  <Descriptions.Item label={t('fields.title')}>{orNone(lead.title)}</Descriptions.Item>
                  <Descriptions.Item label={t('fields.email')}>
                    {lead.email ? <a href={`mailto:${lead.email}`}>{lead.email}</a> : orNone(null)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('fields.phone')}>
                    {lead.phone ? <a href={`tel:${lead.phone}`}>{lead.phone}</a> : orNone(null)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('leads.fields.score')}>{lead.score}</Descriptions.Item>
                  <Descriptions.Item label={t('common.owner')}>{ownerCell(lead.owner)}</Descriptions.Item>
                  <Descriptions.Item label={t('leads.fields.campaign')}>{orNone(lead.campaign)}</Descriptions.Item>
                  <Descriptions.Item label={t('leads.fields.productInterest')}>{orNone(lead.productInterest)}</Descriptions.Item>
                  <Descriptions.Item label={t('leads.fields.country')}>{orNone([lead.country, lead.region].filter(Boolean).join(' · '))}</Descriptions.Item>
                  <Descriptions.Item label={t('leads.fields.slaDueAt')}>{orNone(formatDateTime(lead.slaDueAt))}</Descriptions.Item>
                  <Descriptions.Item label={t('common.created')}>{formatDateTime(lead.createdAt)}</Descriptions.Item>
                  <Descriptions.Item label={t('common.updated')}>{formatDateTime(lead.updatedAt)}</Descriptions.Item>
                  {lead.message ? (
                    <Descriptions.Item label={t('leads.fields.message')} span="filled">
                      <span style={{ whiteSpace: 'pre-wrap' }}>{lead.message}</span>
                    </Descriptions.Item>
                  ) : null}
                </Descriptions>
              }
              form={
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item name="firstName" label={t('fields.firstName')} rules={text(100)}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="lastName"
                      label={t('fields.lastName')}
                      rules={[{ required: true, whitespace: true, message: t('validation.required') }, ...text(100)]}
                    >
                      <Input autoComplete="off" data-testid="lead-edit-last-name" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="company" label={t('fields.company')} rules={text(200)}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="title" label={t('fields.title')} rules={text(120)}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="email" label={t('fields.email')} rules={[{ type: 'email', message: t('validation.email') }, ...text(254)]}>
                      <Input type="email" autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="phone" label={t('fields.phone')} rules={text(40)}>
                      <Input type="tel" autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="status" label={t('fields.status')} extra={converted ? t('leads.convertedLocked') : undefined}>
                      <Select<LeadStatus>
                        disabled={converted}
                        data-testid="lead-edit-status"
                        // "Converted" is reached through Convert only.
                        options={ALL_LEAD_STATUSES.map((s) => ({ value: s, label: leadStatusLabel(t, s), disabled: s === 'CONVERTED' }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="source" label={t('fields.source')} rules={[{ required: true, message: t('validation.required') }]}>
                      <Select<LeadSource> options={ALL_LEAD_SOURCES.map((s) => ({ value: s, label: leadSourceLabel(t, s) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="campaign" label={t('leads.fields.campaign')} rules={text(200)}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="productInterest" label={t('leads.fields.productInterest')} rules={text(200)}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="country" label={t('leads.fields.country')} rules={text(80)}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="region" label={t('leads.fields.region')} rules={text(80)}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item name="message" label={t('leads.fields.message')} rules={text(5000)}>
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                    </Form.Item>
                  </Col>
                </Row>
              }
            />
            <RecordPanelSlot kind="lead" record={{ id: lead.id, name: personName(lead) }} />
            <CustomFieldsCard objectType="LEAD" values={customValuesOf(lead.customFields)} onSave={saveCustom} canEdit={can.update} />
            <RelatedActivities scope={{ leadId: { eq: lead.id } }} links={{ leadId: lead.id }} />
          </>
        }
        side={<LeadTimeline id={lead.id} />}
      />
      {converted ? null : (
        <ConvertLeadModal
          open={converting}
          lead={lead}
          onClose={() => setConverting(false)}
          onConverted={(result) => {
            setConverting(false);
            navigate(accountPath(result.account.id), { state: { conversion: result } });
          }}
        />
      )}
    </>
  );
}

export default LeadPage;
