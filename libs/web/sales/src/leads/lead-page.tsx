import { SwapOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessageOf, LeadDocument, UpdateLeadDocument } from '@rapport/web-data-access';
import { ErrorState, formatDateTime, LoadingState, PageHeader } from '@rapport/web-ui';
import { App, Button, Flex, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  accountPath,
  BackLink,
  campaignPath,
  CustomFieldsCard,
  customValuesOf,
  formValuesOf,
  LEAD_STATUS_COLORS,
  leadStatusLabel,
  NONE,
  ownerCell,
  personName,
  RecordColumns,
  RecordDetails,
  RecordFieldRows,
  RecordNotFound,
  RecordPanelSlot,
  usePageTitle,
  type CustomValues,
} from '@rapport/web-core';
import { RelatedActivities } from '../activities/related-activities';
import { RecordDuplicates } from '../merge/record-duplicates';
import { ShareButton } from '../sharing/share-dialog';
import { LeadTimeline } from '../timeline/record-timeline';
import { ConvertLeadModal } from './convert-lead-modal';
import { leadFormFields, leadInput, LeadFormItems, type LeadFormValues } from './lead-fields';

const FORM_FIELDS = leadFormFields('update');

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
  const save = async (v: LeadFormValues) => {
    await updateLead({ variables: { input: { id: lead.id, ...leadInput(v, 'update') } } });
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
            <RecordDetails<LeadFormValues>
              title={t('records.details')}
              formFields={FORM_FIELDS}
              onSave={save}
              canEdit={can.update}
              initialValues={{ ...formValuesOf('lead', lead), campaignId: lead.campaign?.id ?? null } as unknown as LeadFormValues}
              view={
                <RecordFieldRows
                  type="lead"
                  record={lead}
                  except={['firstName', 'lastName']}
                  testId="lead-details"
                  render={{
                    status: (
                      <Tag color={LEAD_STATUS_COLORS[lead.status]} data-testid="lead-status">
                        {leadStatusLabel(t, lead.status)}
                      </Tag>
                    ),
                    message: lead.message ? <span style={{ whiteSpace: 'pre-wrap' }}>{lead.message}</span> : NONE,
                    ownerId: ownerCell(lead.owner),
                    campaignId: lead.campaign ? <Link to={campaignPath(lead.campaign.id)}>{lead.campaign.name}</Link> : NONE,
                  }}
                />
              }
              form={<LeadFormItems mode="update" converted={converted} campaign={lead.campaign} />}
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
