import { Module } from '@nestjs/common';
import { SegmentationModule } from '@rapport/segmentation-api';
import { SegmentationProcessor } from './segmentation.processor';

@Module({
  imports: [SegmentationModule],
  providers: [SegmentationProcessor],
  exports: [SegmentationModule],
})
export class SegmentationJobsModule {}
