import { useQuery } from '@apollo/client/react';
import {
  ContactConsentDocument,
  errorMessageOf,
  LeadConsentDocument,
  SubscriptionTypesDocument,
  type ConsentEventFieldsFragment,
  type ConsentStateFieldsFragment,
  type SubscriptionTypeFieldsFragment,
  type SuppressionFieldsFragment,
} from '@rapport/web-data-access';
import { useCan, type RecordPanelProps } from '@rapport/web-core';
import { useLazyMessages } from '@rapport/web-ui';
import { Alert, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressConsentView } from './address-consent';
import { ConsentHistory } from './consent-history';
import { addressConsents, personAddresses } from './consent-model';
import { RecordConsentModal } from './record-consent-modal';

export type ConsentPanelKind = 'contact' | 'lead';

export interface ConsentPanelProps extends RecordPanelProps {
  kind: ConsentPanelKind;
}

/** What both kinds' queries give the shared view. */
export interface PersonConsent {
  addresses: string[];
  consents: readonly ConsentStateFieldsFragment[];
  history: readonly ConsentEventFieldsFragment[];
  suppressions: readonly SuppressionFieldsFragment[];
  /** The viewer may change the record (`viewerCan.update`). */
  canUpdate: boolean;
}

interface Answer {
  /** Undefined: not answered yet, or no such record (its page says so). */
  person: PersonConsent | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => void;
}

/**
 * "Email consent" on the contact and lead pages (issue 15): for each of the person's addresses,
 * its answer to all marketing and to each subscription type, its suppression, and the history of
 * every answer with its evidence; "Record answer" for whoever may change the record or manage
 * campaigns (as `setConsent` allows). Put there through the record-panel slot (sales never
 * imports marketing). Reading a person's answers goes with reading the person: no further grant.
 */
export function ConsentPanel({ kind, record }: ConsentPanelProps) {
  const ready = useLazyMessages('consent');
  return kind === 'contact' ? <ContactConsent id={record.id} name={record.name} ready={ready} /> : <LeadConsent id={record.id} name={record.name} ready={ready} />;
}

interface KindProps {
  id: string;
  name: string;
  ready: boolean;
}

/**
 * Asks again when the record's addresses change (an edit on the page updates them in the cache,
 * not the answers that belong to them).
 */
function useRefetchOnChange(key: string | undefined, refetch: () => unknown) {
  const seen = useRef(key);
  useEffect(() => {
    if (key !== undefined && seen.current !== undefined && key !== seen.current) void refetch();
    if (key !== undefined) seen.current = key;
  }, [key, refetch]);
}

function ContactConsent({ id, name, ready }: KindProps) {
  const q = useQuery(ContactConsentDocument, { variables: { id }, notifyOnNetworkStatusChange: true });
  const c = q.data?.contact;
  const person = c ? { addresses: personAddresses(c.emails), consents: c.consents, history: c.consentHistory, suppressions: c.suppressions, canUpdate: c.viewerCan.update } : undefined;
  useRefetchOnChange(c ? c.emails.join(',') : undefined, q.refetch);
  return <ConsentView kind="contact" id={id} name={name} ready={ready} answer={{ person, loading: q.loading, error: q.error, refetch: () => void q.refetch() }} />;
}

function LeadConsent({ id, name, ready }: KindProps) {
  const q = useQuery(LeadConsentDocument, { variables: { id }, notifyOnNetworkStatusChange: true });
  const l = q.data?.lead;
  const person = l ? { addresses: personAddresses([l.email]), consents: l.consents, history: l.consentHistory, suppressions: l.suppressions, canUpdate: l.viewerCan.update } : undefined;
  useRefetchOnChange(l ? (l.email ?? '') : undefined, q.refetch);
  return <ConsentView kind="lead" id={id} name={name} ready={ready} answer={{ person, loading: q.loading, error: q.error, refetch: () => void q.refetch() }} />;
}

function ConsentView({ kind, id, name, ready, answer }: { kind: ConsentPanelKind; id: string; name: string; ready: boolean; answer: Answer }) {
  const { t } = useTranslation();
  const campaignWriter = useCan('campaign', 'write');
  const types = useQuery(SubscriptionTypesDocument);
  const [recording, setRecording] = useState(false);
  const { person, loading, error, refetch } = answer;
  const allTypes: readonly SubscriptionTypeFieldsFragment[] = types.data?.subscriptionTypes ?? [];
  if (!ready || (!person && !loading && !error)) return null;

  const canRecord = !!person && person.addresses.length > 0 && (person.canUpdate || campaignWriter);
  const retry = () => {
    refetch();
    if (types.error) void types.refetch();
  };

  const body = () => {
    if ((!person || !types.data) && (loading || types.loading) && !error && !types.error) return <Skeleton active title={false} paragraph={{ rows: 3 }} />;
    if (!person || !types.data)
      return (
        <Alert
          type="warning"
          showIcon
          title={errorMessageOf(error ?? types.error) ?? t('errors.loadFailed')}
          action={
            <Button size="small" onClick={retry} data-testid="consent-panel-retry">
              {t('common.retry')}
            </Button>
          }
          data-testid="consent-panel-error"
        />
      );
    if (!person.addresses.length)
      return (
        <Typography.Text type="secondary" data-testid="consent-panel-no-email">
          {t('consent.panel.noEmail')}
        </Typography.Text>
      );
    const views = addressConsents(person.addresses, person.consents, person.suppressions, allTypes);
    return (
      <Flex vertical gap={16}>
        {views.map((v) => (
          <AddressConsentView key={v.address} view={v} />
        ))}
        <ConsentHistory events={person.history} several={person.addresses.length > 1} />
      </Flex>
    );
  };

  return (
    <Card
      size="small"
      title={t('consent.panel.title')}
      data-testid={`consent-panel-${kind}`}
      extra={
        canRecord ? (
          <Button size="small" onClick={() => setRecording(true)} data-testid="consent-record-open">
            {t('consent.panel.record')}
          </Button>
        ) : null
      }
    >
      {body()}
      {canRecord && person ? (
        <RecordConsentModal
          open={recording}
          onClose={() => setRecording(false)}
          onRecorded={refetch}
          kind={kind}
          personId={id}
          personName={name}
          addresses={person.addresses}
          types={allTypes}
        />
      ) : null}
    </Card>
  );
}

export default ConsentPanel;
