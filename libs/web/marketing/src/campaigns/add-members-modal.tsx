import { useMutation, useQuery } from '@apollo/client/react';
import { AddCampaignMembersDocument, CampaignPeopleOptionsDocument, type CampaignDetailFragment } from '@rapport/web-data-access';
import { FormModal, personName, useFormModal, useSearchText } from '@rapport/web-core';
import { App, Form, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberStatusLabel } from '../campaign-labels';

interface AddMembersValues {
  people: string[];
  status?: string;
}

// A picked person is `contact:<id>` or `lead:<id>`: one select holds both kinds.
const CONTACT = 'contact:';
const LEAD = 'lead:';

export interface AddMembersModalProps {
  campaign: Pick<CampaignDetailFragment, 'id' | 'name'>;
  /** The campaign type's statuses; none picked means the API's default (the first). */
  statuses: string[];
  open: boolean;
  onClose: () => void;
}

/** Adds contacts and leads, found by name, company or e-mail, to the campaign with one status. */
export function AddMembersModal({ campaign, statuses, open, onClose }: AddMembersModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { search, searchProps } = useSearchText();
  // Names of the people picked so far, so they stay labelled when a new search replaces the options.
  const [picked, setPicked] = useState<Record<string, string>>({});
  const { data, previousData, loading } = useQuery(CampaignPeopleOptionsDocument, {
    skip: !open,
    variables: search
      ? {
          contactFilter: { or: [{ firstName: { contains: search } }, { lastName: { contains: search } }, { email: { contains: search } }] },
          leadFilter: { or: [{ firstName: { contains: search } }, { lastName: { contains: search } }, { company: { contains: search } }, { email: { contains: search } }] },
        }
      : {},
  });
  const found = data ?? previousData;
  const options = useMemo(() => {
    const contacts = (found?.contacts.edges ?? []).map(({ node }) => ({ value: `${CONTACT}${node.id}`, label: [personName(node), node.email].filter(Boolean).join(' · ') }));
    const leads = (found?.leads.edges ?? []).map(({ node }) => ({ value: `${LEAD}${node.id}`, label: [personName(node), node.company].filter(Boolean).join(' · ') }));
    const shown = new Set([...contacts, ...leads].map((o) => o.value));
    const kept = Object.entries(picked)
      .filter(([value]) => !shown.has(value))
      .map(([value, label]) => ({ value, label }));
    return [
      { label: t('marketing.addMembers.contacts'), options: [...contacts, ...kept.filter((o) => o.value.startsWith(CONTACT))] },
      { label: t('marketing.addMembers.leads'), options: [...leads, ...kept.filter((o) => o.value.startsWith(LEAD))] },
    ].filter((g) => g.options.length > 0);
  }, [found, picked, t]);

  const [addMembers, { loading: saving }] = useMutation(AddCampaignMembersDocument, { refetchQueries: ['CampaignMembers', 'CampaignRoi', 'CampaignFunnel'] });
  const submit = async ({ people, status }: AddMembersValues) => {
    const contactIds = people.filter((p) => p.startsWith(CONTACT)).map((p) => p.slice(CONTACT.length));
    const leadIds = people.filter((p) => p.startsWith(LEAD)).map((p) => p.slice(LEAD.length));
    const { data: result } = await addMembers({ variables: { input: { campaignId: campaign.id, contactIds, leadIds, status: status ?? null } } });
    if (result) {
      const { added, alreadyMembers } = result.addCampaignMembers;
      void message.success(alreadyMembers ? t('marketing.addMembers.doneSome', { added, already: alreadyMembers }) : t('marketing.addMembers.done', { count: added }));
      setPicked({});
      onClose();
    }
  };
  const { modal } = useFormModal<AddMembersValues>({ open, onClose, fields: ['people', 'status'], submit });

  return (
    <FormModal
      {...modal}
      title={t('marketing.addMembers.title', { name: campaign.name })}
      submitLabel={t('marketing.addMembers.submit')}
      submitTestId="add-members-submit"
      loading={saving}
    >
      <Form.Item name="people" label={t('marketing.addMembers.people')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select<string[]>
          mode="multiple"
          {...searchProps}
          options={options}
          loading={loading}
          placeholder={t('marketing.addMembers.search')}
          notFoundContent={loading ? t('common.loading') : t('search.noResults')}
          onChange={(_values, chosen) => {
            const list = (Array.isArray(chosen) ? chosen : [chosen]) as { value?: string; label?: string }[];
            setPicked(Object.fromEntries(list.filter((o) => o?.value).map((o) => [o.value!, String(o.label ?? o.value)])));
          }}
          data-testid="add-members-people"
        />
      </Form.Item>
      <Form.Item name="status" label={t('fields.status')} extra={statuses[0] ? t('marketing.addMembers.defaultStatus', { status: memberStatusLabel(t, statuses[0]) }) : undefined}>
        <Select<string> allowClear options={statuses.map((s) => ({ value: s, label: memberStatusLabel(t, s) }))} data-testid="add-members-status" />
      </Form.Item>
    </FormModal>
  );
}
