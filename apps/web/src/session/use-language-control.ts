import { useMutation } from '@apollo/client/react';
import { UpdateMyPreferencesDocument } from '@rapport/web-data-access';
import { currentLanguage, localeFromLanguage, setLanguage, type Language } from '@rapport/web-ui';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOptionalSessionUser } from '@rapport/web-core';

/**
 * The language switch's behaviour: switch at once and remember it on this device; when signed in
 * also save it to the profile so other devices and e-mails follow. A failed save does not undo
 * the switch; the person is told the choice was not saved.
 */
export function useLanguageControl(): { language: Language; change: (language: Language) => void } {
  // useTranslation also re-renders this hook's owner when the language changes.
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useOptionalSessionUser();
  const [save] = useMutation(UpdateMyPreferencesDocument);

  const change = (language: Language) => {
    void setLanguage(language);
    if (!user) return;
    save({ variables: { input: { locale: localeFromLanguage(language) } } }).catch(() => {
      void message.warning(t('language.saveFailed'));
    });
  };

  return { language: currentLanguage(), change };
}
