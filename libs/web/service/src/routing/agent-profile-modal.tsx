import { useMutation } from '@apollo/client/react';
import { SetAgentRoutingProfileDocument, type AgentPresenceFieldsFragment } from '@rapport/web-data-access';
import { FormModal, useFormModal, UserSelect } from '@rapport/web-core';
import { App, Col, Form, InputNumber, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_CHANNELS, channelLabel } from '../cases/case-labels';
import type { CaseChannel } from '../cases/case-types';
import { languageName, ROUTING_LANGUAGES } from './routing-model';
import { SkillLevelsInput, type SkillLevel } from './skill-levels-input';

interface ProfileValues {
  userId?: string | null;
  languages: string[];
  capacity: Record<CaseChannel, number>;
  skills: SkillLevel[];
}

export type AgentDialog = { mode: 'add' } | { mode: 'edit'; agent: AgentPresenceFieldsFragment };

// The API's defaults for someone without a profile: one call at a time, a couple of chats, more mail.
const DEFAULT_CAPACITY: Record<CaseChannel, number> = { EMAIL: 5, PORTAL: 5, WEB: 5, CHAT: 2, PHONE: 1, OTHER: 3 };

/**
 * An agent's languages, open items they may hold per channel, and skills with levels (routing
 * set-up); "add" gives someone who works cases a profile before they ever set a presence.
 */
export function AgentProfileModal({ dialog, onClose, skills }: { dialog?: AgentDialog; onClose: () => void; skills: readonly { key: string; name: string }[] }) {
  const agent = dialog?.mode === 'edit' ? dialog.agent : undefined;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, { loading }] = useMutation(SetAgentRoutingProfileDocument, { refetchQueries: ['RoutingSetupAgents'], awaitRefetchQueries: true });

  const submit = async (v: ProfileValues) => {
    const userId = agent?.user.id ?? v.userId;
    if (!userId) return;
    const { data } = await save({
      variables: {
        input: {
          userId,
          languages: v.languages,
          capacity: CASE_CHANNELS.map((channel) => ({ channel, capacity: v.capacity[channel] ?? 0 })),
          skills: v.skills.map((s) => ({ skillKey: s.skillKey, level: s.level })),
        },
      },
    });
    void message.success(t('routing.setup.profileSaved', { name: data?.setAgentRoutingProfile.user.name ?? agent?.user.name ?? '' }));
    onClose();
  };
  const { form, modal } = useFormModal<ProfileValues>({ open: Boolean(dialog), onClose, fields: ['userId', 'languages', 'capacity', 'skills'], submit });

  useEffect(() => {
    if (!dialog) return;
    form.setFieldsValue({
      userId: null,
      languages: agent?.languages ?? [],
      capacity: agent ? (Object.fromEntries(agent.channels.map((c) => [c.channel, c.capacity])) as Record<CaseChannel, number>) : DEFAULT_CAPACITY,
      skills: agent?.skills.map((s) => ({ skillKey: s.skillKey, level: s.level })) ?? [],
    });
  }, [dialog, agent, form]);

  return (
    <FormModal<ProfileValues>
      {...modal}
      title={agent ? t('routing.setup.editProfile', { name: agent.user.name }) : t('routing.setup.addAgent')}
      width={720}
      submitLabel={t('routing.setup.save')}
      submitTestId="profile-submit"
      loading={loading}
    >
      {agent ? null : (
        <Form.Item name="userId" label={t('routing.setup.person')} extra={t('routing.setup.personHint')} rules={[{ required: true, message: t('validation.required') }]}>
          <UserSelect data-testid="profile-user" />
        </Form.Item>
      )}
      <Form.Item name="languages" label={t('routing.setup.agentLanguages')} extra={t('routing.setup.agentLanguagesHint')}>
        <Select mode="multiple" allowClear options={ROUTING_LANGUAGES.map((l) => ({ value: l, label: languageName(t, l) }))} data-testid="profile-languages" />
      </Form.Item>
      <Typography.Text strong>{t('routing.setup.capacity')}</Typography.Text>
      <Typography.Paragraph type="secondary">{t('routing.setup.capacityHint')}</Typography.Paragraph>
      <Row gutter={16}>
        {CASE_CHANNELS.map((c) => (
          <Col key={c} xs={12} sm={8}>
            <Form.Item name={['capacity', c]} label={channelLabel(t, c)} rules={[{ required: true, message: t('validation.required') }]}>
              <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} data-testid={`profile-capacity-${c}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="skills" label={t('routing.setup.skills')}>
        <SkillLevelsInput skills={skills} testId="profile-skills" />
      </Form.Item>
    </FormModal>
  );
}
