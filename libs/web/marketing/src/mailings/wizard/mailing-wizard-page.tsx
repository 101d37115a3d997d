import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ContactPolicyDocument,
  CreateMailingDocument,
  errorCodeOf,
  errorMessageOf,
  fieldErrorsOf,
  MailingDocument,
  MailingWizardOptionsDocument,
  mapFieldErrors,
  SendMailingDocument,
  UpdateMailingDocument,
} from '@rapport/web-data-access';
import { BackLink, RecordNotFound, useCan, usePageTitle } from '@rapport/web-core';
import { ErrorState, formatDateTime, LoadingState, PageHeader, useDebouncedValue, useIsMobile } from '@rapport/web-ui';
import { Alert, App, Button, Card, Flex, Form, Steps, Typography, type InputRef } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { hourLabel } from '../contact-policy-model';
import { wizardFieldErrors } from '../mailing-model';
import { MAILINGS_PATH, mailingPath } from '../mailing-paths';
import { MailingsGate } from '../mailings-gate';
import { useCampaignNames } from '../use-campaign-names';
import { AudienceStep } from './audience-step';
import { ContentStep } from './content-step';
import { ReviewStep } from './review-step';
import { ScheduleStep } from './schedule-step';
import {
  audienceChosen,
  createInput,
  draftInput,
  EMPTY_WIZARD,
  firstStepWith,
  isSeries,
  recurrenceFieldErrors,
  scheduledAtOf,
  STEP_FIELDS,
  valuesOf,
  WIZARD_FIELDS,
  WIZARD_STEPS,
  type WizardStep,
  type WizardValues,
} from './wizard-values';

const STEP_TITLES: Record<WizardStep, (t: TFunction) => string> = {
  content: (t) => t('mailings.wizard.steps.content'),
  audience: (t) => t('mailings.wizard.steps.audience'),
  schedule: (t) => t('mailings.wizard.steps.schedule'),
  review: (t) => t('mailings.wizard.steps.review'),
};

/** How long the audience rests before a change to it is saved and counted again. */
const AUTOSAVE_MS = 700;

/**
 * Marketing → Mailings → New mailing (issue 15): a wizard in four steps on one form — content,
 * audience (with the live count once the draft is saved), schedule (once, or a series on a rule),
 * review — then "Send" ("Start series" for a series). The
 * draft is saved when the audience is first chosen (the API needs one) and again whenever it
 * changes; its id goes into the address (`?draft=<id>`), so a reload or the list's "continue
 * editing" come back to it. The API's field errors land on their fields, the wizard opening the
 * step that holds them; its other refusals are said above the buttons.
 */
export function MailingWizardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const draftId = params.get('draft');
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const isMobile = useIsMobile();
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  // The draft as last saved (its input as JSON): the count follows it, and an unchanged draft is not saved again.
  const [savedVersion, setSavedVersion] = useState('');
  const saved = useRef('');
  // One save at a time: a second waits for the first (which may create the draft it then updates).
  const inflight = useRef<Promise<string | null> | null>(null);
  const draftRef = useRef<string | null>(draftId);
  if (draftId) draftRef.current = draftId;
  const loadedDraft = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const nameRef = useRef<InputRef>(null);
  const moved = useRef(false);

  const draftQuery = useQuery(MailingDocument, { variables: { id: draftId ?? '' }, skip: !draftId });
  const draft = draftQuery.data?.mailing;
  const options = useQuery(MailingWizardOptionsDocument).data;
  const canReadPolicy = useCan('contactPolicy', 'read');
  const policy = useQuery(ContactPolicyDocument, { skip: !canReadPolicy }).data?.contactPolicy;
  const [create] = useMutation(CreateMailingDocument);
  const [update] = useMutation(UpdateMailingDocument);
  const [send, sending] = useMutation(SendMailingDocument);
  usePageTitle(draftId ? t('mailings.wizard.editTitle') : t('mailings.wizard.newTitle'));

  const campaignId = Form.useWatch('campaignId', form) as string | null | undefined;
  const statuses = Form.useWatch('campaignMemberStatuses', form) as string[] | undefined;
  const listIds = Form.useWatch('listIds', form) as string[] | undefined;
  const excludeListIds = Form.useWatch('excludeListIds', form) as string[] | undefined;
  const segmentIds = Form.useWatch('segmentIds', form) as string[] | undefined;
  const excludeSegmentIds = Form.useWatch('excludeSegmentIds', form) as string[] | undefined;
  const ids = useMemo(() => [campaignId ?? '', ...(listIds ?? []), ...(excludeListIds ?? [])].filter(Boolean), [campaignId, listIds, excludeListIds]);
  const { byId: names } = useCampaignNames(ids);
  const campaign = campaignId ? names.get(campaignId) : undefined;

  const remember = (version: string) => {
    saved.current = version;
    setSavedVersion(version);
  };

  // A saved draft fills the form once (not again after each save: what is typed meanwhile stays).
  useEffect(() => {
    if (!draft || draft.status !== 'DRAFT' || loadedDraft.current === draft.id) return;
    loadedDraft.current = draft.id;
    const values = valuesOf(draft);
    form.setFieldsValue(values);
    remember(JSON.stringify(draftInput(values)));
  }, [draft, form]);

  // A new step takes the focus to its heading, so keyboard and screen-reader users start there.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    else nameRef.current?.focus();
  }, [step]);

  const go = (next: number) => {
    moved.current = true;
    setFormError(undefined);
    setStep(next);
  };

  const showErrors = (error: unknown) => {
    const mapped = mapFieldErrors(recurrenceFieldErrors(wizardFieldErrors(fieldErrorsOf(error))), WIZARD_FIELDS);
    if (mapped.fields.length) {
      form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
      const at = firstStepWith(mapped.fields.map((f) => String(f.name[0])));
      if (at >= 0 && at !== step) go(at);
    }
    if (mapped.unmatched.length) setFormError(mapped.unmatched.join(' '));
    else if (!mapped.fields.length) setFormError(errorCodeOf(error) ? (errorMessageOf(error) ?? t('errors.generic')) : t('errors.network'));
  };

  /** Creates the draft or saves its changes; its id, or null when the API refused (the errors are shown). */
  const saveDraft = async (): Promise<string | null> => {
    while (inflight.current) await inflight.current;
    const values = form.getFieldsValue(true) as WizardValues;
    const version = JSON.stringify(draftInput(values));
    const known = draftRef.current;
    if (known && version === saved.current) return known;
    const run = (async () => {
      setSaving(true);
      setFormError(undefined);
      try {
        let id = known;
        if (!id) {
          const { data } = await create({ variables: { input: createInput(values) } });
          id = data!.createMailing.id;
          draftRef.current = id;
          loadedDraft.current = id;
          setParams({ draft: id }, { replace: true });
        } else {
          await update({ variables: { input: { id, ...draftInput(values) } } });
        }
        remember(version);
        return id;
      } catch (error) {
        showErrors(error);
        return null;
      } finally {
        setSaving(false);
      }
    })();
    inflight.current = run;
    try {
      return await run;
    } finally {
      inflight.current = null;
    }
  };
  const saveRef = useRef(saveDraft);
  saveRef.current = saveDraft;

  // Audience changes on a saved draft are saved (and so counted again) once they rest; a change
  // made while a save was under way is looked at again when it ends (`saving`).
  const audienceKey = useDebouncedValue(JSON.stringify([statuses ?? [], listIds ?? [], excludeListIds ?? [], segmentIds ?? [], excludeSegmentIds ?? []]), AUTOSAVE_MS);
  useEffect(() => {
    if (!draftId || saving || WIZARD_STEPS[step] !== 'audience') return;
    const values = form.getFieldsValue(true) as WizardValues;
    if (!audienceChosen(values) || JSON.stringify(draftInput(values)) === saved.current) return;
    void saveRef.current();
  }, [audienceKey, draftId, saving, step, form]);

  const validateStep = async (which: WizardStep): Promise<boolean> => {
    try {
      await form.validateFields([...STEP_FIELDS[which]]);
      return true;
    } catch {
      return false;
    }
  };

  const next = async () => {
    if (!(await validateStep(WIZARD_STEPS[step]!))) return;
    // Before the audience is chosen there is nothing the API would keep: the draft starts on step 2.
    if (step === 0 && !draftId) return go(1);
    if (await saveDraft()) go(step + 1);
  };

  /** "Save the draft and count": the content and the audience must hold first; the wizard stays on the audience. */
  const saveAndCount = async () => {
    if (!(await validateStep('content'))) return go(0);
    if (await validateStep('audience')) await saveDraft();
  };

  const sendIt = async () => {
    try {
      await form.validateFields();
    } catch (info) {
      const first = (info as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) go(Math.max(0, firstStepWith([String(first.name[0])])));
      return;
    }
    const id = await saveDraft();
    if (!id) return;
    try {
      const { data } = await send({ variables: { input: { id, scheduledAt: scheduledAtOf(form.getFieldsValue(true) as WizardValues) } } });
      const started = data?.sendMailing;
      const at = started?.scheduledAt;
      // A series sends nothing itself: what is worth saying is when its first mailing goes.
      if (started?.kind === 'RECURRING') void message.success(t('mailings.wizard.seriesStarted', { at: formatDateTime(started.nextRunAt) ?? '—' }));
      else void message.success(at && Date.parse(at) > Date.now() ? t('mailings.wizard.scheduled', { at: formatDateTime(at) }) : t('mailings.wizard.sent'));
      void navigate(mailingPath(id));
    } catch (error) {
      showErrors(error);
    }
  };

  // A draft this page just created is on screen already: only one opened from elsewhere is waited for.
  const opening = !!draftId && !draft && loadedDraft.current !== draftId;
  if (opening && draftQuery.loading) return <LoadingState />;
  if (opening && draftQuery.error) return <ErrorState message={errorMessageOf(draftQuery.error)} onRetry={() => void draftQuery.refetch()} />;
  if (opening) return <RecordNotFound title={t('mailings.page.notFound')} backTo={MAILINGS_PATH} backLabel={t('mailings.page.backToList')} />;
  if (draft && draft.status !== 'DRAFT' && loadedDraft.current !== draft.id) {
    return (
      <>
        <BackLink to={MAILINGS_PATH} label={t('mailings.title')} />
        <PageHeader title={draft.name} />
        <Alert type="info" showIcon message={t('mailings.wizard.alreadyStarted')} action={<Link to={mailingPath(draft.id)}>{t('mailings.wizard.openMailing')}</Link>} />
      </>
    );
  }

  const current = WIZARD_STEPS[step]!;
  const values = form.getFieldsValue(true) as WizardValues;
  const templateName = options?.emailTemplates.find((tpl) => tpl.id === values.templateId)?.name;
  const typeName = options?.subscriptionTypes.find((s) => s.id === values.subscriptionTypeId)?.name;
  const quietHours = policy?.quietHours ? `${hourLabel(policy.quietHours.startHour)}–${hourLabel(policy.quietHours.endHour)} (${policy.timeZone})` : null;
  const policyTimeZone = policy?.timeZone ?? null;

  return (
    <>
      <BackLink to={MAILINGS_PATH} label={t('mailings.title')} />
      <PageHeader title={draftId ? t('mailings.wizard.editTitle') : t('mailings.wizard.newTitle')} subtitle={t('mailings.wizard.subtitle')} />
      <Card>
        <Steps
          current={step}
          size="small"
          // Four short titles fit a phone across, under their numbers: no tall vertical list above the form.
          responsive={false}
          titlePlacement={isMobile ? 'vertical' : 'horizontal'}
          onChange={(n) => n < step && go(n)}
          items={WIZARD_STEPS.map((s, i) => ({ title: STEP_TITLES[s](t), disabled: i > step }))}
          style={{ marginBottom: 24 }}
          data-testid="mailing-steps"
        />
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }} tabIndex={-1} ref={heading} data-testid="mailing-step-title" data-step={current}>
          {t('mailings.wizard.stepOf', { n: step + 1, total: WIZARD_STEPS.length, title: STEP_TITLES[current](t) })}
        </Typography.Title>
        <Form<WizardValues>
          form={form}
          layout="vertical"
          initialValues={EMPTY_WIZARD}
          requiredMark
          style={{ maxWidth: 720 }}
          onValuesChange={(changed: Partial<WizardValues>) => {
            // Statuses belong to the campaign's type: another campaign starts the choice again.
            if ('campaignId' in changed) form.setFieldValue('campaignMemberStatuses', []);
          }}
          onFinish={() => undefined}
          onKeyDown={(e) => {
            // Enter in a text field goes on (to the next step, or sends on the review), as a form's
            // Enter would, instead of checking the steps not yet reached. Lists (comboboxes) keep theirs.
            const el = e.target as HTMLElement;
            if (e.key !== 'Enter' || el.tagName !== 'INPUT' || el.getAttribute('role') === 'combobox' || (el as HTMLInputElement).type !== 'text') return;
            e.preventDefault();
            void (current === 'review' ? sendIt() : next());
          }}
        >
          <div hidden={current !== 'content'}>
            <ContentStep options={options} campaignLocked={!!draftId} campaign={campaign ?? null} nameRef={nameRef} />
          </div>
          <div hidden={current !== 'audience'}>
            <AudienceStep campaign={campaign} names={names} draftId={draftId} savedVersion={savedVersion} saving={saving} onSaveDraft={() => void saveAndCount()} active={current === 'audience'} />
          </div>
          <div hidden={current !== 'schedule'}>
            <ScheduleStep quietHours={quietHours} policyTimeZone={policyTimeZone} />
          </div>
          {current === 'review' ? <ReviewStep values={values} campaign={campaign} names={names} templateName={templateName} typeName={typeName} draftId={draftId} savedVersion={savedVersion} policyTimeZone={policyTimeZone} /> : null}
          {formError ? <Alert type="error" showIcon message={formError} style={{ marginTop: 16 }} data-testid="mailing-wizard-error" /> : null}
          <Flex gap="small" wrap justify="space-between" style={{ marginTop: 24 }}>
            <Button onClick={() => go(step - 1)} disabled={step === 0} data-testid="mailing-back">
              {t('mailings.wizard.back')}
            </Button>
            {current === 'review' ? (
              <Button type="primary" icon={<SendOutlined />} loading={sending.loading || saving} onClick={() => void sendIt()} data-testid="mailing-send">
                {isSeries(values) ? t('mailings.wizard.startSeries') : scheduledAtOf(values) ? t('mailings.wizard.schedule') : t('mailings.wizard.send')}
              </Button>
            ) : (
              <Button type="primary" htmlType="button" loading={saving} onClick={() => void next()} data-testid="mailing-next">
                {t('mailings.wizard.next')}
              </Button>
            )}
          </Flex>
        </Form>
      </Card>
    </>
  );
}

export default function MailingWizardRoute() {
  return (
    <MailingsGate>
      <MailingWizardPage />
    </MailingsGate>
  );
}
