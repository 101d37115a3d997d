import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { ClosePortalCaseDocument, fieldErrorsOf, PortalCaseDocument, ReplyToPortalCaseDocument, type PortalCaseFieldsFragment } from '@rapport/web-data-access';
import { usePageTitle } from '@rapport/web-core';
import { formatDateTime, LoadingState } from '@rapport/web-ui';
import { Alert, App, Button, Form, Input, Popconfirm, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { CATEGORY_COLOR } from './portal-cases-page';
import { portalErrorMessage } from './portal-errors';
import { PortalAttachmentLinks, PortalFilePicker, usePortalFiles, type RefusedFile } from './portal-files';
import { PORTAL_PATHS } from './portal-paths';
import { PortalSurveyCard } from './portal-survey';

/** One of the customer's cases: the thread oldest first, a reply box, closing it, and its survey once done. */
export default function PortalCasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(PortalCaseDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const found = data?.portalCase;
  usePageTitle(found ? `${found.number} ${found.subject}` : t('portal.cases.title'));

  const back = (
    <Link to={PORTAL_PATHS.home} style={{ display: 'inline-block', marginBottom: 8 }}>
      ← {t('portal.case.back')}
    </Link>
  );
  if (data && !found) {
    return (
      <>
        {back}
        <Alert data-testid="portal-case-missing" type="warning" showIcon title={t('portal.cases.notFound')} />
      </>
    );
  }
  if (!found && error) {
    return (
      <>
        {back}
        <Alert data-testid="portal-case-error" type="error" showIcon role="alert" title={portalErrorMessage(error, t)} action={<Button onClick={() => void refetch()}>{t('portal.cases.retry')}</Button>} />
      </>
    );
  }
  if (!found) return <LoadingState />;
  return (
    <>
      {back}
      <RefusedFilesNotice />
      <CaseView kase={found} />
    </>
  );
}

function CaseView({ kase }: { kase: PortalCaseFieldsFragment }) {
  const { t } = useTranslation();
  const done = kase.statusCategory === 'RESOLVED' || kase.statusCategory === 'CLOSED';
  const closed = kase.statusCategory === 'CLOSED';
  return (
    <article>
      <header className="portal-card">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <Tag data-testid="portal-case-status" color={CATEGORY_COLOR[kase.statusCategory]}>
            {kase.statusName}
          </Tag>
          <span>{kase.number}</span>
        </div>
        <h1 style={{ margin: '8px 0' }}>{kase.subject}</h1>
        <div>{t('portal.case.opened', { at: formatDateTime(kase.createdAt) })}</div>
        {kase.responseDueAt ? <div data-testid="portal-case-due">{t('portal.cases.dueBy', { at: formatDateTime(kase.responseDueAt) })}</div> : null}
      </header>
      <ol data-testid="portal-thread" style={{ listStyle: 'none', padding: 0 }}>
        {kase.messages.map((m) => (
          <li key={m.id} className="portal-message" data-testid="portal-message" data-from={m.fromCustomer ? 'customer' : 'support'}>
            <div style={{ fontSize: 12, marginBottom: 4 }}>
              <strong>{m.fromCustomer ? t('portal.case.you') : (m.authorName ?? t('portal.case.support'))}</strong> · {formatDateTime(m.createdAt)}
            </div>
            {m.body}
            <PortalAttachmentLinks attachments={m.attachments} />
          </li>
        ))}
      </ol>
      {done ? <PortalSurveyCard caseId={kase.id} /> : null}
      {closed ? <p data-testid="portal-case-closed">{t('portal.case.closed')}</p> : <ReplyBox caseId={kase.id} />}
    </article>
  );
}

/** The files a new case's page could not send (the case was opened all the same): which, and why. */
function RefusedFilesNotice() {
  const { t } = useTranslation();
  const refused = (useLocation().state as { refusedFiles?: RefusedFile[] } | null)?.refusedFiles ?? [];
  if (!refused.length) return null;
  return (
    <Alert
      data-testid="portal-files-refused"
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      title={t('portal.files.someRefused')}
      description={
        <ul className="portal-refused-list">
          {refused.map((f, i) => (
            <li key={i}>
              <strong>{f.name}</strong>: {f.error}
            </li>
          ))}
        </ul>
      }
    />
  );
}

function ReplyBox({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string }>();
  const [reply, replying] = useMutation(ReplyToPortalCaseDocument);
  const [close, closing] = useMutation(ClosePortalCaseDocument);
  const files = usePortalFiles();
  const client = useApolloClient();

  const send = async ({ body }: { body: string }) => {
    try {
      const result = await reply({ variables: { input: { caseId, body } } });
      form.resetFields();
      // The reply is the thread's newest message from the customer: its files go onto it.
      const mine = result.data?.replyToPortalCase?.messages.filter((m) => m.fromCustomer).at(-1);
      const waiting = files.files.some((f) => f.state === 'waiting');
      const refused = mine && waiting ? await files.sendTo(caseId, mine.id) : [];
      // The thread shows the files the API kept.
      if (mine && waiting) await client.query({ query: PortalCaseDocument, variables: { id: caseId }, fetchPolicy: 'network-only' }).catch(() => undefined);
      if (refused.length) void message.warning(t('portal.files.someRefused'));
      else void message.success(t('portal.case.sent'));
    } catch (error) {
      const fields = fieldErrorsOf(error);
      form.setFields([{ name: 'body', errors: fields.length ? fields.map((f) => f.message) : [portalErrorMessage(error, t)] }]);
    }
  };

  const closeCase = async () => {
    try {
      await close({ variables: { input: { caseId } } });
    } catch (error) {
      void message.error(portalErrorMessage(error, t));
    }
  };

  return (
    <section className="portal-card">
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void send(v)} disabled={replying.loading}>
        <Form.Item name="body" label={t('portal.case.reply')} rules={[{ required: true, whitespace: true, message: t('portal.validation.required') }]}>
          <Input.TextArea data-testid="portal-reply" autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20000} />
        </Form.Item>
        <PortalFilePicker files={files} disabled={replying.loading || files.sending} />
        <div style={{ display: 'flex', gap: 8, justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Popconfirm title={t('portal.case.closeConfirm')} okText={t('portal.case.closeYes')} cancelText={t('portal.case.cancel')} onConfirm={() => void closeCase()}>
            <Button data-testid="portal-close" danger loading={closing.loading}>
              {t('portal.case.close')}
            </Button>
          </Popconfirm>
          <Button data-testid="portal-send" type="primary" htmlType="submit" loading={replying.loading || files.sending}>
            {t('portal.case.send')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
