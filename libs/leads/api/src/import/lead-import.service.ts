import { Injectable } from '@nestjs/common';

/** Placeholder: the import pipeline (issue 4 §2) lands here. */
@Injectable()
export class LeadImportService {
  async run(_importId: string, _progress: (percent: number) => Promise<void>): Promise<unknown> {
    return null;
  }
}
