import { EditOutlined, PlusOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessageOf, PicklistsDocument, SavePicklistValueDocument, type PicklistsQuery, type PicklistValueFieldsFragment } from '@rapport/web-data-access';
import { TRANSLATION_COLUMN_KEYS, TRANSLATION_LOCALES, TranslationCell, usePageTitle } from '@rapport/web-core';
import { EmptyState, ErrorState, LazyMessagesGate, LoadingState, PageHeader } from '@rapport/web-ui';
import { App, Button, Card, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PicklistValueModal, type PicklistDialog, type PicklistName } from './picklist-value-modal';

type Picklist = PicklistsQuery['picklists'][number];

/** Each list's name in the UI language (the field it keeps) and the suffix of its test ids. */
const LISTS: Record<PicklistName, { testId: string; label: (t: TFunction) => string }> = {
  INDUSTRY: { testId: 'industry', label: (t) => t('fields.industry') },
  TERRITORY: { testId: 'territory', label: (t) => t('fields.territory') },
  // revenue.catalog.* comes with the revenue pages only: this page brings its own word.
  PRODUCT_LINE: { testId: 'product-line', label: (t) => t('picklistsAdmin.lists.productLine') },
};

/** A list the web app does not know yet still shows, under the API's English title. */
const listInfo = (p: Picklist, t: TFunction) => ({ testId: LISTS[p.name]?.testId ?? p.name.toLowerCase(), label: LISTS[p.name]?.label(t) ?? p.title });

interface PicklistCardProps {
  list: Picklist;
  onOpen: (dialog: PicklistDialog) => void;
}

function PicklistCard({ list, onOpen }: PicklistCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save] = useMutation(SavePicklistValueDocument, { refetchQueries: [PicklistsDocument], awaitRefetchQueries: true });
  const [busy, setBusy] = useState<string>();
  const { testId, label } = listInfo(list, t);
  const dialog = (target?: PicklistValueFieldsFragment): PicklistDialog => ({ list: list.name, listLabel: label, values: list.values, target });

  const setActive = async (v: PicklistValueFieldsFragment, active: boolean) => {
    setBusy(v.value);
    try {
      await save({ variables: { input: { list: list.name, value: v.value, active } } });
      void message.success(t(active ? 'picklistsAdmin.restored' : 'picklistsAdmin.retired', { value: v.value }));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    } finally {
      setBusy(undefined);
    }
  };

  const columns: TableColumnsType<PicklistValueFieldsFragment> = [
    { key: 'value', title: t('picklistsAdmin.columns.value'), render: (_: unknown, v) => <Typography.Text strong>{v.value}</Typography.Text> },
    ...TRANSLATION_LOCALES.map((locale) => ({
      key: locale,
      title: t(TRANSLATION_COLUMN_KEYS[locale]),
      render: (_: unknown, v: PicklistValueFieldsFragment) => <TranslationCell names={v.names} locale={locale} />,
    })),
    { key: 'position', title: t('picklistsAdmin.columns.order'), align: 'end', render: (_: unknown, v) => v.position },
    {
      key: 'status',
      title: t('picklistsAdmin.columns.status'),
      render: (_: unknown, v) => (v.active ? <Tag color="green">{t('picklistsAdmin.status.active')}</Tag> : <Tag>{t('picklistsAdmin.status.retired')}</Tag>),
    },
    {
      key: 'actions',
      title: t('picklistsAdmin.columns.actions'),
      render: (_: unknown, v) => (
        <Flex gap="small" wrap={false}>
          <Button size="small" icon={<EditOutlined />} aria-label={t('picklistsAdmin.editLabel', { value: v.value })} onClick={() => onOpen(dialog(v))} data-testid={`picklist-edit-${testId}-${v.value}`}>
            {t('common.edit')}
          </Button>
          {v.active ? (
            <Popconfirm
              title={t('picklistsAdmin.retireTitle', { value: v.value })}
              description={t('picklistsAdmin.retireBody')}
              okText={t('picklistsAdmin.retire')}
              cancelText={t('common.cancel')}
              onConfirm={() => setActive(v, false)}
            >
              <Button size="small" icon={<StopOutlined />} loading={busy === v.value} aria-label={t('picklistsAdmin.retireLabel', { value: v.value })} data-testid={`picklist-retire-${testId}-${v.value}`}>
                {t('picklistsAdmin.retire')}
              </Button>
            </Popconfirm>
          ) : (
            // Restoring takes nothing away from anyone: no confirmation.
            <Button
              size="small"
              icon={<UndoOutlined />}
              loading={busy === v.value}
              aria-label={t('picklistsAdmin.restoreLabel', { value: v.value })}
              onClick={() => void setActive(v, true)}
              data-testid={`picklist-restore-${testId}-${v.value}`}
            >
              {t('picklistsAdmin.restore')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Card
      data-testid={`picklist-${testId}`}
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 'inherit' }}>
          {label}
        </Typography.Title>
      }
      extra={
        <Button icon={<PlusOutlined />} aria-label={t('picklistsAdmin.addFor', { list: label })} onClick={() => onOpen(dialog())} data-testid={`picklist-add-${testId}`}>
          {t('picklistsAdmin.add')}
        </Button>
      }
    >
      {list.values.length ? (
        <Table<PicklistValueFieldsFragment>
          rowKey="value"
          size="small"
          dataSource={list.values}
          columns={columns}
          pagination={false}
          // A phone scrolls the table sideways rather than squeezing the translations.
          scroll={{ x: 'max-content' }}
          aria-label={t('picklistsAdmin.valuesOf', { list: label })}
          data-testid={`picklist-values-${testId}`}
        />
      ) : (
        <EmptyState compact description={t('picklistsAdmin.empty')} />
      )}
    </Card>
  );
}

/**
 * Admin → Picklists (docs/adr/0018-picklists.md): the values people choose for an account's
 * industry and territory and a product's line, with their translations (ADR 0010). Records store
 * the value; retiring one keeps it on the records that have it but offers it to no new ones.
 */
export function PicklistsPage() {
  const { t } = useTranslation();
  usePageTitle(t('picklistsAdmin.title'));
  const { data, loading, error, refetch } = useQuery(PicklistsDocument, { notifyOnNetworkStatusChange: true });
  const [dialog, setDialog] = useState<PicklistDialog>();
  const lists = data?.picklists ?? [];

  const body = () => {
    if (error && !data) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
    if (loading && !data) return <LoadingState />;
    if (!lists.length) return <EmptyState description={t('picklistsAdmin.noLists')} />;
    return (
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t('picklistsAdmin.retiredHint')}</Typography.Text>
        {lists.map((l) => (
          <PicklistCard key={l.name} list={l} onOpen={setDialog} />
        ))}
      </Flex>
    );
  };

  return (
    <>
      <PageHeader title={t('picklistsAdmin.title')} subtitle={t('picklistsAdmin.subtitle')} />
      {body()}
      <PicklistValueModal dialog={dialog} onClose={() => setDialog(undefined)} />
    </>
  );
}

/** The page once its own messages are in (they load with it, not with the language bundle). */
function PicklistsRoute() {
  return (
    <LazyMessagesGate area="picklists" fallback={<LoadingState />}>
      <PicklistsPage />
    </LazyMessagesGate>
  );
}

// Default export for the router's lazy route.
export default PicklistsRoute;
