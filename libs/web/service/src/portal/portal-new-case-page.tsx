import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { fieldErrorsOf, OpenPortalCaseDocument, PortalKnowledgeSearchDocument, PortalProductsDocument, PortalRecordDeflectionDocument } from '@rapport/web-data-access';
import { usePageTitle } from '@rapport/web-core';
import { Alert, App, Button, Drawer, Form, Input, Select } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PortalArticle } from './portal-article';
import { portalErrorMessage } from './portal-errors';
import { PortalFilePicker, usePortalFiles } from './portal-files';
import { PortalHits } from './portal-hits';
import { portalCasePath } from './portal-paths';

interface NewCaseValues {
  subject: string;
  description: string;
  productId?: string;
}

/** How long typing pauses before the suggestions follow it. */
export const SUGGEST_DELAY_MS = 400;

/** What the customer typed, quietly: the words the suggestions search for. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * A new case: while the customer types, public articles that match any of their words are shown
 * (and open in place). Leaving without submitting after reading one counts as a deflection: the
 * knowledge base answered (issue 19 item 3).
 */
export default function PortalNewCasePage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.newCase.title'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewCaseValues>();
  const subject = Form.useWatch('subject', form) ?? '';
  const description = Form.useWatch('description', form) ?? '';
  const productId = Form.useWatch('productId', form) ?? null;
  const typed = useDebounced(`${subject} ${description}`.trim().slice(0, 500), SUGGEST_DELAY_MS);
  // Suggestions follow the chosen product too (articles related to it), when one is chosen.
  const { data } = useQuery(PortalKnowledgeSearchDocument, { variables: { query: typed, first: 5, anyWord: true, ...(productId ? { productId } : {}) }, skip: !typed });
  const products = useQuery(PortalProductsDocument).data?.portalProducts ?? [];
  const files = usePortalFiles();
  const hits = typed ? (data?.searchKnowledge ?? []) : [];
  const [open, { loading }] = useMutation(OpenPortalCaseDocument);
  const [failure, setFailure] = useState<string>();
  const [reading, setReading] = useState<string>();

  // Read articles and what was typed, for the deflection when the page is left unsent.
  const opened = useRef(new Set<string>());
  const latest = useRef('');
  latest.current = `${subject}\n${description}`.trim();
  const submitted = useRef(false);
  const onOpened = useCallback((id: string) => opened.current.add(id), []);

  useEffect(() => {
    let recorded = false;
    const record = () => {
      if (recorded || submitted.current || opened.current.size === 0) return;
      recorded = true;
      const input = { articleIds: [...opened.current], query: latest.current.slice(0, 1000) || null };
      // A statistic: nothing to tell the customer if it is lost.
      client.mutate({ mutation: PortalRecordDeflectionDocument, variables: { input } }).catch(() => undefined);
    };
    window.addEventListener('pagehide', record);
    return () => {
      window.removeEventListener('pagehide', record);
      record();
    };
  }, [client]);

  const onFinish = async ({ subject: s, description: d, productId: p }: NewCaseValues) => {
    setFailure(undefined);
    try {
      const result = await open({ variables: { input: { subject: s.trim(), description: d.trim(), ...(p ? { productId: p } : {}) } } });
      const created = result.data?.openPortalCase;
      if (!created) return;
      submitted.current = true;
      // The files go onto the case's first message, now that it exists; the case page says which were refused.
      const first = created.messages[0];
      const refused = first ? await files.sendTo(created.id, first.id) : [];
      void message.success(t('portal.newCase.opened', { number: created.number }));
      await navigate(portalCasePath(created.id), { state: refused.length ? { refusedFiles: refused } : undefined });
    } catch (error) {
      const fields = fieldErrorsOf(error);
      const own = fields.filter((f) => /(^|\.)(subject|description|productId)$/.test(f.path));
      form.setFields((['subject', 'description', 'productId'] as const).map((name) => ({ name, errors: own.filter((f) => f.path.endsWith(name)).map((f) => f.message) })));
      if (own.length < fields.length || !fields.length) setFailure(fields.find((f) => !own.includes(f))?.message ?? portalErrorMessage(error, t));
    }
  };

  return (
    <>
      <h1>{t('portal.newCase.title')}</h1>
      {failure ? <Alert data-testid="portal-new-case-error" type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} /> : null}
      <Form<NewCaseValues> form={form} layout="vertical" requiredMark={false} className="portal-card" onFinish={(v) => void onFinish(v)} disabled={loading || files.sending}>
        {products.length ? (
          <Form.Item name="productId" label={t('portal.newCase.product')}>
            <Select
              data-testid="portal-new-product"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('portal.newCase.productPlaceholder')}
              options={products.map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="subject" label={t('portal.newCase.subject')} rules={[{ required: true, whitespace: true, message: t('portal.validation.required') }]}>
          <Input data-testid="portal-new-subject" maxLength={300} />
        </Form.Item>
        <Form.Item name="description" label={t('portal.newCase.description')} rules={[{ required: true, whitespace: true, message: t('portal.validation.required') }]}>
          <Input.TextArea data-testid="portal-new-description" autoSize={{ minRows: 4, maxRows: 14 }} maxLength={20000} />
        </Form.Item>
        <PortalFilePicker files={files} disabled={loading || files.sending} />
        <Button data-testid="portal-new-submit" type="primary" htmlType="submit" block loading={loading || files.sending}>
          {t('portal.newCase.submit')}
        </Button>
      </Form>
      {hits.length ? (
        <section data-testid="portal-suggestions" aria-live="polite">
          <h2>{t('portal.newCase.suggestions')}</h2>
          <PortalHits hits={hits} onOpen={setReading} />
        </section>
      ) : null}
      <Drawer open={!!reading} onClose={() => setReading(undefined)} placement="bottom" size="large" destroyOnHidden>
        {reading ? <PortalArticle id={reading} headingLevel={2} onOpened={onOpened} /> : null}
      </Drawer>
    </>
  );
}
