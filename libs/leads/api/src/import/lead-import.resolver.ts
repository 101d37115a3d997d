import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { lookupMessage } from '@rapport/shared-errors';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor, GqlContext, listComplexity, loadersIn } from '@rapport/shared-api';
import { DirectoryService, UserRef } from '@rapport/shared-auth';
import { LeadImportEntity } from '@rapport/leads-data';
import { LeadImportService } from './lead-import.service';
import { LeadImportUndoService } from './lead-import-undo.service';
import {
  DeleteLeadImportMappingInput,
  DeleteLeadImportMappingPayload,
  LeadImport,
  LeadImportConnection,
  LeadImportMapping,
  LeadImportProblemConnection,
  StartLeadImportInput,
  StartLeadImportPayload,
  UndoLeadImportInput,
  UndoLeadImportPayload,
} from './lead-import.models';

/** Upload is REST (`POST /api/v1/lead-imports`, multipart); everything after it is here. */
@Resolver(() => LeadImport)
export class LeadImportResolver {
  constructor(
    private readonly imports: LeadImportService,
    private readonly undoService: LeadImportUndoService,
    private readonly directory: DirectoryService,
  ) {}

  @Query(() => LeadImportConnection, { name: 'leadImports', complexity: listComplexity, description: 'Import history, newest first.' })
  list(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.imports.list(actor, { first, after });
  }

  @Query(() => LeadImport, { nullable: true })
  leadImport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.imports.find(actor, id);
  }

  @Query(() => [LeadImportMapping], { description: 'Saved column mappings.' })
  leadImportMappings(@CurrentActor() actor: Actor) {
    return this.imports.mappings(actor);
  }

  @Mutation(() => StartLeadImportPayload, { description: 'Starts an uploaded import as a background job with progress.' })
  async startLeadImport(@CurrentActor() actor: Actor, @Args('input') input: StartLeadImportInput) {
    return { leadImport: await this.imports.start(actor, input) };
  }

  @Mutation(() => UndoLeadImportPayload, { description: 'Removes the leads an import created and restores the fields it updated.' })
  undoLeadImport(@CurrentActor() actor: Actor, @Args('input') input: UndoLeadImportInput) {
    return this.undoService.undo(actor, input.importId);
  }

  @Mutation(() => DeleteLeadImportMappingPayload)
  async deleteLeadImportMapping(@CurrentActor() actor: Actor, @Args('input') input: DeleteLeadImportMappingInput) {
    return { deletedId: await this.imports.deleteMapping(actor, input.id) };
  }

  @ResolveField(() => UserRef, { nullable: true })
  createdBy(i: LeadImportEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return this.directory.ref(loaders, i.createdBy);
  }

  @ResolveField(() => UserRef, { nullable: true, description: 'Owner of the created leads.' })
  owner(i: LeadImportEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return this.directory.ref(loaders, i.ownerId);
  }

  @ResolveField(() => LeadImportProblemConnection, { complexity: listComplexity, description: 'Rows with errors (one line per problem) and rows skipped as duplicates.' })
  problems(
    @Parent() i: LeadImportEntity,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.imports.problems(i, { first, after });
  }

  // The failure is stored as the English the job failed with; the catalogue knows its key.
  @ResolveField(() => String, { nullable: true, description: 'Catalogue key of `error`, to say it in another language.' })
  errorKey(i: LeadImportEntity) {
    return i.error ? (lookupMessage(i.error)?.messageKey ?? null) : null;
  }

  @ResolveField(() => GraphQLJSONObject, { nullable: true, description: 'Values for the placeholders of errorKey.' })
  errorParams(i: LeadImportEntity) {
    return (i.error && lookupMessage(i.error)?.params) || null;
  }

  @ResolveField(() => String, { description: 'The report as CSV (row, column, value, reason, kind); `?lang=zh-CN` for the reasons in that language.' })
  reportUrl(i: LeadImportEntity) {
    return `/api/v1/lead-imports/${i.id}/report.csv`;
  }
}
