import { NotificationOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { AddCampaignMembersDocument, CampaignBulkTargetDocument, CampaignMemberStatusesDocument, type BulkObject } from '@rapport/web-data-access';
import { useLazyMessages } from '@rapport/web-ui';
import { Alert, Button, Form, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../forms/form-modal';
import { useFormModal } from '../../forms/use-modal-form';
import { memberStatusLabel } from '../../labels/member-status-labels';
import { LinkButton } from '../../navigation/link-button';
import { campaignPath } from '../../navigation/record-paths';
import { CampaignSelect } from '../../pickers/campaign-select';
import { useCan } from '../../session/permissions';

/** The kinds of list rows that can join a campaign (campaign members are contacts and leads). */
export type CampaignBulkObject = Extract<BulkObject, 'CONTACT' | 'LEAD'>;

/** The list's kind when its rows can join a campaign and the viewer may change campaigns; else undefined. */
export function useCampaignBulkObject(objectType: BulkObject): CampaignBulkObject | undefined {
  const canWrite = useCan('campaign', 'write');
  return canWrite && (objectType === 'CONTACT' || objectType === 'LEAD') ? objectType : undefined;
}

/**
 * The dialog's words (lazy/campaign-bulk) and the member status labels (lazy/marketing) are not in
 * the first-screen bundle: they arrive when a campaign writer first picks rows.
 */
function useCampaignBulkMessages(): boolean {
  const own = useLazyMessages('campaign-bulk');
  const statuses = useLazyMessages('marketing');
  return own && statuses;
}

/** "Add to campaign" in the bulk bar; shown once its words have arrived. */
export function AddToCampaignButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  if (!useCampaignBulkMessages()) return null;
  return (
    <Button size="small" icon={<NotificationOutlined />} onClick={onClick} data-testid="bulk-add-to-campaign">
      {t('campaignBulk.action')}
    </Button>
  );
}

/** What one "Add to campaign" did, for the result above the list. */
export interface CampaignBulkResult {
  campaign: { id: string; name: string };
  added: number;
  alreadyMembers: number;
}

export interface AddToCampaignModalProps {
  open: boolean;
  objectType: CampaignBulkObject;
  ids: readonly string[];
  onClose: () => void;
  /** After the API answered: the caller clears the selection and tells the result. */
  onAdded: (result: CampaignBulkResult) => void;
}

interface Values {
  campaignId?: string | null;
  status?: string;
}

/**
 * Adds the picked contacts or leads to one campaign with a status of the campaign type's set (the
 * type's first, as the API would choose, until another is picked). The API's field errors land on
 * the campaign and status fields; anything else (a campaign gone, people not visible) above them.
 * On an error the dialog stays open, so the selection is still there to try again.
 */
export function AddToCampaignModal(props: AddToCampaignModalProps) {
  return useCampaignBulkMessages() ? <AddToCampaignDialog {...props} /> : null;
}

function AddToCampaignDialog({ open, objectType, ids, onClose, onAdded }: AddToCampaignModalProps) {
  const { t } = useTranslation();
  const [addMembers, { loading: saving }] = useMutation(AddCampaignMembersDocument, {
    // The answer carries the campaign's new totals; its members, return and funnel (not on this
    // page) are dropped from the cache so the campaign page asks for them afresh.
    update(cache, _result, { variables }) {
      const id = variables && cache.identify({ __typename: 'Campaign', id: variables.input.campaignId });
      if (!id) return;
      for (const fieldName of ['members', 'roi', 'funnel']) cache.evict({ id, fieldName });
      cache.gc();
    },
  });
  const submit = async ({ campaignId, status }: Values) => {
    if (!campaignId) return;
    const people = objectType === 'LEAD' ? { leadIds: [...ids] } : { contactIds: [...ids] };
    const { data } = await addMembers({ variables: { input: { campaignId, ...people, status: status ?? null } } });
    if (!data) return;
    const { added, alreadyMembers } = data.addCampaignMembers;
    onAdded({ campaign: { id: campaignId, name: target.data?.campaign?.name ?? '' }, added, alreadyMembers });
  };
  const { form, modal } = useFormModal<Values>({ open, onClose, fields: ['campaignId', 'status'], submit });

  const campaignId = Form.useWatch('campaignId', form) ?? undefined;
  const target = useQuery(CampaignBulkTargetDocument, { variables: { id: campaignId ?? '' }, skip: !campaignId });
  const type = campaignId ? target.data?.campaign?.type : undefined;
  const statusQuery = useQuery(CampaignMemberStatusesDocument, { variables: { type: type ?? '' }, skip: !type });
  const statuses = type ? (statusQuery.data?.campaignMemberStatuses ?? []) : [];
  const firstStatus = statuses[0]?.value;
  // Another campaign may be of another type: its first status stands in for the last one's pick.
  useEffect(() => {
    if (open) form.setFieldValue('status', firstStatus);
  }, [open, form, campaignId, firstStatus]);

  return (
    <FormModal
      {...modal}
      title={objectType === 'LEAD' ? t('campaignBulk.titleLeads', { count: ids.length }) : t('campaignBulk.titleContacts', { count: ids.length })}
      submitLabel={t('campaignBulk.submit')}
      submitTestId="add-to-campaign-submit"
      formErrorTestId="add-to-campaign-error"
      loading={saving}
      okDisabled={!campaignId}
    >
      <Form.Item name="campaignId" label={t('campaignBulk.campaign')} rules={[{ required: true, message: t('validation.required') }]}>
        <CampaignSelect placeholder={t('campaignBulk.campaignPlaceholder')} data-testid="add-to-campaign-campaign" />
      </Form.Item>
      <Form.Item name="status" label={t('campaignBulk.status')} extra={campaignId ? t('campaignBulk.statusHint') : t('campaignBulk.statusFirst')}>
        <Select<string>
          disabled={!type}
          loading={!!type && statusQuery.loading}
          options={statuses.map((s) => ({ value: s.value, label: memberStatusLabel(t, s.value) }))}
          data-testid="add-to-campaign-status"
        />
      </Form.Item>
    </FormModal>
  );
}

/** The result of the last "Add to campaign", above the list until dismissed, with the way to the campaign. */
export function CampaignBulkResultAlert({ result, onClose }: { result: CampaignBulkResult; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 12 }}
      data-testid="add-to-campaign-result"
      title={
        result.alreadyMembers
          ? t('campaignBulk.doneSome', { name: result.campaign.name, added: result.added, already: result.alreadyMembers })
          : t('campaignBulk.done', { name: result.campaign.name, added: result.added })
      }
      action={
        <LinkButton size="small" to={campaignPath(result.campaign.id)} data-testid="add-to-campaign-open">
          {t('campaignBulk.open')}
        </LinkButton>
      }
    />
  );
}
