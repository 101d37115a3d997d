export * from './revenue.module';
export { ForecastService } from './services/forecast.service';
export { CommitmentsService } from './services/commitments.service';
export { QuotesService } from './services/quotes.service';
