import { formatDate } from '@rapport/web-ui';
import { Alert, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_STATUS_COLORS, consentStatusLabel, suppressionReasonLabel } from './consent-labels';
import { noAnswerMeaning, type AddressConsent, type TypeLine } from './consent-model';

const LIST_STYLE = { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6 } as const;

/** One line: what it is about, the answer as a tag, and what that means for mail. */
function Line({ testId, type, status, label, tag, hint }: { testId: string; type: string; status: string; label: ReactNode; tag: ReactNode; hint?: ReactNode }) {
  return (
    <li data-testid={testId} data-type={type} data-status={status}>
      <Flex wrap gap={6} align="baseline">
        <Typography.Text style={{ minWidth: 140 }}>{label}</Typography.Text>
        {tag}
        {hint ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {hint}
          </Typography.Text>
        ) : null}
      </Flex>
    </li>
  );
}

function TypeRow({ line }: { line: TypeLine }) {
  const { t } = useTranslation();
  const { type, status, since } = line;
  let hint: string;
  if (status === null) hint = noAnswerMeaning(type) === 'notMailed' ? t('consent.panel.notMailed') : t('consent.panel.mailedUntilOptOut');
  else if (status === 'PENDING') hint = t('consent.panel.pendingHint');
  else hint = since ? t('consent.panel.since', { date: formatDate(since) }) : '';
  return (
    <Line
      testId="consent-line"
      type={type.id}
      status={status ?? 'NONE'}
      label={
        <>
          {type.name}
          {type.active ? null : <Typography.Text type="secondary">{` (${t('consent.panel.noLongerOffered')})`}</Typography.Text>}
        </>
      }
      tag={
        <Tag color={CONSENT_STATUS_COLORS[status ?? 'NONE']} style={{ marginInlineEnd: 0 }}>
          {consentStatusLabel(t, status)}
        </Tag>
      }
      hint={hint}
    />
  );
}

/**
 * One address of the person: its suppression first (a warning: nothing below matters while it
 * lasts), then its answer to all marketing ("No marketing at all" when it opted out, which stops
 * every type), then each subscription type's answer and what no answer means for that type.
 */
export function AddressConsentView({ view }: { view: AddressConsent }) {
  const { t } = useTranslation();
  const { address, global, types, suppression } = view;
  const globalOut = global?.status === 'OPTED_OUT';
  // The tag says the answer; the hint what it means for the types.
  const globalHint = globalOut ? `${t('consent.panel.since', { date: formatDate(global.since) })} · ${t('consent.panel.globalOverrides')}` : t('consent.panel.globalDecides');

  return (
    <section aria-label={t('consent.panel.addressLabel', { address })} data-testid="consent-address" data-address={address}>
      <Flex vertical gap={8}>
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {address}
        </Typography.Text>
        {suppression ? (
          <Alert
            type="warning"
            showIcon
            title={t('consent.panel.suppressed', { reason: suppressionReasonLabel(t, suppression.reason) })}
            description={
              <>
                {suppression.detail ? <div data-testid="consent-suppression-detail">{suppression.detail}</div> : null}
                <div>{suppression.reason === 'HARD_BOUNCE' ? t('consent.panel.suppressedAll') : t('consent.panel.suppressedMarketing')}</div>
                <Typography.Text type="secondary">{t('consent.panel.suppressedOn', { date: formatDate(suppression.createdAt) })}</Typography.Text>
              </>
            }
            data-testid="consent-suppression"
            data-reason={suppression.reason}
          />
        ) : null}
        <ul style={LIST_STYLE}>
          <Line
            testId="consent-line"
            type="all"
            status={global?.status ?? 'NONE'}
            label={<Typography.Text strong>{t('consent.panel.allMarketing')}</Typography.Text>}
            tag={
              <Tag color={CONSENT_STATUS_COLORS[global?.status ?? 'NONE']} style={{ marginInlineEnd: 0 }}>
                {globalOut ? t('consent.panel.noMarketing') : consentStatusLabel(t, global?.status ?? null)}
              </Tag>
            }
            hint={globalHint}
          />
          {types.map((line) => (
            <TypeRow key={line.type.id} line={line} />
          ))}
        </ul>
      </Flex>
    </section>
  );
}
