import { Module } from '@nestjs/common';
import { RevenueModule } from '@rapport/revenue-api';
import { RevenueProcessor } from './revenue.processor';

@Module({ imports: [RevenueModule], providers: [RevenueProcessor] })
export class RevenueJobsModule {}
