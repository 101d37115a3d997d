import { Module } from '@nestjs/common';
import { LeadsModule } from '@rapport/leads-api';
import { LeadsProcessor } from './leads.processor';

@Module({
  imports: [LeadsModule],
  providers: [LeadsProcessor],
})
export class LeadsJobsModule {}
