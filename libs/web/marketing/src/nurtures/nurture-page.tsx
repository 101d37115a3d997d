import { PauseCircleOutlined, PlayCircleOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActivateNurtureDocument,
  CreateNurtureDocument,
  errorCodeOf,
  errorMessageOf,
  fieldErrorsOf,
  NurtureDocument,
  NurtureOptionsDocument,
  PauseNurtureDocument,
  UpdateNurtureDocument,
  type NurtureFieldsFragment,
} from '@rapport/web-data-access';
import { BackLink, RecordNotFound, usePageTitle, usePermissions, useSessionUser } from '@rapport/web-core';
import { ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Alert, App, Button, Form, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { MARKETING_NEEDS } from '../marketing-access';
import { useCampaignNames } from '../mailings/use-campaign-names';
import { NURTURE_STATUS_COLORS, nurtureStatusLabel, type FlowNames } from './nurture-labels';
import { actionsFor, EMPTY_NURTURE, emptyStep, mayWriteNurture, nurtureInput, placeErrors, updateInput, valuesOf, type NurtureFormValues, type StepForm } from './nurture-model';
import { NurtureEditor } from './nurture-editor';
import { NurtureEnrolments, StepCountsChart } from './nurture-enrolments';
import { NURTURES_PATH, nurturePath } from './nurture-paths';
import { NurturesGate } from './nurtures-gate';

/**
 * One nurture sequence (issue 15 item 10): `/marketing/nurtures/new` starts a draft, `/:id` shows
 * one. A draft is edited by whoever may change it (the API's `mailing` write rule, own scope on
 * their own); otherwise the sequence is read as its flow. Activate (a draft or a paused one, saved
 * first) and pause (an active one); then who is at which step, as bars and as a table.
 */
export function NurturePage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const viewer = useSessionUser();
  const permissions = usePermissions();
  const scope = permissions.scope('mailing', 'write');
  const [form] = Form.useForm<NurtureFormValues>();
  const [stepsError, setStepsError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const [polling, setPolling] = useState(false);
  // While it runs, people move on: its counts are asked again every 5 s.
  const { data, loading, error, refetch } = useQuery(NurtureDocument, { variables: { id: id ?? '' }, skip: !id, pollInterval: polling ? 5000 : 0 });
  const nurture = data?.nurture ?? null;
  const status = nurture?.status ?? 'DRAFT';
  useEffect(() => setPolling(status === 'ACTIVE'), [status]);
  const { data: options } = useQuery(NurtureOptionsDocument);
  const [create] = useMutation(CreateNurtureDocument);
  const [update] = useMutation(UpdateNurtureDocument);
  const [activate] = useMutation(ActivateNurtureDocument);
  const [pause] = useMutation(PauseNurtureDocument);
  usePageTitle(nurture?.name ?? t(id ? 'nurtures.title' : 'nurtures.new'));

  const mayWrite = id ? !!nurture && mayWriteNurture(scope, nurture.ownerId, viewer.id) : permissions.allows(MARKETING_NEEDS.mailingWrite);
  const editable = mayWrite && status === 'DRAFT';

  // The stored nurture is the form's start when it arrives or its status changes (polls keep what is typed).
  const loadedKey = nurture ? `${nurture.id}:${nurture.status}` : id ? '' : 'new';
  const initialValues = useMemo(
    () => (nurture ? valuesOf(nurture) : { ...EMPTY_NURTURE, steps: [emptyStep('SEND')] }),
    // Only a new nurture or a new status resets the form (loadedKey says which).
    [loadedKey],
  );

  const steps = (Form.useWatch('steps', { form, preserve: true }) ?? []) as StepForm[];
  const campaignId = Form.useWatch('campaignId', { form, preserve: true }) as string | null;
  const sourceCampaignId = Form.useWatch('sourceCampaignId', { form, preserve: true }) as string | null;
  const ids = useMemo(() => [campaignId, sourceCampaignId, ...steps.map((s) => s.campaignId)].filter((v): v is string => !!v), [campaignId, sourceCampaignId, steps]);
  const campaigns = useCampaignNames(ids);
  const allTemplates = useMemo(() => options?.emailTemplates ?? [], [options]);
  const names: FlowNames = {
    template: (tid) => allTemplates.find((tpl) => tpl.id === tid)?.name,
    campaign: (cid) => (cid ? campaigns.byId.get(cid)?.name : undefined),
    language: i18n.language,
  };
  // Marketing templates with content; a stored step's template stays offered even if archived since.
  const templates = allTemplates
    .filter((tpl) => (tpl.kind === 'MARKETING' && !tpl.archived && tpl.currentVersion) || steps.some((s) => s.templateId === tpl.id))
    .map((tpl) => ({ value: tpl.id, label: tpl.name }));
  const subscriptionTypes = (options?.subscriptionTypes ?? []).map((s) => ({ value: s.id, label: s.name }));

  const showErrors = (e: unknown) => {
    const placed = placeErrors(fieldErrorsOf(e), (form.getFieldValue('steps') as StepForm[] | undefined) ?? []);
    form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
    if (placed.unplaced.length) setStepsError(placed.unplaced.join(' '));
    else if (!placed.fields.length) setStepsError(errorCodeOf(e) ? (errorMessageOf(e) ?? t('errors.generic')) : t('errors.network'));
    if (placed.fields.length) void form.scrollToField(placed.fields[0]!.name, { block: 'center', focus: true });
  };

  /** Saves the draft (creating it the first time); its id, or null when refused (the errors are shown). */
  const save = async (): Promise<NurtureFieldsFragment | null> => {
    setStepsError(undefined);
    try {
      await form.validateFields();
    } catch {
      return null;
    }
    const input = nurtureInput(form.getFieldsValue(true) as NurtureFormValues);
    try {
      if (!nurture) {
        const { data: created } = await create({ variables: { input } });
        return created?.createNurture ?? null;
      }
      const { data: updated } = await update({ variables: { input: updateInput(nurture.id, input) } });
      return updated?.updateNurture ?? null;
    } catch (e) {
      showErrors(e);
      return null;
    }
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const onSave = () =>
    run(async () => {
      const saved = await save();
      if (!saved) return;
      void message.success(t('nurtures.messages.saved'));
      if (!nurture) void navigate(nurturePath(saved.id), { replace: true });
    });

  // Only a saved nurture is activated (a new one is saved as a draft first): unsaved changes of a draft are saved on the way.
  const doActivate = () =>
    run(async () => {
      const saved = editable ? await save() : nurture;
      if (!saved) return;
      try {
        await activate({ variables: { id: saved.id } });
        void message.success(t(status === 'PAUSED' ? 'nurtures.messages.resumed' : 'nurtures.messages.activated'));
      } catch (e) {
        showErrors(e);
      }
    });

  const onActivate = () =>
    modal.confirm({
      title: t('nurtures.confirm.activateTitle'),
      content: t('nurtures.confirm.activateBody'),
      okText: t('nurtures.actions.activate'),
      cancelText: t('common.cancel'),
      onOk: () => void doActivate(),
    });

  const onPause = () =>
    run(async () => {
      try {
        await pause({ variables: { id: nurture!.id } });
        void message.success(t('nurtures.messages.paused'));
      } catch (e) {
        showErrors(e);
      }
    });

  if (id && loading && !data) return <LoadingState />;
  if (id && error && !data) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (id && !nurture) return <RecordNotFound title={t('nurtures.notFound')} backTo={NURTURES_PATH} backLabel={t('nurtures.backToList')} />;

  const actions = nurture ? actionsFor(status, mayWrite) : [];
  return (
    <>
      <BackLink to={NURTURES_PATH} label={t('nurtures.title')} />
      <PageHeader
        title={nurture?.name ?? t('nurtures.new')}
        subtitle={
          <Space wrap>
            <Tag color={NURTURE_STATUS_COLORS[status]} data-testid="nurture-status" data-status={status}>
              {nurtureStatusLabel(t, status)}
            </Tag>
            {!editable && nurture ? <span data-testid="nurture-read-only">{status === 'DRAFT' ? t('nurtures.readOnly') : t('nurtures.lockedWhileRunning')}</span> : null}
          </Space>
        }
        extra={
          <Space wrap>
            {editable ? (
              <Button icon={<SaveOutlined />} onClick={() => void onSave()} loading={busy} data-testid="nurture-save">
                {t(nurture ? 'nurtures.actions.save' : 'nurtures.actions.saveDraft')}
              </Button>
            ) : null}
            {actions.includes('activate') ? (
              <Button type="primary" icon={<PlayCircleOutlined />} onClick={onActivate} loading={busy} data-testid="nurture-activate">
                {t(status === 'PAUSED' ? 'nurtures.actions.resume' : 'nurtures.actions.activate')}
              </Button>
            ) : null}
            {actions.includes('pause') ? (
              <Button icon={<PauseCircleOutlined />} onClick={() => void onPause()} loading={busy} data-testid="nurture-pause">
                {t('nurtures.actions.pause')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {status === 'ACTIVE' ? <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('nurtures.activeNote')} /> : null}
      <NurtureEditor
        key={loadedKey}
        form={form}
        initialValues={initialValues}
        editable={editable}
        campaignLocked={!!nurture}
        campaigns={campaigns.byId}
        templates={templates}
        subscriptionTypes={subscriptionTypes}
        names={names}
        stepsError={stepsError}
      />
      {nurture && nurture.status !== 'DRAFT' ? (
        <>
          <StepCountsChart steps={steps} byPosition={nurture.counts.byPosition} />
          <NurtureEnrolments nurtureId={nurture.id} active={nurture.status === 'ACTIVE'} steps={steps} names={names} />
        </>
      ) : null}
    </>
  );
}

export default function NurtureRoute() {
  return (
    <NurturesGate>
      <NurturePage />
    </NurturesGate>
  );
}
