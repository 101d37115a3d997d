import { useMutation } from '@apollo/client/react';
import {
  CreateUserDocument,
  UpdateUserDocument,
  type Locale,
  type Role,
  type UserRowFragment,
} from '@rapport/web-data-access';
import { PasswordInput } from '@rapport/web-ui';
import { App, Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, TeamSelect, useFormModal } from '@rapport/web-core';
import { LOCALE_OPTIONS } from '@rapport/web-core';
import { ALL_ROLES, roleLabel } from '@rapport/web-core';

interface UserFormValues {
  email: string;
  name: string;
  role: Role;
  team?: string;
  password: string;
  locale: Locale;
  active: boolean;
}

const FORM_FIELDS = ['email', 'name', 'role', 'team', 'password', 'locale', 'active'] as const;
// The API calls the team `teamId`; the form field is `team`.
const RENAME = { teamId: 'team' };
// The API refuses shorter ones (MinLength on the user inputs, libs/shared/auth); the form says the same before sending.
const MIN_PASSWORD_LENGTH = 10;

export interface UserFormModalProps {
  open: boolean;
  /** Absent: create a user. Present: edit this one. */
  user?: UserRowFragment;
  onClose: () => void;
  onSaved: () => void;
}

export function UserFormModal({ open, user, onClose, onSaved }: UserFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const editing = Boolean(user);
  const [createUser, created] = useMutation(CreateUserDocument);
  const [updateUser, updated] = useMutation(UpdateUserDocument);
  const saving = created.loading || updated.loading;

  // The form is destroyed on close (clearOnDestroy), so each opening starts from these values.
  const initialValues: Partial<UserFormValues> = user
    ? { name: user.name, role: user.role, team: user.team?.id, locale: user.locale, active: user.active }
    : { role: 'SALES_REP', locale: 'EN', active: true };

  const submit = async (values: UserFormValues) => {
    const name = values.name.trim();
    // What both the create and the edit send; each adds its own (the email and password, the id and active).
    const common = { name, role: values.role, teamId: values.team ?? null, locale: values.locale };
    if (user) {
      await updateUser({ variables: { input: { ...common, id: user.id, active: values.active } } });
      void message.success(t('users.saved', { name }));
    } else {
      await createUser({ variables: { input: { ...common, email: values.email.trim(), password: values.password } } });
      void message.success(t('users.created', { name }));
    }
    onSaved();
  };
  const { firstField, modal } = useFormModal({ open, onClose, fields: FORM_FIELDS, rename: RENAME, submit });

  return (
    <FormModal
      {...modal}
      title={editing ? t('users.editTitle') : t('users.createTitle')}
      submitLabel={editing ? t('common.save') : t('common.create')}
      submitTestId="user-submit"
      loading={saving}
      formProps={{ initialValues }}
    >
      {editing ? null : (
        <Form.Item
          name="email"
          label={t('users.fields.email')}
          rules={[
            { required: true, message: t('validation.required') },
            { type: 'email', message: t('validation.email') },
          ]}
        >
          <Input ref={firstField} type="email" autoComplete="off" data-testid="user-email" />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t('users.fields.name')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: 200, message: t('validation.maxLength', { max: 200 }) },
        ]}
      >
        <Input ref={editing ? firstField : undefined} autoComplete="off" data-testid="user-name" />
      </Form.Item>
      <Form.Item name="role" label={t('users.fields.role')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={ALL_ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))} data-testid="user-role" />
      </Form.Item>
      <Form.Item name="team" label={t('users.fields.team')}>
        <TeamSelect placeholder={t('users.noTeam')} data-testid="user-team" />
      </Form.Item>
      {editing ? null : (
        <Form.Item
          name="password"
          label={t('users.fields.password')}
          extra={t('users.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          rules={[
            { required: true, message: t('validation.required') },
            { min: MIN_PASSWORD_LENGTH, message: t('validation.minLength', { min: MIN_PASSWORD_LENGTH }) },
          ]}
        >
          <PasswordInput autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
      )}
      <Form.Item name="locale" label={t('users.fields.locale')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={LOCALE_OPTIONS} data-testid="user-locale" />
      </Form.Item>
      {editing ? (
        <Form.Item name="active" label={t('users.fields.active')} valuePropName="checked">
          <Switch data-testid="user-active" />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
