import { Module } from '@nestjs/common';
import { MarketingModule } from '@rapport/marketing-api';
import { MarketingProcessor } from './marketing.processor';

@Module({
  imports: [MarketingModule],
  providers: [MarketingProcessor],
  exports: [MarketingModule],
})
export class MarketingJobsModule {}
