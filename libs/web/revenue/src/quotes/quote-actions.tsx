import { CheckCircleOutlined, EditOutlined, SendOutlined, UnlockOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import {
  AcceptQuoteDocument,
  errorCodeOf,
  errorMessageOf,
  fieldErrorsOf,
  SubmitQuoteDocument,
  UnlockQuoteDocument,
  type QuoteDetailFragment,
  type SubmitQuoteMutation,
} from '@rapport/web-data-access';
import { formatMoney } from '@rapport/web-ui';
import { App, Button, Popconfirm } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evictLists } from '../shared/evict';
import { QuotePdfMenu } from './quote-pdf-menu';
import { ReasonModal, SubmitReasonModal } from './quote-modals';

export type Breach = SubmitQuoteMutation['submitQuote']['breaches'][number];

// The quote itself updates from the payload; lists that show it (or its conflicts) are refetched.
const update = evictLists('quotes', 'quotePriceConflicts');

const messageOf = (t: TFunction, e: unknown) => (errorCodeOf(e) ? (errorMessageOf(e) ?? t('errors.generic')) : t('errors.network'));

export interface QuoteActionsProps {
  quote: QuoteDetailFragment;
  onEdit: () => void;
  /** What the last submit reported as beyond tolerance (shown above the lines). */
  onSubmitted: (result: { needsApproval: boolean; breaches: Breach[] }) => void;
}

/**
 * What can be done with a quote in its current state: edit and submit a draft, accept an approved
 * quote (which locks it), unlock an accepted one (admins, with a reason), and download the PDF.
 * Each button shows only when the quote's `viewerCan` allows it; the server checks every move again.
 */
export function QuoteActions({ quote, onEdit, onSubmitted }: QuoteActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reasonOpen, setReasonOpen] = useState(false);
  const [reasonError, setReasonError] = useState<string>();
  const [unlockOpen, setUnlockOpen] = useState(false);
  const [unlockError, setUnlockError] = useState<string>();
  const [submitQuote, submitting] = useMutation(SubmitQuoteDocument, { update });
  const [acceptQuote, accepting] = useMutation(AcceptQuoteDocument, { update });
  const [unlockQuote, unlocking] = useMutation(UnlockQuoteDocument, { update });
  // What this viewer may do now, from the API (`viewerCan`: the rules its mutations apply).
  const can = quote.viewerCan;

  const submit = async (reason?: { reasonCode: string; note?: string }) => {
    setReasonError(undefined);
    try {
      const result = (await submitQuote({ variables: { input: { id: quote.id, ...reason } } })).data?.submitQuote;
      if (!result) return;
      setReasonOpen(false);
      onSubmitted({ needsApproval: result.needsApproval, breaches: result.breaches });
      void message.success(result.needsApproval ? t('revenue.submit.sentForApproval') : t('revenue.submit.approvedAtOnce'));
    } catch (e) {
      // The server alone knows the owner's tolerance: it answers with a field error on
      // reasonCode when a manager must approve, and only then do we ask for the reason.
      if (!reason && fieldErrorsOf(e).some((f) => f.path === 'input.reasonCode')) {
        setReasonOpen(true);
        return;
      }
      if (reason) setReasonError(messageOf(t, e));
      else void message.error(messageOf(t, e));
    }
  };

  const accept = async () => {
    try {
      await acceptQuote({ variables: { input: { id: quote.id } } });
      void message.success(t('revenue.quotes.acceptedMessage'));
    } catch (e) {
      void message.error(messageOf(t, e));
    }
  };

  const unlock = async (reason: string) => {
    setUnlockError(undefined);
    try {
      await unlockQuote({ variables: { input: { id: quote.id, reason } } });
      setUnlockOpen(false);
      void message.success(t('revenue.quotes.unlockedMessage'));
    } catch (e) {
      setUnlockError(messageOf(t, e));
    }
  };

  return (
    <>
      {can.update ? (
        <Button icon={<EditOutlined />} onClick={onEdit} data-testid="quote-edit">
          {t('common.edit')}
        </Button>
      ) : null}
      {can.submit ? (
        <Button type="primary" icon={<SendOutlined />} loading={submitting.loading && !reasonOpen} onClick={() => void submit()} data-testid="quote-submit">
          {t('revenue.quotes.submit')}
        </Button>
      ) : null}
      {can.accept ? (
        <Popconfirm
          title={t('revenue.quotes.acceptConfirmTitle')}
          description={t('revenue.quotes.acceptConfirm', { total: formatMoney(quote.total, quote.currency) })}
          okText={t('revenue.quotes.accept')}
          cancelText={t('common.cancel')}
          onConfirm={() => accept()}
          okButtonProps={{ 'data-testid': 'quote-accept-confirm' } as Record<`data-${string}`, string>}
        >
          <Button type="primary" icon={<CheckCircleOutlined />} loading={accepting.loading} data-testid="quote-accept">
            {t('revenue.quotes.accept')}
          </Button>
        </Popconfirm>
      ) : null}
      {can.unlock ? (
        <Button danger icon={<UnlockOutlined />} onClick={() => setUnlockOpen(true)} data-testid="quote-unlock">
          {t('revenue.quotes.unlock')}
        </Button>
      ) : null}
      <QuotePdfMenu quoteId={quote.id} language={quote.language} />
      <SubmitReasonModal
        open={reasonOpen}
        saving={submitting.loading}
        error={reasonError}
        onCancel={() => {
          setReasonOpen(false);
          setReasonError(undefined);
        }}
        onSubmit={(v) => void submit(v)}
      />
      <ReasonModal
        open={unlockOpen}
        title={t('revenue.quotes.unlockTitle')}
        label={t('revenue.quotes.unlockReason')}
        explain={t('revenue.quotes.unlockExplain')}
        okText={t('revenue.quotes.unlock')}
        danger
        saving={unlocking.loading}
        error={unlockError}
        testId="quote-unlock"
        onCancel={() => {
          setUnlockOpen(false);
          setUnlockError(undefined);
        }}
        onSubmit={(reason) => void unlock(reason)}
      />
    </>
  );
}
