import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { SetPriceBookEntriesDocument } from '@rapport/web-data-access';
import { App, Button, Flex, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormModal } from '@rapport/web-core';
import { ProductSelect, type ProductOption } from '../shared/product-select';

export interface PriceTier {
  minQuantity: number | null;
  unitPrice: number | null;
}

interface EntriesValues {
  productId?: string;
  tiers: PriceTier[];
}

export interface PriceEntriesModalProps {
  open: boolean;
  priceBook: { id: string; name: string; currency: string };
  /** Editing one product's prices; without it the admin picks a product to add. */
  product?: ProductOption;
  tiers: PriceTier[];
  onClose: () => void;
}

/**
 * The one place a unit price is typed: an admin sets a product's prices in a book, one row per
 * quantity tier. The API replaces the book's entries for that product, so the form sends them all.
 */
export function PriceEntriesModal({ open, priceBook, product, tiers, onClose }: PriceEntriesModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [setEntries, saving] = useMutation(SetPriceBookEntriesDocument, { refetchQueries: ['PriceBookEntries'], awaitRefetchQueries: true });

  const submit = async (v: EntriesValues) => {
    const productId = product?.id ?? v.productId;
    if (!productId) return;
    const quantities = v.tiers.map((tier) => tier.minQuantity);
    if (new Set(quantities).size !== quantities.length) {
      setFormError(t('revenue.catalog.duplicateTier'));
      return;
    }
    await setEntries({ variables: { input: { priceBookId: priceBook.id, entries: v.tiers.map((tier) => ({ productId, minQuantity: tier.minQuantity ?? 1, unitPrice: tier.unitPrice ?? 0 })) } } });
    void message.success(t('revenue.catalog.pricesSaved'));
    onClose();
  };
  const { setFormError, modal } = useFormModal<EntriesValues>({ open, onClose, fields: ['productId'], submit });

  return (
    <FormModal
      {...modal}
      title={product ? t('revenue.catalog.pricesOf', { product: product.sku, book: priceBook.name }) : t('revenue.catalog.addProductTo', { book: priceBook.name })}
      intro={<Typography.Paragraph type="secondary">{t('revenue.catalog.tiersExplain')}</Typography.Paragraph>}
      submitLabel={t('common.save')}
      submitTestId="prices-submit"
      loading={saving.loading}
      formProps={{ initialValues: { tiers: tiers.length ? tiers : [{ minQuantity: 1, unitPrice: null }] } }}
    >
      {product ? null : (
        <Form.Item name="productId" label={t('revenue.quotes.fields.product')} rules={[{ required: true, message: t('validation.required') }]}>
          <ProductSelect activeOnly={false} data-testid="prices-product" />
        </Form.Item>
      )}
      <Form.List
        name="tiers"
        rules={[
          {
            validator: async (_r, value: PriceTier[]) => {
              if (!value?.length) throw new Error(t('revenue.catalog.oneTier'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={8}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap="small" align="start">
                <Form.Item name={[field.name, 'minQuantity']} label={i === 0 ? t('revenue.catalog.minQuantity') : undefined} rules={[{ required: true, message: t('validation.required') }]} style={{ marginBottom: 0, flex: 1 }}>
                  <InputNumber<number> min={1} max={1_000_000} precision={0} prefix="≥" style={{ width: '100%' }} aria-label={t('revenue.catalog.minQuantityN', { n: i + 1 })} data-testid={`prices-min-${i}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'unitPrice']} label={i === 0 ? t('revenue.catalog.unitPriceIn', { currency: priceBook.currency }) : undefined} rules={[{ required: true, message: t('validation.required') }]} style={{ marginBottom: 0, flex: 2 }}>
                  <InputNumber<number> min={0} max={1e11} precision={2} style={{ width: '100%' }} aria-label={t('revenue.catalog.unitPriceN', { n: i + 1 })} data-testid={`prices-price-${i}`} />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  disabled={fields.length === 1}
                  aria-label={t('revenue.catalog.removeTier', { n: i + 1 })}
                  style={{ marginTop: i === 0 ? 30 : 0 }}
                />
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            <div>
              <Button icon={<PlusOutlined />} onClick={() => add({ minQuantity: null, unitPrice: null })} data-testid="prices-add-tier">
                {t('revenue.catalog.addTier')}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
