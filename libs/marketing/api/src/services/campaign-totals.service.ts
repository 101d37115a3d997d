import { Injectable } from '@nestjs/common';
import { CampaignRepository } from '@rapport/marketing-data';
import type { CampaignTotals } from '../models';

/**
 * A campaign's figures with everything below it (cost, members, responses), for a page of
 * campaigns in one statement. They are the campaign's own figures, read like its fields: whoever
 * may read the campaign sees its totals, whichever members they may open.
 */
@Injectable()
export class CampaignTotalsService {
  constructor(private readonly repo: CampaignRepository) {}

  async forIds(ids: readonly string[]): Promise<CampaignTotals[]> {
    const rows = new Map((await this.repo.rollUp(this.repo.ds.manager, ids)).map((r) => [r.id, r]));
    return ids.map((id) => {
      const r = rows.get(id);
      const members = r?.members ?? 0;
      const responses = r?.responses ?? 0;
      return {
        actualCost: Number(r?.actualCost ?? 0),
        members,
        responses,
        responseRate: members ? Math.round((responses / members) * 10_000) / 10_000 : null,
        subCampaigns: r?.children ?? 0,
      };
    });
  }
}
