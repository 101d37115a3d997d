import { Module } from '@nestjs/common';
import { MarketingModule } from '@rapport/marketing-api';
import { MarketingMailProcessor, MarketingProcessor } from './marketing.processor';
import { InboundReceiverService } from './inbound-receiver.service';

@Module({
  imports: [MarketingModule],
  providers: [MarketingProcessor, MarketingMailProcessor, InboundReceiverService],
  exports: [MarketingModule],
})
export class MarketingJobsModule {}
