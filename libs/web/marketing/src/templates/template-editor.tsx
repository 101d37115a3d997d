import { InboxOutlined, SaveOutlined, SendOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import {
  CreateEmailTemplateDocument,
  errorMessageOf,
  fieldErrorsOf,
  SendTestEmailDocument,
  UpdateEmailTemplateDocument,
  type EmailTemplateFieldsFragment,
} from '@rapport/web-data-access';
import { BackLink } from '@rapport/web-core';
import { formatDateTime, LANGUAGE_NATIVE_NAMES, PageHeader, withTestId } from '@rapport/web-ui';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Popconfirm, Radio, Row, Select, Tabs, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { templatePath } from '../mailings/mailing-paths';
import { templateKindHint, templateKindLabel } from './template-labels';
import {
  draftsOf,
  missingLocales,
  placeProblems,
  problemMessageKey,
  sameContent,
  sortedDrafts,
  starterVariant,
  variantsInput,
  type PreviewMode,
  type TemplateKind,
  type TemplateLocale,
  type VariantDraft,
} from './template-model';
import { TEMPLATES_PATH } from './template-paths';
import { TemplatePreview } from './template-preview';
import type { PreviewContact } from './preview-contact-select';
import { VariantFields } from './variant-fields';

export interface TemplateEditorProps {
  /** The saved template, or null for a new one. */
  template: EmailTemplateFieldsFragment | null;
  canWrite: boolean;
}

type Problem = { path: string; message: string };

/**
 * A template's editor (issue 15): name, kind (fixed once created), one tab per language with
 * subject, preheader and MJML, the live preview beside it, and Save / Send test to me / Archive
 * for campaign writers. Readers get the same page read-only, with the preview. The API checks the
 * content (Liquid that parses, MJML that compiles, the unsubscribe link and the postal address in
 * a marketing email): the preview's problems and a refused save's field errors land on their fields.
 */
export function TemplateEditor({ template, canWrite }: TemplateEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const readOnly = !canWrite;
  const [name, setName] = useState(template?.name ?? '');
  const [kind, setKind] = useState<TemplateKind>(template?.kind ?? 'MARKETING');
  const [drafts, setDrafts] = useState<VariantDraft[]>(() => (template?.currentVersion ? draftsOf(template.currentVersion.variants) : [starterVariant('en')]));
  const [active, setActive] = useState<TemplateLocale>(drafts[0]?.locale ?? 'en');
  const [mode, setMode] = useState<PreviewMode>('desktop');
  const [contact, setContact] = useState<PreviewContact | null>(null);
  const [previewProblems, setPreviewProblems] = useState<readonly Problem[]>([]);
  const [saveProblems, setSaveProblems] = useState<readonly Problem[]>([]);
  const [nameError, setNameError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [testSentTo, setTestSentTo] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateEmailTemplateDocument, { refetchQueries: ['EmailTemplates'] });
  const [update, updating] = useMutation(UpdateEmailTemplateDocument, { refetchQueries: ['EmailTemplates'] });
  const [sendTest, sendingTest] = useMutation(SendTestEmailDocument);

  const variants = useMemo(() => variantsInput(drafts), [drafts]);
  const language = (l: TemplateLocale) => LANGUAGE_NATIVE_NAMES[l];
  // The preview's problems (in English, catalogued) read in the reader's language; a save's are translated already.
  const translated = useMemo(
    () =>
      previewProblems.map((p) => {
        const keyed = problemMessageKey(p.message);
        return { path: p.path, message: keyed ? t(keyed.key, { ...keyed.params, defaultValue: p.message }) : p.message };
      }),
    [previewProblems, t],
  );
  const placed = useMemo(() => placeProblems([...translated, ...saveProblems.filter((p) => p.path !== 'input.name')], drafts), [translated, saveProblems, drafts]);
  const onProblems = useCallback((problems: readonly Problem[]) => setPreviewProblems(problems), []);

  const dirty = !template || name !== template.name || !sameContent(drafts, template.currentVersion?.variants ?? []);
  const busy = creating.loading || updating.loading;

  const edit = (next: VariantDraft[]) => {
    setDrafts(sortedDrafts(next));
    setSaveProblems([]);
    setStatus(null);
  };
  const changeDraft = (d: VariantDraft) => edit(drafts.map((x) => (x.locale === d.locale ? d : x)));
  const addLanguage = (l: TemplateLocale) => {
    edit([...drafts, starterVariant(l)]);
    setActive(l);
  };
  const removeLanguage = (l: TemplateLocale) => {
    const rest = drafts.filter((d) => d.locale !== l);
    edit(rest);
    setActive(rest[0]?.locale ?? 'en');
  };

  const refused = (error: unknown) => {
    const fields = fieldErrorsOf(error);
    if (!fields.length) {
      void message.error(errorMessageOf(error) ?? t('errors.generic'));
      return;
    }
    setSaveProblems(fields);
    setNameError(fields.find((f) => f.path === 'input.name')?.message ?? null);
  };

  const save = async () => {
    if (!name.trim()) {
      setNameError(t('validation.required'));
      return;
    }
    setNameError(null);
    try {
      if (!template) {
        const res = await create({ variables: { input: { name: name.trim(), kind, variants } } });
        const saved = res.data?.createEmailTemplate.template;
        if (!saved) return;
        void message.success(t('templates.editor.created', { version: saved.currentVersion?.version ?? 1 }));
        void navigate(templatePath(saved.id), { replace: true });
        return;
      }
      const before = template.currentVersion?.version ?? 0;
      const res = await update({ variables: { input: { id: template.id, name: name.trim(), variants } } });
      const after = res.data?.updateEmailTemplate.template.currentVersion?.version ?? before;
      const said = after !== before ? t('templates.editor.versionSaved', { version: after }) : t('templates.editor.noNewVersion', { version: after });
      setStatus(said);
      void message.success(said);
    } catch (error) {
      refused(error);
    }
  };

  const archive = async (archived: boolean) => {
    if (!template) return;
    try {
      await update({ variables: { input: { id: template.id, archived } } });
      void message.success(archived ? t('templates.editor.archivedDone') : t('templates.editor.unarchivedDone'));
    } catch (error) {
      refused(error);
    }
  };

  const test = async () => {
    try {
      const res = await sendTest({ variables: { input: { variants, kind, locale: active, contactId: contact?.id ?? null } } });
      const to = res.data?.sendTestEmail.sentTo;
      if (!to) return;
      setTestSentTo(to);
      void message.success(t('templates.editor.testSent', { address: to }));
    } catch (error) {
      refused(error);
    }
  };

  const title = template ? template.name : t('templates.editor.newTitle');
  const missing = missingLocales(drafts);
  const actions = canWrite ? (
    <>
      <Button icon={<SendOutlined />} onClick={() => void test()} loading={sendingTest.loading} disabled={busy} data-testid="template-send-test">
        {t('templates.editor.sendTest')}
      </Button>
      {template ? (
        template.archived ? (
          <Button icon={<UndoOutlined />} onClick={() => void archive(false)} disabled={busy} data-testid="template-unarchive">
            {t('templates.editor.unarchive')}
          </Button>
        ) : (
          <Popconfirm
            title={t('templates.editor.archive')}
            description={<div style={{ maxWidth: 300 }}>{t('templates.editor.archiveConfirm')}</div>}
            okText={t('templates.editor.archive')}
            cancelText={t('templates.editor.keep')}
            okButtonProps={withTestId({}, 'template-archive-confirm')}
            onConfirm={() => archive(true)}
          >
            <Button icon={<InboxOutlined />} disabled={busy} data-testid="template-archive">
              {t('templates.editor.archive')}
            </Button>
          </Popconfirm>
        )
      ) : null}
      <Button type="primary" icon={<SaveOutlined />} onClick={() => void save()} loading={busy} data-testid="template-save">
        {t('templates.editor.save')}
      </Button>
    </>
  ) : undefined;

  return (
    <>
      <BackLink to={TEMPLATES_PATH} label={t('templates.title')} />
      <PageHeader
        title={title}
        subtitle={
          <Flex gap={8} wrap align="center">
            {template?.currentVersion ? (
              <Typography.Text type="secondary" data-testid="template-current-version" data-version={template.currentVersion.version}>
                {t('templates.editor.currentVersion', { version: template.currentVersion.version, date: formatDateTime(template.currentVersion.createdAt) })}
              </Typography.Text>
            ) : null}
            {template?.archived ? <Tag>{t('templates.archived')}</Tag> : null}
            {canWrite && dirty ? <Tag color="orange">{t('templates.editor.unsaved')}</Tag> : null}
          </Flex>
        }
        extra={actions}
      />
      <Flex vertical gap="middle">
        {readOnly ? <Alert type="info" showIcon title={t('templates.editor.readOnly')} data-testid="template-read-only" /> : null}
        {template?.archived ? <Alert type="warning" showIcon title={t('templates.editor.archivedNote')} /> : null}
        {status ? (
          <Typography.Text type="success" role="status" data-testid="template-save-status">
            {status}
          </Typography.Text>
        ) : null}
        {testSentTo ? (
          <Typography.Text role="status" data-testid="template-test-sent" data-address={testSentTo}>
            {t('templates.editor.testSentTo', { address: testSentTo })}
          </Typography.Text>
        ) : null}
        {placed.length && canWrite ? (
          <Alert
            type="error"
            showIcon
            data-testid="template-problems"
            title={t('templates.editor.problemsTitle')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {placed.map((p, i) => (
                  <li key={i}>{p.locale ? `${language(p.locale)}: ${p.message}` : p.message}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card size="small">
              <Form layout="vertical" component="div">
                <Form.Item label={t('templates.editor.name')} htmlFor="template-name" required={canWrite} validateStatus={nameError ? 'error' : undefined} help={nameError ?? undefined}>
                  <Input
                    id="template-name"
                    value={name}
                    readOnly={readOnly}
                    maxLength={200}
                    autoComplete="off"
                    onChange={(e) => {
                      setName(e.target.value);
                      setNameError(null);
                      setStatus(null);
                    }}
                    data-testid="template-name"
                  />
                </Form.Item>
                <Form.Item label={t('templates.editor.kind')} extra={template ? t('templates.editor.kindFixed') : templateKindHint(t, kind)}>
                  {template || readOnly ? (
                    <Tag color={kind === 'MARKETING' ? 'blue' : 'default'} data-testid="template-kind" data-kind={kind}>
                      {templateKindLabel(t, kind)}
                    </Tag>
                  ) : (
                    <Radio.Group
                      value={kind}
                      onChange={(e) => setKind(e.target.value as TemplateKind)}
                      aria-label={t('templates.editor.kind')}
                      data-testid="template-kind"
                      options={[
                        { value: 'MARKETING', label: templateKindLabel(t, 'MARKETING') },
                        { value: 'TRANSACTIONAL', label: templateKindLabel(t, 'TRANSACTIONAL') },
                      ]}
                    />
                  )}
                </Form.Item>
              </Form>
              {canWrite && missing.length ? (
                <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 4 }}>
                  <Typography.Text strong>{t('templates.editor.languages')}</Typography.Text>
                  {/* Above the tabs, not in their tab list: a list of tabs holds tabs only. */}
                  <Select<TemplateLocale>
                    value={null}
                    placeholder={t('templates.editor.addLanguage')}
                    aria-label={t('templates.editor.addLanguage')}
                    onChange={addLanguage}
                    options={missing.map((l) => ({ value: l, label: language(l) }))}
                    style={{ minWidth: 160 }}
                    popupMatchSelectWidth={false}
                    data-testid="template-add-language"
                  />
                </Flex>
              ) : null}
              <Tabs
                activeKey={active}
                onChange={(k) => setActive(k as TemplateLocale)}
                data-testid="template-languages"
                items={drafts.map((d) => ({
                  key: d.locale,
                  label: (
                    <span data-testid={`template-tab-${d.locale}`}>
                      {language(d.locale)}
                      {placed.some((p) => p.locale === d.locale) ? <Typography.Text type="danger"> ●</Typography.Text> : null}
                    </span>
                  ),
                  children: (
                    <VariantFields
                      draft={d}
                      languageName={language(d.locale)}
                      readOnly={readOnly}
                      removable={drafts.length > 1}
                      problems={placed}
                      onChange={changeDraft}
                      onRemove={() => removeLanguage(d.locale)}
                    />
                  ),
                }))}
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <TemplatePreview variants={variants} kind={kind} locale={active} mode={mode} onMode={setMode} contact={contact} onContact={setContact} onProblems={onProblems} />
          </Col>
        </Row>
      </Flex>
    </>
  );
}
