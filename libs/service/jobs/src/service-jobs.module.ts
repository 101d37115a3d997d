import { Module } from '@nestjs/common';
import { ServiceModule } from '@rapport/service-api';
import { ServiceMailProcessor } from './service-mail.processor';

@Module({
  imports: [ServiceModule],
  providers: [ServiceMailProcessor],
  exports: [ServiceModule],
})
export class ServiceJobsModule {}
