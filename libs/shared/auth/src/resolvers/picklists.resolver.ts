import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, localizedName, NameLocale, PicklistEntry, PicklistName, PICKLIST_INFO, PICKLISTS } from '@rapport/shared-domain';
import { CurrentActor, RequestLocale } from '@rapport/shared-api';
import { Picklist, PicklistNameEnum, PicklistValue, PicklistValuePayload, SavePicklistValueInput } from '../models/picklist.model';
import { PicklistsService } from '../services/picklists.service';

const valueOf = (e: PicklistEntry, locale: NameLocale | null): PicklistValue => ({ value: e.value, label: localizedName(e.value, e.names, locale), names: e.names, position: e.position, active: e.active });

@Resolver(() => Picklist)
export class PicklistsResolver {
  constructor(private readonly service: PicklistsService) {}

  @Query(() => [Picklist], { description: 'The configured value lists of built-in fields (industry, territory, product line) with their values in your language.' })
  async picklists(
    @RequestLocale() locale: NameLocale | null,
    @Args('names', { type: () => [PicklistNameEnum], nullable: true, description: 'Only these lists; all when omitted.' }) names?: PicklistName[] | null,
  ): Promise<Picklist[]> {
    const lists = names?.length ? PICKLISTS.filter((l) => names.includes(l)) : PICKLISTS;
    const entries = await this.service.entries(lists);
    return lists.map((l) => ({ name: l, title: PICKLIST_INFO[l].title, values: (entries.get(l) ?? []).map((e) => valueOf(e, locale)) }));
  }

  @Mutation(() => PicklistValuePayload)
  async savePicklistValue(@CurrentActor() actor: Actor, @RequestLocale() locale: NameLocale | null, @Args('input') input: SavePicklistValueInput): Promise<PicklistValuePayload> {
    const row = await this.service.save(actor, input);
    return { value: valueOf({ value: row.value, names: row.names, position: row.position, active: row.active }, locale) };
  }
}
