import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateQuoteDocument,
  DiscountTolerancesDocument,
  errorCodeOf,
  errorMessageOf,
  fieldErrorsOf,
  mapFieldErrors,
  UpdateQuoteDocument,
  type QuoteDetailFragment,
} from '@rapport/web-data-access';
import { i18n } from '@rapport/web-ui';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '@rapport/web-core';
import { QUOTE_LANGUAGES, quoteLanguageLabel } from '../revenue-labels';
import { evictLists } from '../shared/evict';
import { newDraftLine, QuoteLinesEditor, type DraftLine } from './quote-lines-editor';
import { previewQuote, previewSummary, toleranceFor, toleranceRole } from './quote-preview';
import { QuoteTotals } from './quote-totals';
import { useLinePrices } from './use-line-prices';

interface HeaderValues {
  name?: string;
  validUntil?: Dayjs | null;
  language: string;
  discountPercent: number | null;
  notes?: string;
}

const FORM_FIELDS = ['name', 'validUntil', 'language', 'discountPercent', 'notes'] as const;

export interface QuoteEditorProps {
  /** The deal the quote is for, and what pricing needs to know about it. */
  deal: { opportunityId: string; accountId: string; currency: string };
  /** Editing a saved draft (or a rejected quote); without it a new quote is created. */
  quote?: QuoteDetailFragment;
  onSaved: (quote: QuoteDetailFragment) => void;
  onCancel: () => void;
}

/** Lines to edit from a saved quote: its products and quantities, never its prices. */
function draftLinesOf(quote?: QuoteDetailFragment): DraftLine[] {
  if (!quote?.lines.length) return [newDraftLine()];
  return quote.lines.map((l) =>
    newDraftLine({
      productId: l.productId,
      product: { id: l.productId, sku: l.sku, name: l.productName, productLine: l.productLine },
      quantity: l.quantity,
      discountPercent: l.discountPercent,
    }),
  );
}

/** Splits the server's field errors into per-line messages and the rest. */
function splitErrors(error: unknown, t: TFunction) {
  const lineErrors: Record<number, string> = {};
  const others = fieldErrorsOf(error).filter((f) => {
    const m = /^input\.lines\.(\d+)/.exec(f.path);
    if (m) lineErrors[Number(m[1])] = f.message;
    return !m;
  });
  const mapped = mapFieldErrors(others, FORM_FIELDS);
  const sentence = mapped.unmatched.join(' ') || (Object.keys(lineErrors).length || mapped.fields.length ? undefined : errorCodeOf(error) ? (errorMessageOf(error) ?? t('errors.generic')) : t('errors.network'));
  return { lineErrors, fields: mapped.fields, sentence };
}

/**
 * Creates or edits a quote. People choose products, quantities and discounts; every price on
 * screen is the server's (`priceFor` while editing), and the server prices the quote again on save.
 */
export function QuoteEditor({ deal, quote, onSaved, onCancel }: QuoteEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useSessionUser();
  const [form] = Form.useForm<HeaderValues>();
  const [lines, setLines] = useState<DraftLine[]>(() => draftLinesOf(quote));
  const [lineErrors, setLineErrors] = useState<Record<number, string>>({});
  const [formError, setFormError] = useState<string>();
  const quoteDiscount = Form.useWatch('discountPercent', form) ?? quote?.discountPercent ?? 0;
  const { priceOf, error: priceError } = useLinePrices(deal.accountId, deal.currency, lines);
  const tolerances = useQuery(DiscountTolerancesDocument);
  const [createQuote, created] = useMutation(CreateQuoteDocument, { update: evictLists('quotes', 'quotePriceConflicts') });
  const [updateQuote, updated] = useMutation(UpdateQuoteDocument, { update: evictLists('quotes', 'quotePriceConflicts') });
  const saving = created.loading || updated.loading;

  const preview = previewQuote(
    lines.map((l) => ({ unitPrice: priceOf(l.productId, l.quantity)?.unitPrice, quantity: l.quantity, discountPercent: l.discountPercent })),
    quoteDiscount,
  );
  const summary = previewSummary(preview, deal.currency, i18n.language);
  // The warning mirrors the server's rule for the quote owner's role; the server still decides.
  const rules = tolerances.data?.discountTolerances;
  const allowedDiscount = (productLine: string | null | undefined) => (rules ? toleranceFor(rules, toleranceRole(me.role), productLine) : undefined);

  const save = async (v: HeaderValues) => {
    setFormError(undefined);
    setLineErrors({});
    const missing = lines.findIndex((l) => !l.productId || !l.quantity);
    if (missing >= 0) {
      setLineErrors({ [missing]: t('revenue.quotes.lineIncomplete') });
      return;
    }
    const inputLines = lines.map((l) => ({ productId: l.productId!, quantity: l.quantity!, discountPercent: l.discountPercent ?? 0 }));
    const common = {
      name: v.name?.trim() || undefined,
      validUntil: v.validUntil ? v.validUntil.format('YYYY-MM-DD') : undefined,
      language: v.language,
      discountPercent: v.discountPercent ?? 0,
      notes: v.notes?.trim() || null,
      lines: inputLines,
    };
    try {
      const saved = quote
        ? (await updateQuote({ variables: { input: { id: quote.id, ...common } } })).data?.updateQuote.quote
        : (await createQuote({ variables: { input: { opportunityId: deal.opportunityId, ...common } } })).data?.createQuote.quote;
      if (!saved) return;
      void message.success(quote ? t('revenue.quotes.saved') : t('revenue.quotes.created', { name: saved.name }));
      onSaved(saved);
    } catch (e) {
      const split = splitErrors(e, t);
      setLineErrors(split.lineErrors);
      if (split.fields.length) form.setFields(split.fields as Parameters<typeof form.setFields>[0]);
      setFormError(split.sentence);
    }
  };

  return (
    <Form<HeaderValues>
      form={form}
      layout="vertical"
      onFinish={save}
      disabled={saving}
      initialValues={{
        name: quote?.name,
        validUntil: quote?.validUntil ? dayjs(quote.validUntil) : dayjs().add(30, 'day'),
        language: quote?.language ?? ((QUOTE_LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : 'en'),
        discountPercent: quote?.discountPercent ?? 0,
        notes: quote?.notes ?? undefined,
      }}
      data-testid="quote-editor"
    >
      <Flex vertical gap={16}>
        {formError ? <Alert type="error" showIcon title={formError} data-testid="quote-editor-error" /> : null}
        {priceError ? <Alert type="warning" showIcon title={t('revenue.quotes.priceFailed')} description={priceError} /> : null}
        <Card size="small" title={t('revenue.quotes.detailsCard')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('fields.name')} extra={quote ? undefined : t('revenue.quotes.nameHint')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
                <Input autoComplete="off" data-testid="quote-name" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="validUntil" label={t('revenue.quotes.fields.validUntil')}>
                <DatePicker style={{ width: '100%' }} data-testid="quote-valid-until" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="language" label={t('revenue.quotes.fields.language')} rules={[{ required: true, message: t('validation.required') }]}>
                <Select data-testid="quote-language" options={QUOTE_LANGUAGES.map((l) => ({ value: l, label: quoteLanguageLabel(l), 'data-testid': `quote-language-${l}` }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="discountPercent" label={t('revenue.quotes.fields.quoteDiscount')}>
                <InputNumber<number> min={0} max={100} precision={2} suffix="%" style={{ width: '100%' }} data-testid="quote-discount" />
              </Form.Item>
            </Col>
            <Col xs={24} md={18}>
              <Form.Item name="notes" label={t('revenue.quotes.fields.notes')} rules={[{ max: 5000, message: t('validation.maxLength', { max: 5000 }) }]}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="quote-notes" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={t('revenue.quotes.linesCard')}>
          <QuoteLinesEditor
            lines={lines}
            onChange={(next) => {
              setLines(next);
              setLineErrors({});
            }}
            currency={deal.currency}
            quoteDiscount={quoteDiscount}
            priceOf={priceOf}
            nets={preview.lines}
            allowedDiscount={allowedDiscount}
            lineErrors={lineErrors}
          />
          <div style={{ marginTop: 16 }}>
            <QuoteTotals
              testId="quote-preview"
              preview
              incomplete={!preview.complete && lines.some((l) => l.productId)}
              subtotal={summary.subtotal}
              discountPercent={quoteDiscount}
              discountAmount={summary.quoteDiscount}
              total={summary.total}
            />
          </div>
        </Card>
        <Flex gap="small" justify="end">
          <Button onClick={onCancel} data-testid="quote-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving} data-testid="quote-save">
            {quote ? t('common.save') : t('revenue.quotes.createSubmit')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
