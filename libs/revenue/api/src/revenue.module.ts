import { Module } from '@nestjs/common';
import { AuthModule } from '@rapport/shared-auth';
import { SalesRepository } from '@rapport/sales-data';
import { CatalogRepository, CommitmentRepository, ForecastRepository, QuoteRepository, RevenueRepository } from '@rapport/revenue-data';
import { CatalogResolver } from './resolvers/catalog.resolver';
import { ExchangeRateResolver } from './resolvers/exchange-rate.resolver';
import { ProductResolver, QuoteLineResolver } from './resolvers/product-names.resolver';
import { CommitmentResolver } from './resolvers/commitment.resolver';
import { QuotePdfController } from './rest/quote-pdf.controller';
import { ForecastResolver } from './resolvers/forecast.resolver';
import { QuoteResolver } from './resolvers/quote.resolver';
import { CatalogService } from './services/catalog.service';
import { CommitmentsService } from './services/commitments.service';
import { ExchangeRatesService } from './services/exchange-rates.service';
import { ForecastService } from './services/forecast.service';
import { PriceConflictsService } from './services/price-conflicts.service';
import { QuoteApprovalService } from './services/quote-approval.service';
import { QuotesService } from './services/quotes.service';

export const REVENUE_RESOLVERS = [CatalogResolver, QuoteResolver, ForecastResolver, CommitmentResolver, ProductResolver, QuoteLineResolver, ExchangeRateResolver];

/** Products and price books, quotes with approvals, the consistency guard, forecasts and the commitment ledger. */
@Module({
  imports: [AuthModule],
  controllers: [QuotePdfController],
  providers: [SalesRepository, RevenueRepository, QuoteRepository, CatalogRepository, ForecastRepository, CommitmentRepository, CatalogService, QuotesService, QuoteApprovalService, PriceConflictsService, ForecastService, CommitmentsService, ExchangeRatesService, ...REVENUE_RESOLVERS],
  exports: [ForecastService, CommitmentsService],
})
export class RevenueModule {}
