import { DeleteOutlined, DownOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { DeleteViewDocument, errorMessageOf, SaveViewDocument, SavedViewsDocument, type SavedViewFieldsFragment } from '@rapport/web-data-access';
import { App, Button, Dropdown, Flex, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveViewModal } from './save-view-modal';

export interface SavedViewsControlProps {
  /** The list's name as the API files views (`accounts`, `leads`, …). */
  list: string;
  activeId: string | undefined;
  onApply: (view: SavedViewFieldsFragment | undefined) => void;
  /** The current list state as a view definition, taken when saving. */
  definition: () => Record<string, unknown>;
  /** Managers and admins may share views with everyone. */
  canShare: boolean;
}

/** Picking, saving and deleting saved views of one list, from the list's toolbar. */
export function SavedViewsControl({ list, activeId, onApply, definition, canShare }: SavedViewsControlProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [naming, setNaming] = useState(false);
  const { data, loading, error } = useQuery(SavedViewsDocument, { variables: { objectType: list } });
  const [saveView, saving] = useMutation(SaveViewDocument, { refetchQueries: ['SavedViews'] });
  const [deleteView, deleting] = useMutation(DeleteViewDocument, { refetchQueries: ['SavedViews'] });
  const views = data?.savedViews ?? [];
  const active = views.find((v) => v.id === activeId);
  const mine = views.filter((v) => v.mine);
  const shared = views.filter((v) => !v.mine);

  const saveChanges = async () => {
    if (!active) return;
    try {
      await saveView({ variables: { input: { id: active.id, name: active.name, shared: active.shared, objectType: list, definition: definition() } } });
      void message.success(t('views.saved', { name: active.name }));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    }
  };

  const remove = async () => {
    if (!active) return;
    try {
      await deleteView({ variables: { input: { id: active.id } } });
      onApply(undefined);
      void message.success(t('views.deleted', { name: active.name }));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    }
  };

  const group = (label: string, items: SavedViewFieldsFragment[]) =>
    items.length ? [{ label, title: label, options: items.map((v) => ({ value: v.id, label: v.name })) }] : [];

  return (
    <Flex gap="small" wrap align="center">
      <Select<string>
        value={activeId ?? ''}
        onChange={(id) => onApply(views.find((v) => v.id === id))}
        loading={loading}
        status={error ? 'warning' : undefined}
        options={[{ value: '', label: t('views.standard') }, ...group(t('views.mine'), mine), ...group(t('views.shared'), shared)]}
        aria-label={t('views.label')}
        data-testid="views-select"
        style={{ minWidth: 180 }}
        popupMatchSelectWidth={false}
      />
      <Space.Compact>
        {active?.mine ? (
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'update', label: t('views.saveChanges'), onClick: () => void saveChanges() },
                { key: 'new', label: t('views.saveAsNew'), onClick: () => setNaming(true) },
              ],
            }}
          >
            <Button icon={<SaveOutlined />} loading={saving.loading} data-testid="views-save">
              {t('views.save')} <DownOutlined />
            </Button>
          </Dropdown>
        ) : (
          <Button icon={<SaveOutlined />} onClick={() => setNaming(true)} data-testid="views-save">
            {t('views.saveAs')}
          </Button>
        )}
        {active?.mine ? (
          <Popconfirm
            title={t('views.deleteTitle', { name: active.name })}
            okText={t('views.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, loading: deleting.loading }}
            onConfirm={() => remove()}
          >
            <Button icon={<DeleteOutlined />} aria-label={t('views.delete')} data-testid="views-delete" />
          </Popconfirm>
        ) : null}
      </Space.Compact>
      <SaveViewModal
        open={naming}
        canShare={canShare}
        initialName={active && active.mine ? t('views.copyName', { name: active.name }) : ''}
        onClose={() => setNaming(false)}
        onSave={async ({ name, shared: isShared }) => {
          const { data: saved } = await saveView({ variables: { input: { name, shared: isShared, objectType: list, definition: definition() } } });
          setNaming(false);
          if (saved) {
            onApply(saved.saveView.view);
            void message.success(t('views.saved', { name: saved.saveView.view.name }));
          }
        }}
      />
    </Flex>
  );
}
