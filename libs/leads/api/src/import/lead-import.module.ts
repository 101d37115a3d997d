import { Module } from '@nestjs/common';
import { AuthModule } from '@rapport/shared-auth';
import { SalesRepository } from '@rapport/sales-data';
import { LEADS_REPOSITORIES } from '@rapport/leads-data';
import { ScoringModule } from '../services/scoring.module';
import { LeadImportController } from './lead-import.controller';
import { LeadImportJobService } from './lead-import-job.service';
import { LeadImportResolver } from './lead-import.resolver';
import { LeadImportService } from './lead-import.service';
import { LeadImportUndoService } from './lead-import-undo.service';

export const LEAD_IMPORT_RESOLVERS: (new (...args: never[]) => unknown)[] = [LeadImportResolver];

/** Lead import (issue 4 §2): REST upload and report, GraphQL for the rest, the job body for the worker. */
@Module({
  imports: [AuthModule, ScoringModule],
  controllers: [LeadImportController],
  providers: [SalesRepository, ...LEADS_REPOSITORIES, LeadImportService, LeadImportJobService, LeadImportUndoService, ...LEAD_IMPORT_RESOLVERS],
  exports: [LeadImportService],
})
export class LeadImportModule {}
