import { EmptyState, PageHeader } from '@rapport/web-ui';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@rapport/web-core';
import { MODULE_TEXTS, type DomainModule } from './domain-modules';

/** Placeholder until the module's feature lib replaces the route. */
export function DomainPage({ module }: { module: DomainModule }) {
  const { t } = useTranslation();
  const texts = MODULE_TEXTS[module];
  const title = texts.title(t);
  usePageTitle(title);
  return (
    <>
      <PageHeader title={title} />
      <Card>
        <EmptyState description={texts.empty(t)} />
      </Card>
    </>
  );
}
