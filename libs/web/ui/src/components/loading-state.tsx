import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function LoadingState({ fullPage }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullPage ? '100vh' : 240 }}>
      <Spin size="large" description={t('common.loading')} />
    </Flex>
  );
}
