import { antdLocaleFor, APP_THEME, currentLanguage, useAntdAccessibility } from '@rapport/web-ui';
import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * antd's theme, and its own texts (pagination, pickers, Empty) in the language chosen in i18next.
 * The one provider the login page needs; the signed-in ones are in signed-in-providers.tsx.
 */
export function LocalizedAntd({ children }: { children: ReactNode }) {
  // Subscribes to language changes so ConfigProvider re-renders with the new locale.
  useTranslation();
  // Names for what antd draws unnamed (a Select's open list, icon-only buttons), here once.
  useAntdAccessibility();
  return (
    // autoInsertSpace off: antd would render "登入" as "登 入", unlike every other label.
    <ConfigProvider locale={antdLocaleFor(currentLanguage())} theme={APP_THEME} button={{ autoInsertSpace: false }}>
      {children}
    </ConfigProvider>
  );
}
