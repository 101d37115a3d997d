import { DiscountToleranceEntity, PriceBookEntity, PriceBookEntryEntity, ProductEntity } from './catalog.entity';
import { CommitmentEntity, ForecastAdjustmentEntity, ForecastSnapshotEntity, QuotaEntity } from './forecast.entity';
import { ExchangeRateEntity } from './exchange-rate.entity';
import { QuoteApprovalEntity, QuoteEntity, QuoteLineEntity } from './quote.entity';

export * from './catalog.entity';
export * from './quote.entity';
export * from './forecast.entity';
export * from './exchange-rate.entity';

export const REVENUE_ENTITIES = [
  ProductEntity,
  PriceBookEntity,
  PriceBookEntryEntity,
  DiscountToleranceEntity,
  QuoteEntity,
  QuoteLineEntity,
  QuoteApprovalEntity,
  CommitmentEntity,
  QuotaEntity,
  ForecastAdjustmentEntity,
  ForecastSnapshotEntity,
  ExchangeRateEntity,
];
