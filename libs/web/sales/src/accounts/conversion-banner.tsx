import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { personName } from '@rapport/web-core';
import { accountPath, contactPath, opportunityPath } from '@rapport/web-core';
import type { ConversionResult } from '../leads/convert-lead-modal';

function conversionFrom(state: unknown): ConversionResult | undefined {
  if (!state || typeof state !== 'object' || !('conversion' in state)) return undefined;
  return (state as { conversion?: ConversionResult }).conversion;
}

/**
 * After "Convert", the lead page comes here with the result in the history state: what was
 * created, what already existed and was linked, with links to each.
 */
export function ConversionBanner() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const result = conversionFrom(location.state);
  if (!result) return null;
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose: () => navigate(location.pathname, { replace: true, state: null }) }}
      style={{ marginBottom: 16 }}
      data-testid="convert-result"
      title={t('convert.done', { name: personName(result.lead) })}
      description={
        <Flex vertical gap={4}>
          <Typography.Text>
            {result.accountCreated ? t('convert.accountCreated') : t('convert.accountLinked')}{' '}
            <Link to={accountPath(result.account.id)} data-testid="convert-result-account">
              {result.account.name}
            </Link>
          </Typography.Text>
          <Typography.Text>
            {result.contactCreated ? t('convert.contactCreated') : t('convert.contactLinked')}{' '}
            <Link to={contactPath(result.contact.id)} data-testid="convert-result-contact">
              {personName(result.contact)}
            </Link>
          </Typography.Text>
          {result.opportunity ? (
            <Typography.Text>
              {t('convert.opportunityCreated')}{' '}
              <Link to={opportunityPath(result.opportunity.id)} data-testid="convert-result-opportunity">
                {result.opportunity.name}
              </Link>
            </Typography.Text>
          ) : null}
        </Flex>
      }
    />
  );
}
