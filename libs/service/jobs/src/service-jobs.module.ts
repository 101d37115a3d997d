import { Module } from '@nestjs/common';
import { ServiceModule } from '@rapport/service-api';
import { RoutingProcessor, ServiceMailProcessor, ServiceProcessor } from './service.processors';

@Module({
  imports: [ServiceModule],
  providers: [ServiceMailProcessor, ServiceProcessor, RoutingProcessor],
  exports: [ServiceModule],
})
export class ServiceJobsModule {}
