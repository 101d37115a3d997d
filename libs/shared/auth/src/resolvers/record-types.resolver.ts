import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, NameLocale } from '@rapport/shared-domain';
import { CurrentActor, RequestLocale } from '@rapport/shared-api';
import { RecordType } from '../models/record-type.model';
import { RecordTypesService } from '../services/record-types.service';

@Resolver(() => RecordType)
export class RecordTypesResolver {
  constructor(private readonly types: RecordTypesService) {}

  @Query(() => [RecordType], { description: 'The record types you may read and their fields (built-in and custom): for report and segment builders and integrations.' })
  recordTypes(
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: NameLocale | null,
    @Args('names', { type: () => [String], nullable: true, description: 'Only these types (e.g. ["account"]); all you may read when omitted.' }) names?: string[] | null,
  ) {
    return this.types.list(actor, locale, names);
  }
}
