import { Module } from '@nestjs/common';
import { EngagementService } from './engagement.service';

/** The derived engagement of departments and contacts; imported by every module whose records move it. */
@Module({
  providers: [EngagementService],
  exports: [EngagementService],
})
export class EngagementModule {}
