import { Module } from '@nestjs/common';
import { ServiceModule } from '@rapport/service-api';
import { ServiceMailProcessor, ServiceProcessor } from './service.processors';

@Module({
  imports: [ServiceModule],
  providers: [ServiceMailProcessor, ServiceProcessor],
  exports: [ServiceModule],
})
export class ServiceJobsModule {}
