import { DollarOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessageOf, PriceBooksDocument, SavePriceBookDocument, type PriceBookFieldsFragment } from '@rapport/web-data-access';
import { EmptyState, ErrorState, formatDate, LoadingState } from '@rapport/web-ui';
import { Alert, App, Button, Col, DatePicker, Flex, Form, Input, Row, Select, Switch, Table, Tag, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormModal, useFormModal } from '@rapport/web-core';
import { ALL_ACCOUNT_TIERS, accountTierLabel } from '@rapport/web-core';
import { accountPath } from '@rapport/web-core';
import { AccountSelect } from '@rapport/web-core';
import { CURRENCY_PATTERN } from '@rapport/web-core';
import { BOOK_KIND_COLORS, BOOK_KINDS_ORDER, bookKindLabel } from '../revenue-labels';
import { useRecordNames } from '../use-record-names';
import { PriceBookEntriesDrawer } from './price-book-entries';

interface BookValues {
  name: string;
  kind: string;
  tier?: string;
  accountId?: string | null;
  currency: string;
  effectiveFrom?: Dayjs | null;
  effectiveTo?: Dayjs | null;
  active: boolean;
}

const FORM_FIELDS = ['name', 'kind', 'tier', 'accountId', 'currency', 'effectiveFrom', 'effectiveTo', 'active'] as const;
const day = (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);
// Account tiers are stored lower-case (`strategic`); the labels are keyed by the GraphQL enum.
const tierLabel = (t: Parameters<typeof accountTierLabel>[0], tier: string) => accountTierLabel(t, tier.toUpperCase() as never);

function PriceBookFormModal({ book, open, accountName, onClose }: { book?: PriceBookFieldsFragment; open: boolean; accountName?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, saving] = useMutation(SavePriceBookDocument, { refetchQueries: ['PriceBooks'] });
  const submit = async (v: BookValues) => {
    await save({
      variables: {
        input: {
          id: book?.id,
          name: v.name.trim(),
          kind: v.kind,
          tier: v.kind === 'tier' ? v.tier : null,
          accountId: v.kind === 'account' ? v.accountId : null,
          currency: v.currency,
          effectiveFrom: day(v.effectiveFrom),
          effectiveTo: day(v.effectiveTo),
          active: v.active,
        },
      },
    });
    void message.success(t('revenue.catalog.bookSaved', { name: v.name.trim() }));
    onClose();
  };
  const { firstField, form, modal } = useFormModal<BookValues>({ open, onClose, fields: FORM_FIELDS, submit });
  const kind = Form.useWatch('kind', form) ?? book?.kind ?? 'standard';
  return (
    <FormModal
      {...modal}
      title={book ? t('revenue.catalog.editBook') : t('revenue.catalog.newBook')}
      submitLabel={t('common.save')}
      submitTestId="book-submit"
      loading={saving.loading}
      formProps={{
        initialValues: book
          ? { ...book, tier: book.tier ?? undefined, effectiveFrom: book.effectiveFrom ? dayjs(book.effectiveFrom) : null, effectiveTo: book.effectiveTo ? dayjs(book.effectiveTo) : null }
          : { kind: 'standard', currency: 'CNY', active: true },
      }}
    >
      <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
        <Input ref={firstField} autoComplete="off" data-testid="book-name" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={t('revenue.catalog.kind')} extra={t('revenue.catalog.kindHint')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select data-testid="book-kind" options={BOOK_KINDS_ORDER.map((k) => ({ value: k, label: bookKindLabel(t, k), 'data-testid': `book-kind-${k}` }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {kind === 'tier' ? (
            <Form.Item name="tier" label={t('fields.tier')} rules={[{ required: true, message: t('validation.required') }]}>
              <Select data-testid="book-tier" options={ALL_ACCOUNT_TIERS.map((tier) => ({ value: tier.toLowerCase(), label: accountTierLabel(t, tier) }))} />
            </Form.Item>
          ) : kind === 'account' ? (
            <Form.Item name="accountId" label={t('fields.account')} rules={[{ required: true, message: t('validation.required') }]}>
              <AccountSelect current={book?.accountId ? { id: book.accountId, name: accountName ?? book.accountId } : null} data-testid="book-account" />
            </Form.Item>
          ) : null}
        </Col>
        <Col xs={8}>
          <Form.Item name="currency" label={t('fields.currency')} normalize={(v?: string) => v?.toUpperCase()} rules={[{ required: true, pattern: CURRENCY_PATTERN, message: t('validation.currency') }]}>
            <Input maxLength={3} autoComplete="off" data-testid="book-currency" />
          </Form.Item>
        </Col>
        <Col xs={8}>
          <Form.Item name="effectiveFrom" label={t('revenue.catalog.effectiveFrom')}>
            <DatePicker style={{ width: '100%' }} data-testid="book-from" />
          </Form.Item>
        </Col>
        <Col xs={8}>
          <Form.Item name="effectiveTo" label={t('revenue.catalog.effectiveTo')}>
            <DatePicker style={{ width: '100%' }} data-testid="book-to" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="active" label={t('revenue.catalog.active')} valuePropName="checked">
        <Switch data-testid="book-active" />
      </Form.Item>
    </FormModal>
  );
}

type Editing = { book?: PriceBookFieldsFragment } | null;

/** Price books in resolution order (account, tier, standard); each opens its prices. */
export function PriceBooksTab({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const [viewing, setViewing] = useState<PriceBookFieldsFragment | null>(null);
  const { data, loading, error, refetch } = useQuery(PriceBooksDocument);
  const books = data?.priceBooks ?? [];
  const names = useRecordNames({ accountIds: books.map((b) => b.accountId) });
  const columns: TableColumnsType<PriceBookFieldsFragment> = [
    { key: 'name', title: t('fields.name'), dataIndex: 'name' },
    { key: 'kind', title: t('revenue.catalog.kind'), render: (_: unknown, b) => <Tag color={BOOK_KIND_COLORS[b.kind]}>{bookKindLabel(t, b.kind)}</Tag> },
    {
      key: 'appliesTo',
      title: t('revenue.catalog.appliesTo'),
      render: (_: unknown, b) =>
        b.kind === 'tier' && b.tier ? tierLabel(t, b.tier) : b.kind === 'account' && b.accountId ? <Link to={accountPath(b.accountId)}>{names.account(b.accountId) ?? t('revenue.quotes.openAccount')}</Link> : t('revenue.catalog.everyone'),
    },
    { key: 'currency', title: t('fields.currency'), dataIndex: 'currency' },
    {
      key: 'dates',
      title: t('revenue.catalog.effective'),
      render: (_: unknown, b) => (b.effectiveFrom || b.effectiveTo ? `${formatDate(b.effectiveFrom) ?? '…'} – ${formatDate(b.effectiveTo) ?? '…'}` : t('revenue.catalog.always')),
    },
    { key: 'active', title: t('revenue.catalog.active'), render: (_: unknown, b) => (b.active ? <Tag color="green">{t('revenue.catalog.activeYes')}</Tag> : <Tag>{t('revenue.catalog.activeNo')}</Tag>) },
    {
      key: 'actions',
      title: t('common.actions'),
      align: 'end',
      render: (_: unknown, b) => (
        <Flex gap={4} justify="end">
          <Button type="link" icon={<DollarOutlined />} onClick={() => setViewing(b)} data-testid={`book-prices-${b.id}`}>
            {t('revenue.catalog.prices')}
          </Button>
          {canEdit ? (
            <Button type="link" icon={<EditOutlined />} onClick={() => setEditing({ book: b })} aria-label={t('revenue.catalog.editNamed', { name: b.name })} data-testid={`book-edit-${b.id}`}>
              {t('common.edit')}
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ];

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!data && error) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (books.length === 0) body = <EmptyState description={t('revenue.catalog.noBooks')} />;
  else body = <Table<PriceBookFieldsFragment> rowKey="id" dataSource={books} columns={columns} pagination={false} scroll={{ x: 'max-content' }} data-testid="books-table" />;

  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" wrap justify="space-between" align="center">
        <Alert type="info" showIcon title={t('revenue.catalog.resolution')} style={{ flex: 1, minWidth: 280 }} />
        {canEdit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="book-create">
            {t('revenue.catalog.newBook')}
          </Button>
        ) : null}
      </Flex>
      {body}
      <PriceBookFormModal open={editing !== null} book={editing?.book} accountName={names.account(editing?.book?.accountId)} onClose={() => setEditing(null)} />
      <PriceBookEntriesDrawer book={viewing} canEdit={canEdit} onClose={() => setViewing(null)} />
    </Flex>
  );
}
