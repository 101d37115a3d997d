import { useMutation, useQuery } from '@apollo/client/react';
import {
  errorMessageOf,
  OpportunityDocument,
  PipelinesDocument,
  UpdateOpportunityDocument,
  type StageFieldsFragment,
} from '@rapport/web-data-access';
import { ErrorState, formatDate, formatDateTime, formatMoney, LoadingState, PageHeader } from '@rapport/web-ui';
import { App, Card, Descriptions, Flex, Select, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { formValuesOf, NONE, orNone, ownerCell } from '@rapport/web-core';
import { forecastLabel } from '@rapport/web-core';
import { accountPath, campaignPath } from '@rapport/web-core';
import { CustomFieldsCard } from '@rapport/web-core';
import { RecordPanelSlot } from '@rapport/web-core';
import { customValuesOf, type CustomValues } from '@rapport/web-core';
import { RelatedActivities } from '../activities/related-activities';
import { ShareButton } from '../sharing/share-dialog';
import { LostReasonModal } from '../pipeline/lost-reason-modal';
import { stageMoveErrorMessage, useMoveOpportunityStage } from '../pipeline/stage-move';
import { RecordDetails } from '@rapport/web-core';
import { BackLink, RecordColumns } from '@rapport/web-core';
import { RecordNotFound } from '@rapport/web-core';
import { OpportunityFormItems, opportunityFormFields, opportunityInput, type OpportunityFormValues } from './opportunity-fields';
import { StageTag } from './stage-tag';

const FORM_FIELDS = opportunityFormFields('update');

export function OpportunityPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(OpportunityDocument, { variables: { id } });
  const pipelines = useQuery(PipelinesDocument);
  const [updateOpportunity] = useMutation(UpdateOpportunityDocument);
  const [moveStage, moving] = useMoveOpportunityStage();
  const [lostMove, setLostMove] = useState<StageFieldsFragment>();
  const opp = data?.opportunity;
  usePageTitle(opp?.name ?? t('opportunities.record'));

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!opp) {
    return <RecordNotFound title={t('opportunities.notFound')} backTo="/sales/opportunities" backLabel={t('opportunities.backToList')} />;
  }

  // What this viewer may do with this deal (the API's `viewerCan`, the rules its mutations apply).
  const can = opp.viewerCan;
  const pipeline = pipelines.data?.pipelines.find((p) => p.id === opp.pipelineId);
  const stages = [...(pipeline?.stages ?? [])].sort((a, b) => a.position - b.position);
  const openStages = stages.filter((s) => !s.isWon && !s.isLost);
  const currentIndex = openStages.findIndex((s) => s.id === opp.stage.id);

  const move = async (stage: StageFieldsFragment, lostReason?: string) => {
    try {
      await moveStage(opp.id, stage.id, lostReason);
      void message.success(t('pipeline.moved', { name: opp.name, stage: stage.name }));
    } catch (e) {
      void message.error(stageMoveErrorMessage(t, e));
    }
  };

  const save = async (v: OpportunityFormValues) => {
    await updateOpportunity({ variables: { input: { id: opp.id, ...opportunityInput(v, 'update') } } });
    void message.success(t('records.saved'));
  };
  const saveCustom = async (customFields: CustomValues) => {
    await updateOpportunity({ variables: { input: { id: opp.id, customFields } } });
    void message.success(t('records.saved'));
  };

  return (
    <>
      <BackLink to="/sales/opportunities" label={t('opportunities.title')} />
      <PageHeader
        title={opp.name}
        subtitle={
          <Flex gap="small" wrap align="center">
            {opp.account ? <Link to={accountPath(opp.account.id)}>{opp.account.name}</Link> : null}
            <StageTag stage={opp.stage} />
            {formatMoney(opp.amount, opp.currency) ?? null}
          </Flex>
        }
        extra={can.share ? <ShareButton objectType="OPPORTUNITY" recordId={opp.id} recordName={opp.name} /> : undefined}
      />
      <RecordColumns
        main={
          <>
            <RecordDetails<OpportunityFormValues>
              title={t('records.details')}
              formFields={FORM_FIELDS}
              onSave={save}
              canEdit={can.update}
              initialValues={{ ...formValuesOf('opportunity', opp), campaignId: opp.campaign?.id ?? null } as unknown as OpportunityFormValues}
              view={
                <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="opportunity-details">
                  <Descriptions.Item label={t('fields.account')}>
                    {opp.account ? <Link to={accountPath(opp.account.id)}>{opp.account.name}</Link> : NONE}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('fields.stage')}>
                    <StageTag stage={opp.stage} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('fields.amount')}>{orNone(formatMoney(opp.amount, opp.currency))}</Descriptions.Item>
                  <Descriptions.Item label={t('fields.closeDate')}>{orNone(formatDate(opp.closeDate))}</Descriptions.Item>
                  <Descriptions.Item label={t('opportunities.fields.forecast')}>{forecastLabel(t, opp.stage.forecastCategory)}</Descriptions.Item>
                  <Descriptions.Item label={t('fields.pipeline')}>{orNone(pipeline?.name)}</Descriptions.Item>
                  <Descriptions.Item label={t('opportunities.fields.nextStep')}>{orNone(opp.nextStep)}</Descriptions.Item>
                  <Descriptions.Item label={t('opportunities.fields.campaign')}>{opp.campaign ? <Link to={campaignPath(opp.campaign.id)}>{opp.campaign.name}</Link> : NONE}</Descriptions.Item>
                  <Descriptions.Item label={t('common.owner')}>{ownerCell(opp.owner)}</Descriptions.Item>
                  <Descriptions.Item label={t('opportunities.fields.stageChangedAt')}>{formatDateTime(opp.stageChangedAt)}</Descriptions.Item>
                  {opp.lostReason ? (
                    <Descriptions.Item label={t('pipeline.lostReason')} span="filled">
                      {opp.lostReason}
                    </Descriptions.Item>
                  ) : null}
                  {opp.wonReason ? (
                    <Descriptions.Item label={t('opportunities.fields.wonReason')} span="filled">
                      {opp.wonReason}
                    </Descriptions.Item>
                  ) : null}
                </Descriptions>
              }
              form={<OpportunityFormItems mode="update" campaign={opp.campaign} />}
            />
            <CustomFieldsCard objectType="OPPORTUNITY" values={customValuesOf(opp.customFields)} onSave={saveCustom} canEdit={can.update} />
            <RecordPanelSlot kind="opportunity" record={{ id: opp.id, name: opp.name }} />
            <RelatedActivities
              scope={{ opportunityId: { eq: opp.id } }}
              links={{ opportunityId: opp.id, accountId: opp.account?.id ?? null }}
            />
          </>
        }
        side={
          <Card size="small" title={t('opportunities.stageCard')}>
            <Flex vertical gap="middle">
              {openStages.length ? (
                <Steps
                  orientation="vertical"
                  size="small"
                  current={currentIndex >= 0 ? currentIndex : openStages.length}
                  status={opp.stage.isLost ? 'error' : currentIndex >= 0 ? 'process' : 'finish'}
                  items={openStages.map((s) => ({ title: s.name, content: `${s.probability}%` }))}
                />
              ) : null}
              {can.moveStage ? (
              <Flex vertical gap={4}>
                <Typography.Text type="secondary">
                  <label htmlFor="opportunity-stage-select">{t('opportunities.moveTo')}</label>
                </Typography.Text>
                <Select<string>
                  id="opportunity-stage-select"
                  value={opp.stage.id}
                  loading={moving.loading || pipelines.loading}
                  disabled={moving.loading}
                  data-testid="opportunity-stage"
                  options={stages.map((s) => ({ value: s.id, label: `${s.name} · ${s.probability}%` }))}
                  onChange={(stageId) => {
                    const stage = stages.find((s) => s.id === stageId);
                    if (!stage) return;
                    if (stage.isLost) setLostMove(stage);
                    else void move(stage);
                  }}
                />
              </Flex>
              ) : null}
              {opp.account ? (
                <Typography.Text type="secondary">
                  {/* Underlined: in a sentence, colour alone would not mark it as a link (WCAG 1.4.1). */}
                  {t('opportunities.historyOnAccount')} <Link to={accountPath(opp.account.id)} style={{ textDecoration: 'underline' }}>{opp.account.name}</Link>
                </Typography.Text>
              ) : null}
            </Flex>
          </Card>
        }
      />
      <LostReasonModal
        move={lostMove ? { opportunityName: opp.name, stageName: lostMove.name } : undefined}
        onCancel={() => setLostMove(undefined)}
        onConfirm={(reason) => {
          const stage = lostMove;
          setLostMove(undefined);
          if (stage) void move(stage, reason);
        }}
      />
    </>
  );
}

export default OpportunityPage;
