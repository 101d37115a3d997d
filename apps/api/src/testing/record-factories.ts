import { randomBytes } from 'node:crypto';
import type { EntityTarget, FindOptionsWhere, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { BusinessCalendarEntity, type UserEntity } from '@rapport/shared-database';
import { TestContext } from '@rapport/shared-testing';
import { DOMAIN_ENTITIES } from '@rapport/platform-registry';
import { ActivityType, LeadSource, normalizeCompanyName, normalizePersonName, normalizePhone } from '@rapport/sales-domain';
import { AccountEntity, ActivityEntity, ContactEntity, LeadEntity, OpportunityEntity, PipelineEntity, StageEntity } from '@rapport/sales-data';
import { LeadRoutingEntity, RoutingProfileEntity, RoutingRuleEntity } from '@rapport/leads-data';
import { CommitmentEntity, PriceBookEntity, PriceBookEntryEntity, ProductEntity, QuoteApprovalEntity, QuoteEntity } from '@rapport/revenue-data';
import { CampaignEntity } from '@rapport/marketing-data';
import { CaseEntity } from '@rapport/service-data';

/**
 * Who owns a record: a user from `newUser` (their team comes along) or the ids `ownerFor` gives a
 * visibility matrix cell. Explicit `ownerId` / `teamId` overrides win over it.
 */
export type Owner = Pick<UserEntity, 'id' | 'teamId'> | { owner: string; team: string | null };

/** An entity's columns, each optional; enum columns also take their stored strings ('web', 'converted'). */
export type RecordInput<E> = { [K in keyof E]?: Loose<E[K]> } & { owner?: Owner };
type Loose<T> = T extends string ? T | `${T}` : T;

const unique = () => randomBytes(4).toString('hex');

function ownership(owner: Owner | undefined): { ownerId?: string; teamId?: string | null } {
  if (!owner) return {};
  return 'id' in owner ? { ownerId: owner.id, teamId: owner.teamId } : { ownerId: owner.owner, teamId: owner.team };
}

/**
 * TestContext with factories for the domains' records, for apps/api specs. They live here, not in
 * @rapport/shared-testing, because that lib is scope:shared and may not import the domains' data
 * libs; the app may. Each factory writes through the entity class (`manager.insert`), so a new
 * column with a default needs no change here, derives the normalised columns duplicate detection
 * and search read (as the services do), and returns the row as stored — re-read, defaults included.
 * Without an `owner` a record has none (as an unrouted web lead has none).
 */
export class RecordTestContext extends TestContext {
  /** A fresh database whose data source knows every domain's entities (`TestContext.create()` knows the shared ones). */
  static override async create(extra: Parameters<typeof TestContext.create>[0] = {}): Promise<RecordTestContext> {
    return new RecordTestContext(...(await TestContext.open({ entities: DOMAIN_ENTITIES, ...extra })));
  }

  /** Inserts one row through its entity and reads it back as stored (soft-deleted rows too). */
  async insertRow<E extends ObjectLiteral>(target: EntityTarget<E>, values: object): Promise<E> {
    const m = this.ds.manager;
    const { identifiers } = await m.insert(target, values as QueryDeepPartialEntity<E>);
    return m.findOneOrFail(target, { where: identifiers[0] as FindOptionsWhere<E>, withDeleted: true });
  }

  // ---- sales -------------------------------------------------------------------------------

  async newAccount({ owner, ...o }: RecordInput<AccountEntity> = {}): Promise<AccountEntity> {
    const name = o.name ?? `Account ${unique()}`;
    return this.insertRow(AccountEntity, { name, nameNormalized: normalizeCompanyName(name), phoneNormalized: normalizePhone(o.phone), ...ownership(owner), ...o });
  }

  async newContact({ owner, ...o }: RecordInput<ContactEntity> = {}): Promise<ContactEntity> {
    const lastName = o.lastName ?? `Contact ${unique()}`;
    const phonesNormalized = (o.phones ?? []).map((p) => normalizePhone(p)).filter((p): p is string => !!p);
    return this.insertRow(ContactEntity, { lastName, nameNormalized: normalizePersonName(o.firstName, lastName), phonesNormalized, ...ownership(owner), ...o });
  }

  async newLead({ owner, ...o }: RecordInput<LeadEntity> = {}): Promise<LeadEntity> {
    const lastName = o.lastName ?? `Lead ${unique()}`;
    return this.insertRow(LeadEntity, {
      lastName,
      source: LeadSource.Web,
      nameNormalized: normalizePersonName(o.firstName, lastName),
      companyNormalized: normalizeCompanyName(o.company),
      phoneNormalized: normalizePhone(o.phone),
      ...ownership(owner),
      ...o,
    });
  }

  /**
   * A deal on `accountId` (default: a new account of the same owner), in `stageId`, or the stage
   * called `stageName` (canonical name), or the first stage, of `pipelineId` or the default pipeline.
   */
  async newOpportunity({ owner, stageName, ...o }: RecordInput<OpportunityEntity> & { stageName?: string } = {}): Promise<OpportunityEntity> {
    const accountId = o.accountId ?? (await this.newAccount({ owner, ...pick(o, 'ownerId', 'teamId') })).id;
    const stage = await this.stage(o.stageId, o.pipelineId, stageName);
    return this.insertRow(OpportunityEntity, { name: `Deal ${unique()}`, accountId, pipelineId: stage.pipelineId, stageId: stage.id, ...ownership(owner), ...o });
  }

  /** An activity, by default an open task linked to nothing; link it with `accountId`, `contactId`, `leadId` or `opportunityId`. */
  async newActivity({ owner, ...o }: RecordInput<ActivityEntity> = {}): Promise<ActivityEntity> {
    return this.insertRow(ActivityEntity, { type: ActivityType.Task, subject: `Task ${unique()}`, ...ownership(owner), ...o });
  }

  /** A pipeline (never the default one unless asked) with its stages in the given order. */
  async newPipeline({ stages = [], ...o }: RecordInput<PipelineEntity> & { stages?: RecordInput<StageEntity>[] } = {}): Promise<{ pipeline: PipelineEntity; stages: StageEntity[] }> {
    const pipeline = await this.insertRow(PipelineEntity, { name: `Pipeline ${unique()}`, ...o });
    const rows: StageEntity[] = [];
    for (const [i, s] of stages.entries()) {
      rows.push(await this.insertRow(StageEntity, { name: `Stage ${i + 1}`, position: i + 1, probability: 10, forecastCategory: 'pipeline', pipelineId: pipeline.id, ...s }));
    }
    return { pipeline, stages: rows };
  }

  private async stage(stageId: string | undefined, pipelineId: string | undefined, name: string | undefined): Promise<StageEntity> {
    const m = this.ds.manager;
    if (stageId) return m.findOneByOrFail(StageEntity, { id: stageId });
    const pipeline = pipelineId ?? (await m.findOneByOrFail(PipelineEntity, { isDefault: true })).id;
    return m.findOneOrFail(StageEntity, { where: { pipelineId: pipeline, ...(name ? { name } : {}) }, order: { position: 'ASC' } });
  }

  // ---- leads -------------------------------------------------------------------------------

  /**
   * A rep's routing availability. Unlike the column defaults (Mon–Fri 09–18 Shanghai), it works
   * round the clock in UTC, so whether a rep is available is decided by what the test sets, never by
   * the hour the test runs at.
   */
  async newRoutingProfile(user: Pick<UserEntity, 'id'> | string, o: RecordInput<RoutingProfileEntity> = {}): Promise<RoutingProfileEntity> {
    const userId = typeof user === 'string' ? user : user.id;
    return this.insertRow(RoutingProfileEntity, { userId, timeZone: 'UTC', workDays: [1, 2, 3, 4, 5, 6, 7], workStart: 0, workEnd: 1440, ...o });
  }

  /** A routing rule; name it and give it `criteria` and a target (`targetTeamId` or `targetUserId`). */
  async newRoutingRule(o: RecordInput<RoutingRuleEntity> = {}): Promise<RoutingRuleEntity> {
    return this.insertRow(RoutingRuleEntity, { name: `Rule ${unique()}`, position: 1, ...o });
  }

  /**
   * Makes the intake's SLA count in a new business calendar (by default around the clock in UTC, so
   * business minutes equal wall minutes whatever the day the test runs on).
   */
  async useIntakeCalendar(o: RecordInput<BusinessCalendarEntity> = {}): Promise<BusinessCalendarEntity> {
    const allDay = [{ start: 0, end: 1440 }];
    const calendar = await this.insertRow(BusinessCalendarEntity, { name: `Intake ${unique()}`, timeZone: 'UTC', week: Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, allDay])), ...o });
    await this.ds.query(`UPDATE lead_settings SET calendar_id = $1 WHERE id = 1`, [calendar.id]);
    return calendar;
  }

  /** How a lead was routed: received now unless told, and its SLA clock if `slaMinutes` is given. */
  async newLeadRouting(lead: Pick<LeadEntity, 'id'> | string, o: RecordInput<LeadRoutingEntity> = {}): Promise<LeadRoutingEntity> {
    return this.insertRow(LeadRoutingEntity, { leadId: typeof lead === 'string' ? lead : lead.id, receivedAt: new Date(), ...o });
  }

  // ---- revenue -----------------------------------------------------------------------------

  async newProduct(o: RecordInput<ProductEntity> = {}): Promise<ProductEntity> {
    return this.insertRow(ProductEntity, { sku: `SKU-${unique()}`, name: `Product ${unique()}`, ...o });
  }

  /** A price book (a standard CNY one unless told) and its `prices`, one entry each (minimum quantity 1 unless told). */
  async newPriceBook({ prices = [], ...o }: RecordInput<PriceBookEntity> & { prices?: { productId: string; unitPrice: number; minQuantity?: number }[] } = {}): Promise<PriceBookEntity> {
    const book = await this.insertRow(PriceBookEntity, { name: 'Standard', kind: 'standard', currency: 'CNY', ...o });
    if (prices.length) {
      await this.ds.manager.insert(
        PriceBookEntryEntity,
        prices.map((p) => ({ priceBookId: book.id, productId: p.productId, minQuantity: p.minQuantity ?? 1, unitPrice: String(p.unitPrice) })),
      );
    }
    return book;
  }

  /**
   * A quote on `opportunityId` (default: a new deal of the same owner) and that deal's account, the
   * deal's next version, priced today (the database's date) in CNY; a draft unless `status` says otherwise.
   */
  async newQuote({ owner, ...o }: RecordInput<QuoteEntity> = {}): Promise<QuoteEntity> {
    const m = this.ds.manager;
    const deal = o.opportunityId ? await m.findOneByOrFail(OpportunityEntity, { id: o.opportunityId }) : await this.newOpportunity({ owner, ...pick(o, 'ownerId', 'teamId') });
    const { next } = await m
      .createQueryBuilder(QuoteEntity, 'q')
      .withDeleted()
      .select('coalesce(max(q.version), 0) + 1', 'next')
      .where('q.opportunityId = :id', { id: deal.id })
      .getRawOne();
    return this.insertRow(QuoteEntity, {
      opportunityId: deal.id,
      accountId: deal.accountId,
      name: `Quote ${unique()}`,
      version: Number(next),
      currency: 'CNY',
      pricedOn: () => 'current_date',
      ...ownership(owner),
      ...o,
    });
  }

  /** A pending request for approval of `quoteId`, asked by `requestedBy`. */
  async newQuoteApproval(o: RecordInput<QuoteApprovalEntity> & Pick<QuoteApprovalEntity, 'quoteId' | 'requestedBy'>): Promise<QuoteApprovalEntity> {
    return this.insertRow(QuoteApprovalEntity, { reasonCode: 'other', ...o });
  }

  /** An open follow-up promise on `accountId` (default: a new account of the same owner). */
  async newCommitment({ owner, ...o }: RecordInput<CommitmentEntity> = {}): Promise<CommitmentEntity> {
    const linked = o.accountId || o.contactId || o.opportunityId || o.activityId;
    const accountId = linked ? o.accountId : (await this.newAccount({ owner, ...pick(o, 'ownerId', 'teamId') })).id;
    return this.insertRow(CommitmentEntity, { kind: 'follow_up', description: `Promise ${unique()}`, accountId, ...ownership(owner), ...o });
  }

  // ---- marketing ---------------------------------------------------------------------------

  /** An active trade-show campaign in CNY, unless told otherwise. */
  async newCampaign({ owner, ...o }: RecordInput<CampaignEntity> = {}): Promise<CampaignEntity> {
    return this.insertRow(CampaignEntity, { name: `Campaign ${unique()}`, type: 'trade_show', status: 'active', currency: 'CNY', ...ownership(owner), ...o });
  }

  // ---- service -----------------------------------------------------------------------------

  /** A service case with no contract (no clocks); opened through the API when its clocks matter. */
  async newCase({ owner, ...o }: RecordInput<CaseEntity> = {}): Promise<CaseEntity> {
    return this.insertRow(CaseEntity, { subject: `Case ${unique()}`, number: `CS-T-${unique()}`, ...ownership(owner), ...o });
  }
}

/** The given keys of `o` that are set, so a record made on the side gets the same owner. */
function pick<T extends object, K extends keyof T>(o: T, ...keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<Pick<T, K>>;
}
