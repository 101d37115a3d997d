import type { TFunction } from 'i18next';

/**
 * A contact's lifecycle stage (the customer value metrics, issue 17) in the reader's words. It lives
 * in core because the contact timeline (sales) and the customer value and segment screens
 * (segmentation) both name stages; the messages are in the first screen's bundle
 * (features/customer-value.<lng>.json) for the same reason. An unknown stage (a later server's)
 * stays as the API says it.
 */
export function lifecycleStageLabel(t: TFunction, stage: string): string {
  switch (stage) {
    case 'subscriber':
      return t('lifecycleStages.subscriber');
    case 'lead':
      return t('lifecycleStages.lead');
    case 'opportunity':
      return t('lifecycleStages.opportunity');
    case 'customer':
      return t('lifecycleStages.customer');
    case 'repeat_customer':
      return t('lifecycleStages.repeatCustomer');
    case 'at_risk':
      return t('lifecycleStages.atRisk');
    case 'lapsed':
      return t('lifecycleStages.lapsed');
    default:
      return stage;
  }
}
