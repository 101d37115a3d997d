import { Module } from '@nestjs/common';
import { AuthModule } from '@rapport/shared-auth';
import { MarketingModule, VisitorsModule } from '@rapport/marketing-api';
import { MarketingMailProcessor, MarketingProcessor } from './marketing.processor';
import { InboundReceiverService } from './inbound-receiver.service';
import { ImapPollerService } from './imap-poller.service';
import { PageViewScheduleService } from './page-view-schedule.service';

@Module({
  // VisitorsModule is MarketingModule's own import, named here for its maintenance service (one instance either way);
  // AuthModule for the InboundMailRouter the receiver and the poller hand mail to (one instance too).
  imports: [MarketingModule, VisitorsModule, AuthModule],
  providers: [MarketingProcessor, MarketingMailProcessor, InboundReceiverService, ImapPollerService, PageViewScheduleService],
  exports: [MarketingModule],
})
export class MarketingJobsModule {}
