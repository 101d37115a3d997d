import { describe, expect, it } from 'vitest';
import { buildCampaignFilter } from './campaign-filter';

describe('buildCampaignFilter', () => {
  it('searches name, channel, UTM campaign and short code, and filters statuses and owner', () => {
    expect(buildCampaignFilter({ search: 'expo', statuses: ['ACTIVE', 'PLANNED'], ownerId: 'u-1' })).toEqual({
      and: [
        { or: [{ name: { contains: 'expo' } }, { channel: { contains: 'expo' } }, { utmCampaign: { contains: 'expo' } }, { shortCode: { contains: 'expo' } }] },
        { status: { in: ['ACTIVE', 'PLANNED'] } },
        { ownerId: { eq: 'u-1' } },
      ],
    });
  });

  it('is no filter at all when nothing is asked', () => {
    expect(buildCampaignFilter({ search: '' })).toBeUndefined();
  });
});
