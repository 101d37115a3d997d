import { Module } from '@nestjs/common';
import { SalesModule } from '@rapport/sales-api';
import { SalesProcessor } from './sales.processor';

@Module({
  imports: [SalesModule],
  providers: [SalesProcessor],
})
export class SalesJobsModule {}
