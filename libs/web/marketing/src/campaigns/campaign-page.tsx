import { useMutation, useQuery } from '@apollo/client/react';
import { CampaignDocument, errorMessageOf, UpdateCampaignDocument, type UpdateCampaignInput } from '@rapport/web-data-access';
import { BackLink, formValuesOf, NONE, ownerCell, RecordDetails, RecordFieldRows, RecordNotFound, usePageTitle } from '@rapport/web-core';
import { ErrorState, formatMoney, LoadingState, PageHeader, useIsMobile, useLazyMessages } from '@rapport/web-ui';
import { App, Flex, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { CAMPAIGN_STATUS_COLORS, campaignStatusLabel, campaignTypeLabel } from '../campaign-labels';
import { campaignPath } from '../routes';
import { CampaignCosts } from './campaign-costs';
import { campaignFormFields, campaignInput, CampaignFormItems, type CampaignFormValues } from './campaign-fields';
import { CampaignFunnel } from './campaign-funnel';
import { CampaignMembers } from './campaign-members';
import { CampaignOverview } from './campaign-overview';
import { SubCampaigns } from './sub-campaigns';
import { parseFunnelStep, type FunnelStep } from './funnel-data';

const LIST = '/marketing/campaigns';
const EDIT_FIELDS = campaignFormFields('update');

export function CampaignPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CampaignDocument, { variables: { id } });
  const [updateCampaign] = useMutation(UpdateCampaignDocument, { refetchQueries: ['CampaignRoi'] });
  const campaign = data?.campaign;
  const isMobile = useIsMobile();
  usePageTitle(campaign?.name ?? t('recordType.campaign'));
  // The funnel's drill-down lives in the address (?reached=WON): Back undoes it, a link keeps it.
  const [searchParams, setSearchParams] = useSearchParams();
  const reached = parseFunnelStep(searchParams.get('reached'));
  const [tab, setTab] = useState('members');
  const [drills, setDrills] = useState(0);
  const setReached = (step: FunnelStep | null) =>
    setSearchParams((prev) => {
      const next = new URLSearchParams(prev);
      if (step) next.set('reached', step);
      else next.delete('reached');
      return next;
    });
  const drill = (step: FunnelStep) => {
    setReached(step);
    setTab('members');
    setDrills((n) => n + 1);
  };

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!campaign) return <RecordNotFound title={t('marketing.notFound')} backTo={LIST} backLabel={t('marketing.backToList')} />;

  const save = async (values: CampaignFormValues) => {
    await updateCampaign({ variables: { input: { id: campaign.id, ...campaignInput(values, 'update') } as UpdateCampaignInput } });
    void message.success(t('records.saved'));
  };
  // Money of a campaign is in its own currency, not the organisation's.
  const money = (n: number | null | undefined) => formatMoney(n, campaign.currency) ?? NONE;

  const sections = [
    {
      key: 'members',
      label: t('marketing.members'),
      children: <CampaignMembers campaign={campaign} reached={reached} onClearReached={() => setReached(null)} drills={drills} />,
    },
    { key: 'costs', label: t('marketing.costs.title'), children: <CampaignCosts campaign={campaign} /> },
    {
      key: 'children',
      label: `${t('marketing.subCampaigns.title')} (${campaign.children.length})`,
      children: <SubCampaigns campaign={campaign} />,
    },
    {
      key: 'details',
      label: t('records.details'),
      children: (
        <RecordDetails<CampaignFormValues>
          title={t('records.details')}
          formFields={EDIT_FIELDS}
          onSave={save}
          canEdit={campaign.viewerCan.update}
          initialValues={{ ...(formValuesOf('campaign', campaign) as CampaignFormValues), parentCampaignId: campaign.parent?.id ?? null }}
          view={
            <RecordFieldRows
              type="campaign"
              record={campaign}
              except={['name', 'type', 'status', 'trackingPhoneNormalized']}
              testId="campaign-details"
              render={{
                parentCampaignId: campaign.parent ? <Link to={campaignPath(campaign.parent.id)}>{campaign.parent.name}</Link> : NONE,
                ownerId: ownerCell(campaign.owner),
                budget: money(campaign.budget),
                expectedCost: money(campaign.expectedCost),
                expectedRevenue: money(campaign.expectedRevenue),
              }}
            />
          }
          form={<CampaignFormItems mode="update" self={campaign.id} parent={campaign.parent} />}
        />
      ),
    },
  ];

  return (
    <>
      <BackLink to={LIST} label={t('campaigns.title')} />
      <PageHeader
        title={campaign.name}
        subtitle={
          campaign.parent ? (
            <span data-testid="campaign-parent">
              {t('marketing.partOf')} <Link to={campaignPath(campaign.parent.id)}>{campaign.parent.name}</Link>
            </span>
          ) : undefined
        }
        extra={
          <Flex gap="small" align="center" wrap>
            <Tag data-testid="campaign-type">{campaignTypeLabel(t, campaign.type)}</Tag>
            <Tag color={CAMPAIGN_STATUS_COLORS[campaign.status]} data-testid="campaign-status">
              {campaignStatusLabel(t, campaign.status)}
            </Tag>
          </Flex>
        }
      />
      <Flex vertical gap="large">
        <CampaignOverview campaign={campaign} />
        <CampaignFunnel campaignId={campaign.id} onDrill={drill} />
        {/* A phone has no room for the tab bar (it would hide tabs behind a menu): the sections stack. */}
        {isMobile ? sections.map((section) => <div key={section.key}>{section.children}</div>) : <Tabs activeKey={tab} onChange={setTab} items={sections} />}
      </Flex>
    </>
  );
}

/** The page once its own messages are in (they load with it, not with the language bundle). */
function CampaignPageRoute() {
  return useLazyMessages('marketing') ? <CampaignPage /> : <LoadingState />;
}

export default CampaignPageRoute;
