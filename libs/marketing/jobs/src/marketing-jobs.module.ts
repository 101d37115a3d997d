import { Module } from '@nestjs/common';
import { MarketingModule } from '@rapport/marketing-api';
import { MarketingMailProcessor, MarketingProcessor } from './marketing.processor';
import { InboundReceiverService } from './inbound-receiver.service';
import { ImapPollerService } from './imap-poller.service';

@Module({
  imports: [MarketingModule],
  providers: [MarketingProcessor, MarketingMailProcessor, InboundReceiverService, ImapPollerService],
  exports: [MarketingModule],
})
export class MarketingJobsModule {}
