import { useMutation, useQuery } from '@apollo/client/react';
import { AccountDocument, errorMessageOf, UpdateAccountDocument } from '@rapport/web-data-access';
import { ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { App, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle, usePermissions, usePicklists } from '@rapport/web-core';
import { formValuesOf, NONE, ownerCell, RecordFieldRows } from '@rapport/web-core';
import { accountTierLabel } from '@rapport/web-core';
import { accountPath } from '@rapport/web-core';
import { CustomFieldsCard } from '@rapport/web-core';
import { RecordPanelSlot } from '@rapport/web-core';
import { customValuesOf, type CustomValues } from '@rapport/web-core';
import { RelatedActivities } from '../activities/related-activities';
import { RecordDuplicates } from '../merge/record-duplicates';
import { ShareButton } from '../sharing/share-dialog';
import { RecordDetails } from '@rapport/web-core';
import { BackLink, RecordColumns } from '@rapport/web-core';
import { RecordNotFound } from '@rapport/web-core';
import { AccountTimeline } from '../timeline/record-timeline';
import { TIER_COLORS } from './account-columns';
import { ACCOUNT_FORM_FIELDS, accountInput, AccountFormItems, type AccountFormValues } from './account-fields';
import { ConversionBanner } from './conversion-banner';
import { AccountContacts, AccountOpportunities } from './related-lists';

export function AccountPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const permissions = usePermissions();
  const { label: picklistLabel } = usePicklists();
  const { data, loading, error, refetch } = useQuery(AccountDocument, { variables: { id } });
  const [updateAccount] = useMutation(UpdateAccountDocument, { refetchQueries: ['AccountTimeline'] });
  const account = data?.account;
  usePageTitle(account?.name ?? t('accounts.record'));

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!account) return <RecordNotFound title={t('accounts.notFound')} backTo="/sales/accounts" backLabel={t('accounts.backToList')} />;

  // What this viewer may do with this account (the API's `viewerCan`, the rules its mutations apply).
  const can = account.viewerCan;

  const save = async (values: AccountFormValues) => {
    await updateAccount({ variables: { input: { id: account.id, ...accountInput(values) } } });
    void message.success(t('records.saved'));
  };
  const saveCustom = async (customFields: CustomValues) => {
    await updateAccount({ variables: { input: { id: account.id, customFields } } });
    void message.success(t('records.saved'));
  };

  return (
    <>
      <BackLink to="/sales/accounts" label={t('accounts.title')} />
      <ConversionBanner />
      <PageHeader
        title={account.name}
        subtitle={[picklistLabel('industry', account.industry), picklistLabel('territory', account.territory)].filter(Boolean).join(' · ') || undefined}
        extra={
          <Flex gap="small" align="center" wrap>
            {account.tier ? <Tag color={TIER_COLORS[account.tier]}>{accountTierLabel(t, account.tier)}</Tag> : null}
            {can.share ? <ShareButton objectType="ACCOUNT" recordId={account.id} recordName={account.name} /> : null}
          </Flex>
        }
      />
      <RecordDuplicates objectType="ACCOUNT" recordId={account.id} canMerge={can.merge} probe={{ accountName: account.name }} />
      <RecordColumns
        main={
          <>
            <RecordDetails<AccountFormValues>
              title={t('records.details')}
              formFields={ACCOUNT_FORM_FIELDS}
              onSave={save}
              canEdit={can.update}
              initialValues={formValuesOf('account', account) as AccountFormValues}
              view={
                <RecordFieldRows
                  type="account"
                  record={account}
                  except={['name']}
                  testId="account-details"
                  render={{
                    parentAccountId: account.parentAccount ? <Link to={accountPath(account.parentAccount.id)}>{account.parentAccount.name}</Link> : NONE,
                    ownerId: ownerCell(account.owner),
                  }}
                />
              }
              form={<AccountFormItems />}
            />
            <CustomFieldsCard objectType="ACCOUNT" values={customValuesOf(account.customFields)} onSave={saveCustom} canEdit={can.update} />
            <AccountContacts account={account} />
            {/* Roles that may not read deals would see an empty list that is not true. */}
            {permissions.can('opportunity', 'read') ? <AccountOpportunities account={account} /> : null}
            <RecordPanelSlot kind="account" record={{ id: account.id, name: account.name }} />
            <RelatedActivities scope={{ accountId: { eq: account.id } }} links={{ accountId: account.id }} />
          </>
        }
        side={<AccountTimeline id={account.id} />}
      />
    </>
  );
}

export default AccountPage;
