import { Module } from '@nestjs/common';
import { MarketingModule } from '@rapport/marketing-api';
import { MarketingProcessor } from './marketing.processor';
import { InboundReceiverService } from './inbound-receiver.service';

@Module({
  imports: [MarketingModule],
  providers: [MarketingProcessor, InboundReceiverService],
  exports: [MarketingModule],
})
export class MarketingJobsModule {}
