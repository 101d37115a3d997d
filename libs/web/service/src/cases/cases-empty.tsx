import { usePermissions } from '@rapport/web-core';
import { Button, Flex, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

// One literal key per reason, so the key check sees each of them.
const EMPTY_TEXT: Record<'filtered' | 'none' | 'visible', (t: TFunction) => string> = {
  filtered: (t) => t('service.list.empty.filtered'),
  none: (t) => t('service.list.empty.none'),
  visible: (t) => t('service.list.empty.visible'),
};

/**
 * Why the case list is empty, honestly: filters that match nothing; no cases at all ("New case"
 * for those who may open one); or none this viewer may see (their own and their team's, and
 * those of the customers they may read).
 */
export function CasesEmpty({ filtered, onCreate }: { filtered: boolean; onCreate?: () => void }) {
  const { t } = useTranslation();
  const scope = usePermissions().scope('case', 'read');
  const kind = filtered ? 'filtered' : scope === 'ALL' ? 'none' : 'visible';
  return (
    <Flex vertical align="center" gap={8} data-testid="cases-empty" data-kind={kind}>
      <Typography.Text>{EMPTY_TEXT[kind](t)}</Typography.Text>
      {kind === 'none' && onCreate ? (
        <Button type="primary" onClick={onCreate} data-testid="case-create-empty">
          {t('service.list.createFirst')}
        </Button>
      ) : null}
    </Flex>
  );
}
