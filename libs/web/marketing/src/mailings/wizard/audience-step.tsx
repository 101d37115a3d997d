import { useQuery } from '@apollo/client/react';
import { CampaignMemberStatusesDocument } from '@rapport/web-data-access';
import { memberStatusLabel } from '@rapport/web-core';
import { CheckboxGroupField } from '@rapport/web-ui';
import { Alert, Button, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignName } from '../use-campaign-names';
import { useSegmentNames } from '../use-segment-names';
import { AudienceCount } from './audience-count';
import { CampaignMultiSelect } from './campaign-multi-select';
import { SegmentMultiSelect } from './segment-multi-select';
import type { WizardValues } from './wizard-values';

export interface AudienceStepProps {
  campaign: CampaignName | undefined;
  names: ReadonlyMap<string, CampaignName>;
  /** The saved draft, once there is one: then the count shows. */
  draftId: string | null;
  /** The audience as last saved: the count follows it. */
  savedVersion: string;
  saving: boolean;
  onSaveDraft: () => void;
  /** The step is on screen: only then is the count asked (the review step shows its own). */
  active: boolean;
}

/**
 * Step 2: who gets it — members of the mailing's campaign with the chosen statuses (its type's
 * set), everyone on other campaigns' lists and in the chosen segments (issue 17; for those who
 * may read segments), minus the exclusion lists and segments; and, once the draft is saved, how
 * many that reaches now. Audience changes are saved by the wizard as they are made.
 */
export function AudienceStep({ campaign, names, draftId, savedVersion, saving, onSaveDraft, active }: AudienceStepProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<WizardValues>();
  const { data, loading } = useQuery(CampaignMemberStatusesDocument, { variables: { type: campaign?.type ?? '' }, skip: !campaign?.type });
  const statuses = data?.campaignMemberStatuses ?? [];
  const statusesLabel = t('mailings.fields.campaignMemberStatuses', { campaign: campaign?.name ?? '…' });
  const segments = useSegmentNames();
  return (
    <>
      <Form.Item
        name="campaignMemberStatuses"
        label={statusesLabel}
        extra={t('mailings.wizard.statusesHint')}
        dependencies={['listIds', 'segmentIds']}
        rules={[
          {
            validator: async (_, value: string[] | undefined) => {
              // Someone must get it: a status of the campaign, a list or a segment (exclusions alone reach nobody).
              const chosen = (name: 'listIds' | 'segmentIds') => ((form.getFieldValue(name) as string[] | undefined)?.length ?? 0) > 0;
              if ((value?.length ?? 0) > 0 || chosen('listIds') || chosen('segmentIds')) return;
              throw new Error(segments.canRead ? t('mailings.wizard.audienceRequiredSegments') : t('mailings.wizard.audienceRequired'));
            },
          },
        ]}
      >
        {loading && !statuses.length ? (
          <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>
        ) : (
          <CheckboxGroupField
            aria-label={statusesLabel}
            options={statuses.map((s) => ({ value: s.value, label: memberStatusLabel(t, s.value) }))}
            data-testid="mailing-statuses"
          />
        )}
      </Form.Item>
      <Form.Item name="listIds" label={t('mailings.fields.listIds')} extra={t('mailings.wizard.listsHint')}>
        <CampaignMultiSelect names={names} excludeId={campaign?.id} placeholder={t('mailings.wizard.listsPlaceholder')} data-testid="mailing-lists" />
      </Form.Item>
      <Form.Item name="excludeListIds" label={t('mailings.fields.excludeListIds')} extra={t('mailings.wizard.excludeHint')}>
        <CampaignMultiSelect names={names} placeholder={t('mailings.wizard.listsPlaceholder')} data-testid="mailing-exclude" />
      </Form.Item>
      {segments.canRead ? (
        <>
          <Form.Item name="segmentIds" label={t('mailings.fields.segmentIds')} extra={t('mailings.wizard.segmentsHint')}>
            <SegmentMultiSelect segments={segments.byId} loading={segments.loading} placeholder={t('mailings.wizard.segmentsPlaceholder')} data-testid="mailing-segments" />
          </Form.Item>
          <Form.Item name="excludeSegmentIds" label={t('mailings.fields.excludeSegmentIds')} extra={t('mailings.wizard.excludeSegmentsHint')}>
            <SegmentMultiSelect segments={segments.byId} loading={segments.loading} placeholder={t('mailings.wizard.segmentsPlaceholder')} data-testid="mailing-exclude-segments" />
          </Form.Item>
        </>
      ) : null}
      {!active ? null : draftId ? (
        <AudienceCount mailingId={draftId} version={savedVersion} saving={saving} />
      ) : (
        <Alert
          type="info"
          showIcon
          message={t('mailings.wizard.countAfterSave')}
          action={
            <Button onClick={onSaveDraft} loading={saving} data-testid="mailing-save-count">
              {t('mailings.wizard.saveAndCount')}
            </Button>
          }
          data-testid="mailing-count-after-save"
        />
      )}
    </>
  );
}
