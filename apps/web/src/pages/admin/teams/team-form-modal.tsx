import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateTeamDocument,
  UpdateTeamDocument,
  UserOptionsDocument,
  type TeamRowFragment,
} from '@rapport/web-data-access';
import { App, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormModal } from '@rapport/web-core';
import { subtreeIds } from './team-tree';

interface TeamFormValues {
  name: string;
  parent?: string;
  manager?: string;
}

const FORM_FIELDS = ['name', 'parent', 'manager'] as const;
const RENAME = { parentId: 'parent', managerId: 'manager' };

export interface TeamFormModalProps {
  open: boolean;
  team?: TeamRowFragment;
  /** All teams on screen: the parent choices. */
  teams: readonly TeamRowFragment[];
  onClose: () => void;
  onSaved: () => void;
}

export function TeamFormModal({ open, team, teams, onClose, onSaved }: TeamFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const users = useQuery(UserOptionsDocument, { variables: { filter: { active: { eq: true } } }, skip: !open });
  const [createTeam, created] = useMutation(CreateTeamDocument);
  const [updateTeam, updated] = useMutation(UpdateTeamDocument);
  const saving = created.loading || updated.loading;

  // A team cannot sit under itself or under one of its own descendants.
  const parentOptions = useMemo(() => {
    const excluded = team ? subtreeIds(teams, team.id) : new Set<string>();
    return teams.filter((x) => !excluded.has(x.id)).map((x) => ({ value: x.id, label: x.name }));
  }, [teams, team]);

  const managerOptions = (users.data?.users.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name} <${node.email}>`,
  }));

  const submit = async (values: TeamFormValues) => {
    const name = values.name.trim();
    const parentId = values.parent ?? null;
    const managerId = values.manager ?? null;
    if (team) {
      await updateTeam({ variables: { input: { id: team.id, name, parentId, managerId } } });
      void message.success(t('teams.saved', { name }));
    } else {
      await createTeam({ variables: { input: { name, parentId, managerId } } });
      void message.success(t('teams.created', { name }));
    }
    onSaved();
  };
  const { firstField, modal } = useFormModal({ open, onClose, fields: FORM_FIELDS, rename: RENAME, submit });

  return (
    <FormModal
      {...modal}
      title={team ? t('teams.editTitle') : t('teams.createTitle')}
      submitLabel={team ? t('common.save') : t('common.create')}
      submitTestId="team-submit"
      loading={saving}
      formProps={{ initialValues: team ? { name: team.name, parent: team.parent?.id, manager: team.manager?.id } : {} }}
    >
      <Form.Item
        name="name"
        label={t('teams.fields.name')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: 120, message: t('validation.maxLength', { max: 120 }) },
        ]}
      >
        <Input ref={firstField} autoComplete="off" data-testid="team-name" />
      </Form.Item>
      <Form.Item name="parent" label={t('teams.fields.parent')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={parentOptions}
          placeholder={t('teams.noParent')}
          data-testid="team-parent"
        />
      </Form.Item>
      <Form.Item name="manager" label={t('teams.fields.manager')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={users.loading}
          options={managerOptions}
          placeholder={t('teams.noManager')}
          data-testid="team-manager"
        />
      </Form.Item>
    </FormModal>
  );
}
