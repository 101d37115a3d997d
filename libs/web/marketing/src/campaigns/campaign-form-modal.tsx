import { useMutation } from '@apollo/client/react';
import { CreateCampaignDocument, type CampaignDetailFragment, type CreateCampaignInput } from '@rapport/web-data-access';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormModal } from '@rapport/web-core';
import { campaignFormFields, campaignInput, CampaignFormItems, type CampaignFormValues } from './campaign-fields';

export interface CampaignFormModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (campaign: CampaignDetailFragment) => void;
}

const FIELDS = campaignFormFields('create');
// A new campaign is planned, in the organisation's currency (the API's defaults), unless changed here.
const NEW_CAMPAIGN = { status: 'PLANNED', currency: 'CNY' };

export function CampaignFormModal({ open, onClose, onCreated }: CampaignFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [createCampaign, { loading }] = useMutation(CreateCampaignDocument, { refetchQueries: ['Campaigns'] });

  const submit = async (values: CampaignFormValues) => {
    const { data } = await createCampaign({ variables: { input: campaignInput(values, 'create') as unknown as CreateCampaignInput } });
    if (data) {
      void message.success(t('marketing.created', { name: data.createCampaign.campaign.name }));
      onCreated(data.createCampaign.campaign);
    }
  };
  const { firstField, modal } = useFormModal<CampaignFormValues>({ open, onClose, fields: FIELDS, submit });

  return (
    <FormModal
      {...modal}
      title={t('marketing.createTitle')}
      width={720}
      submitLabel={t('common.create')}
      submitTestId="campaign-submit"
      loading={loading}
      formProps={{ initialValues: NEW_CAMPAIGN }}
    >
      <CampaignFormItems firstField={firstField} />
    </FormModal>
  );
}
