import { Module } from '@nestjs/common';
import { AuthModule } from '@rapport/shared-auth';
import { LeadWriter, ScoringRepository } from '@rapport/leads-data';
import { ScoringService } from './scoring.service';

/**
 * Scoring on its own, so the intake, the import and the routing share one ScoringService: it
 * registers the lead create hook in its constructor, and a second instance would score twice.
 */
@Module({
  imports: [AuthModule],
  providers: [ScoringService, ScoringRepository, LeadWriter],
  exports: [ScoringService],
})
export class ScoringModule {}
