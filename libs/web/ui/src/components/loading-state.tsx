import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A page or part of one still loading (data, or the page's own code on a first visit). */
export function LoadingState({ fullPage }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex role="status" aria-busy align="center" justify="center" style={{ minHeight: fullPage ? '100vh' : 240 }}>
      <Spin size="large" description={t('common.loading')} />
    </Flex>
  );
}
