import { Module } from '@nestjs/common';
import { LeadImportService } from './lead-import.service';

export const LEAD_IMPORT_RESOLVERS: (new (...args: never[]) => unknown)[] = [];

@Module({ providers: [LeadImportService, ...LEAD_IMPORT_RESOLVERS], exports: [LeadImportService] })
export class LeadImportModule {}
