import type { CampaignPanelCampaignFragment, CampaignTouchRowFragment, OpportunityCampaignsQuery } from '@rapport/web-data-access';

/** How many entries the panel shows before "Show all": a record page stays a page, not a list. */
export const PANEL_LIMIT = 5;

/** One line of the panel: a campaign and when it touched the customer. */
export interface PanelEntry {
  key: string;
  campaign: CampaignPanelCampaignFragment;
  /** The member status (contacts, leads, accounts); a deal's entries are responses, so none. */
  status: string | null;
  /** When the person responded, else null (then `joinedAt` is the date shown). */
  respondedAt: string | null;
  joinedAt: string | null;
  /** Who the member is, for an account's panel (its people); null when unseen or not asked. */
  person: { firstName?: string | null; lastName?: string | null } | null;
}

type Influence = NonNullable<NonNullable<OpportunityCampaignsQuery['opportunity']>['campaigns']>[number];

// The server orders both lists (memberships latest first, a deal's responses oldest first, as
// attribution reads them); the panel keeps its order rather than sort on a second idea of "latest".

export const touchEntries = (touches: readonly CampaignTouchRowFragment[]): PanelEntry[] =>
  touches.map((t) => ({ key: t.id, campaign: t.campaign, status: t.status, respondedAt: t.respondedAt, joinedAt: t.createdAt, person: t.contact ?? t.lead ?? null }));

/** A deal can be touched twice by one campaign (two people responded): the index keeps the keys apart. */
export const influenceEntries = (influences: readonly Influence[]): PanelEntry[] =>
  influences.map((i, n) => ({ key: `${i.campaign.id}:${i.respondedAt}:${n}`, campaign: i.campaign, status: null, respondedAt: i.respondedAt, joinedAt: null, person: null }));
