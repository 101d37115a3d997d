import { useMutation, useQuery } from '@apollo/client/react';
import { CsatSettingsDocument, errorMessageOf, SaveCsatSettingsDocument } from '@rapport/web-data-access';
import { usePageTitle, usePermissions } from '@rapport/web-core';
import { ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Alert, App, Button, Card, Flex, Radio, Select, Typography } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SERVICE_NEEDS } from '../service-access';
import { languageLabel, modeHint, modeLabel } from './csat-mode-label';
import { CSAT_MODES, LANGUAGES, THRESHOLDS, toDraft, toInput, type CsatMode, type CsatSettings, type Locale, type SettingsDraft } from './csat-model';
import { CSAT_REPORT_PATH } from './csat-paths';
import { CsatQuestionsEditor } from './csat-questions-editor';
import { CsatQueueModes } from './csat-queue-modes';

/** A labelled block of the form. */
function Section({ title, hint, children, testId }: { title: string; hint?: string; children: ReactNode; testId: string }) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      {hint ? <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph> : null}
      {children}
    </Card>
  );
}

function SettingsForm({ settings, canWrite }: { settings: CsatSettings; canWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const [problem, setProblem] = useState<string | null>(null);
  // The saved settings become the page's (the form starts again from them, see the key below).
  const [save, saving] = useMutation(SaveCsatSettingsDocument, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: CsatSettingsDocument, data: { csatSettings: data.saveCsatSettings.settings } });
    },
  });
  const modeId = useId();
  const thresholdId = useId();
  const languageId = useId();
  const set = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const disabled = !canWrite || saving.loading;

  const onSave = async () => {
    setProblem(null);
    try {
      await save({ variables: { input: toInput(draft, toDraft(settings).queueModes) } });
      void message.success(t('csat.settings.saved'));
    } catch (e) {
      setProblem(errorMessageOf(e) ?? t('errors.generic'));
    }
  };

  return (
    <Flex vertical gap="middle" data-testid="csat-settings">
      {!canWrite ? <Alert type="info" showIcon title={t('csat.settings.readOnly')} data-testid="csat-settings-read-only" /> : null}
      <Section title={t('csat.settings.when')} testId="csat-settings-mode">
        <Typography.Text strong id={modeId}>
          {t('csat.settings.modeLabel')}
        </Typography.Text>
        <Radio.Group aria-labelledby={modeId} value={draft.mode} disabled={disabled} onChange={(e) => set({ mode: e.target.value as CsatMode })} style={{ display: 'block', marginTop: 8 }} data-testid="csat-mode">
          <Flex vertical gap={8}>
            {CSAT_MODES.map((m) => (
              <Radio key={m} value={m}>
                {modeLabel(t, m)}
                <Typography.Text type="secondary"> — {modeHint(t, m)}</Typography.Text>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
        <Flex wrap gap="large" style={{ marginTop: 16 }}>
          <Flex vertical>
            <Typography.Text strong id={thresholdId}>
              {t('csat.settings.threshold')}
            </Typography.Text>
            <Select<number>
              aria-labelledby={thresholdId}
              value={draft.lowRatingThreshold}
              disabled={disabled}
              style={{ minWidth: 200 }}
              onChange={(v) => set({ lowRatingThreshold: v })}
              options={THRESHOLDS.map((n) => ({ value: n, label: t('csat.settings.thresholdOption', { n }) }))}
              data-testid="csat-threshold"
            />
            <Typography.Text type="secondary">{t('csat.settings.thresholdHint')}</Typography.Text>
          </Flex>
          <Flex vertical>
            <Typography.Text strong id={languageId}>
              {t('csat.settings.defaultLanguage')}
            </Typography.Text>
            <Select<Locale>
              aria-labelledby={languageId}
              value={draft.defaultLanguage}
              disabled={disabled}
              style={{ minWidth: 200 }}
              onChange={(v) => set({ defaultLanguage: v })}
              options={LANGUAGES.map((l) => ({ value: l, label: languageLabel(t, l) }))}
              data-testid="csat-language"
            />
            <Typography.Text type="secondary">{t('csat.settings.defaultLanguageHint')}</Typography.Text>
          </Flex>
        </Flex>
      </Section>
      <Section title={t('csat.settings.questions')} hint={t('csat.settings.questionsHint')} testId="csat-settings-questions">
        <CsatQuestionsEditor questions={draft.questions} onChange={(questions) => set({ questions })} disabled={disabled} />
      </Section>
      <Section title={t('csat.settings.queueModes')} hint={t('csat.settings.queueModesHint')} testId="csat-settings-queues">
        <CsatQueueModes
          queues={settings.queueModes}
          modes={draft.queueModes}
          companyMode={draft.mode}
          disabled={disabled}
          onChange={(queueId, mode) => setDraft((d) => ({ ...d, queueModes: { ...d.queueModes, [queueId]: mode } }))}
        />
      </Section>
      {problem ? <Alert type="error" showIcon title={problem} data-testid="csat-settings-error" /> : null}
      {canWrite ? (
        <Flex gap="small" wrap>
          <Button type="primary" loading={saving.loading} onClick={() => void onSave()} data-testid="csat-settings-save">
            {t('csat.settings.save')}
          </Button>
          <Button disabled={saving.loading} onClick={() => setDraft(toDraft(settings))} data-testid="csat-settings-reset">
            {t('csat.settings.reset')}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}

/**
 * The satisfaction survey's settings (issue 19 item 5): when a resolution offers it (per company and,
 * overriding that, per routing queue), which rating counts as low, the language for contacts
 * without one, and the optional questions. Service set-up readers see them; its writers change them.
 */
export function CsatSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('csat.settings.title'));
  const canWrite = usePermissions().allows(SERVICE_NEEDS.setupWrite);
  const { data, loading, error, refetch } = useQuery(CsatSettingsDocument, { fetchPolicy: 'cache-and-network' });
  const settings = data?.csatSettings;

  let body;
  if (!settings && loading) body = <LoadingState />;
  else if (!settings) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  // Keyed by its content: settings saved (or changed elsewhere and fetched) start the form afresh.
  else body = <SettingsForm key={JSON.stringify(settings)} settings={settings} canWrite={canWrite} />;

  return (
    <>
      <PageHeader title={t('csat.settings.title')} subtitle={t('csat.settings.subtitle')} extra={<Link to={CSAT_REPORT_PATH}>{t('csat.settings.toReport')}</Link>} />
      {body}
    </>
  );
}

export default CsatSettingsPage;
