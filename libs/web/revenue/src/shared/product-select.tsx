import { useQuery } from '@apollo/client/react';
import { ProductsDocument, type ProductFieldsFragment } from '@rapport/web-data-access';
import { fieldControlProps, useDebouncedValue, type FieldControlProps } from '@rapport/web-ui';
import { Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PicklistText } from '@rapport/web-core';

export type ProductOption = Pick<ProductFieldsFragment, 'id' | 'sku' | 'name' | 'productLine'>;

export interface ProductSelectProps extends FieldControlProps {
  value?: string | null;
  onChange?: (value: string | null, product?: ProductOption) => void;
  /** The chosen product, so its name shows before any search. */
  current?: ProductOption | null;
  /** Quotes only sell active products; the catalog admin prices inactive ones too. */
  activeOnly?: boolean;
  disabled?: boolean;
  status?: 'error';
  'data-testid'?: string;
}

export const productLabel = (p: Pick<ProductOption, 'sku' | 'name'>) => `${p.sku} · ${p.name}`;

/** Picks a product by SKU or name; the API searches (up to 500 by SKU). */
export function ProductSelect({ value, onChange, current, activeOnly = true, disabled, status, ...rest }: ProductSelectProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const { data, previousData, loading, error } = useQuery(ProductsDocument, { variables: { search: search || undefined, activeOnly } });
  const products = useMemo(() => {
    const found: ProductOption[] = [...((data ?? previousData)?.products ?? [])];
    if (current && !found.some((p) => p.id === current.id)) found.unshift(current);
    return found;
  }, [data, previousData, current]);
  const options = products.map((p) => ({
    value: p.id,
    label: productLabel(p),
    title: productLabel(p),
    // Scoped by the select's own test id: several line pickers may have their lists in the page at once.
    'data-testid': `${rest['data-testid'] ?? 'product'}-option-${p.sku}`,
  }));
  return (
    <Select<string>
      {...fieldControlProps(rest)}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null, products.find((p) => p.id === v))}
      options={options}
      optionRender={(o) => {
        const p = products.find((x) => x.id === o.value);
        return p ? (
          <span>
            <ProductLabel sku={p.sku} name={p.name} line={p.productLine} />
          </span>
        ) : (
          o.label
        );
      }}
      loading={loading}
      disabled={disabled}
      status={status}
      placeholder={t('revenue.products.pick')}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      onBlur={() => setText('')}
      notFoundContent={loading ? t('common.loading') : error ? t('errors.loadFailed') : t('search.noResults')}
      popupMatchSelectWidth={false}
      style={{ width: '100%', minWidth: 220 }}
      data-testid={rest['data-testid']}
    />
  );
}

/** A product as lines and pickers name it: SKU, name, and its line in the reader's language. */
export function ProductLabel({ sku, name, line }: { sku: string; name: string; line: string | null | undefined }) {
  return (
    <>
      <Typography.Text strong>{sku}</Typography.Text> {name}
      {line ? (
        <Typography.Text type="secondary">
          {' · '}
          <PicklistText list="productLine" value={line} />
        </Typography.Text>
      ) : null}
    </>
  );
}
