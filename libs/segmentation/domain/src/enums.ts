/** Order statuses (issue 17 item 1): only completed orders count towards value; returns and cancellations are kept for the record. */
export enum OrderStatus {
  Completed = 'completed',
  Returned = 'returned',
  Cancelled = 'cancelled',
}

/** Where an order came from: a CSV import, the REST bulk upsert, or a won opportunity counted as an order. */
export enum OrderSource {
  Import = 'import',
  Api = 'api',
  Opportunity = 'opportunity',
}

/** A person's place in the customer lifecycle (issue 17 item 6), in the order people normally pass through. */
export enum LifecycleStage {
  Subscriber = 'subscriber',
  Lead = 'lead',
  Opportunity = 'opportunity',
  Customer = 'customer',
  RepeatCustomer = 'repeat_customer',
  AtRisk = 'at_risk',
  Lapsed = 'lapsed',
}

/** Churn risk bands over 1 − P(alive). */
export enum ChurnBand {
  Low = 'low',
  Medium = 'medium',
  High = 'high',
}
