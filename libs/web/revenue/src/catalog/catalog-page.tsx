import { PageHeader } from '@rapport/web-ui';
import { Alert, Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { usePermissions } from '@rapport/web-core';
import { REVENUE_NEEDS } from '../revenue-access';
import { PriceBooksTab } from './price-books-tab';
import { ProductsTab } from './products-tab';
import { TolerancesTab } from './tolerances-tab';

const TABS = ['products', 'books', 'tolerances'] as const;
type Tab = (typeof TABS)[number];

/** /sales/catalog: products, price books with their prices, discount tolerances. Admins edit; everyone else reads. */
export function CatalogPage() {
  const { t } = useTranslation();
  usePageTitle(t('revenue.catalog.title'));
  const canEdit = usePermissions().allows(REVENUE_NEEDS.catalogWrite);
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'products';
  return (
    <>
      <PageHeader title={t('revenue.catalog.title')} subtitle={t('revenue.catalog.subtitle')} />
      {canEdit ? null : <Alert type="info" showIcon title={t('revenue.catalog.readOnly')} style={{ marginBottom: 16 }} data-testid="catalog-read-only" />}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'products' ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'products', label: <span data-testid="catalog-tab-products">{t('revenue.catalog.products')}</span>, children: <ProductsTab canEdit={canEdit} /> },
            { key: 'books', label: <span data-testid="catalog-tab-books">{t('revenue.catalog.priceBooks')}</span>, children: <PriceBooksTab canEdit={canEdit} /> },
            { key: 'tolerances', label: <span data-testid="catalog-tab-tolerances">{t('revenue.catalog.tolerances')}</span>, children: <TolerancesTab canEdit={canEdit} /> },
          ]}
        />
      </Card>
    </>
  );
}

export default CatalogPage;
