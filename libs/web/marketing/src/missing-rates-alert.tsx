import { usePermissions } from '@rapport/web-core';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The admin screen where rates are kept (the app's route; marketing only links to it). */
export const EXCHANGE_RATES_PATH = '/admin/exchange-rates';

/**
 * Currencies without any exchange rate (`missingRates`): the API leaves their amounts out rather
 * than add them up as if they were the report's currency, so the figures are short by them and the
 * reader has to know. Who may keep the rates gets the way there; everyone else, whom to ask.
 */
export function MissingRatesAlert({ currencies, testId }: { currencies: readonly string[]; testId: string }) {
  const { t, i18n } = useTranslation();
  const canKeepRates = usePermissions().allows([{ object: 'catalog', action: 'write' }]);
  if (!currencies.length) return null;
  const list = new Intl.ListFormat(i18n.language || 'en', { type: 'conjunction' }).format(currencies);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid={testId}
      title={t('marketing.missingRates.title', { currencies: list })}
      description={canKeepRates ? <Link to={EXCHANGE_RATES_PATH}>{t('marketing.missingRates.addRates')}</Link> : t('marketing.missingRates.askAdmin')}
    />
  );
}
