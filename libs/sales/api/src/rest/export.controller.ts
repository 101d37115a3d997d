import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiParam, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, exportKeys } from '@rapport/shared-domain';
import { ACCOUNT, ACTIVITY, CONTACT, LEAD, OPPORTUNITY } from '@rapport/sales-domain';
import { CurrentActor, csvWriter, ExportRegistry } from '@rapport/shared-api';
import { AppError } from '@rapport/shared-errors';
import { AccountsService } from '../services/accounts.service';
import { ActivitiesService } from '../services/activities.service';
import { ContactsService } from '../services/contacts.service';
import { LeadsService } from '../services/leads.service';
import { OpportunitiesService } from '../services/opportunities.service';

/** Pages of the API's maximum size (PAGE_SIZE_MAX defaults to 100). */
const EXPORT_PAGE = 100;

/**
 * CSV export of any registered list (ExportRegistry: sales records here, campaigns from marketing)
 * with the same typed filter as GraphQL. It pages through the same
 * scoped list service, so an export never contains a row its caller can't see in the app.
 * Streams: memory stays flat whatever the size. UTF-8 with BOM so Excel shows Chinese correctly.
 */
@ApiTags('export')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('v1/export')
export class ExportController {
  constructor(
    private readonly exports: ExportRegistry,
    accounts: AccountsService,
    contacts: ContactsService,
    leads: LeadsService,
    opportunities: OpportunitiesService,
    activities: ActivitiesService,
  ) {
    exports.register('accounts', exportKeys(ACCOUNT), (a, q) => accounts.list(a, q) as never, { segments: true });
    exports.register('contacts', exportKeys(CONTACT), (a, q) => contacts.list(a, q) as never, { segments: true });
    exports.register('leads', exportKeys(LEAD), (a, q) => leads.list(a, q) as never);
    exports.register('opportunities', exportKeys(OPPORTUNITY), (a, q) => opportunities.list(a, q) as never);
    exports.register('activities', exportKeys(ACTIVITY), (a, q) => activities.list(a, q) as never);
  }

  @Get(':object.csv')
  @ApiParam({ name: 'object', enum: ['accounts', 'contacts', 'leads', 'opportunities', 'activities', 'campaigns', 'cases'] })
  @ApiQuery({ name: 'filter', required: false, description: 'The GraphQL filter input as JSON, e.g. {"status":{"eq":"new"}} (stored enum values).' })
  @ApiQuery({ name: 'inSegment', required: false, description: 'Accounts and contacts: only the current members of this segment (for readers of segments), as the lists\' `inSegment`.' })
  @ApiProduces('text/csv')
  async export(
    @CurrentActor() actor: Actor,
    @Param('object') object: string,
    @Query('filter') filterJson: string | undefined,
    @Query('inSegment') inSegment: string | undefined,
    @Res() res: Response,
  ) {
    // A Map: `constructor.csv` is an unknown export, not Object.prototype's member.
    const registered = this.exports.get(object);
    if (!registered) throw AppError.notFound(`Export "${object}"`, 'export');
    const { list, columns, segments } = registered;
    if (inSegment !== undefined && (!segments || typeof inSegment !== 'string')) throw AppError.validation([{ path: 'inSegment', message: 'is not a filter of this list' }]);
    const among = inSegment ? { inSegment } : {};
    let filter: unknown = null;
    if (filterJson) {
      try {
        filter = JSON.parse(filterJson);
      } catch {
        throw AppError.validation([{ path: 'filter', message: 'must be JSON' }]);
      }
    }
    // Validate the filter before the first byte goes out, so errors are still problem+json.
    let page = await list(actor, { first: EXPORT_PAGE, after: null, filter: filter as never, ...among });
    res.status(200).type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${object}.csv"`);
    res.write('\uFEFF');
    const csv = csvWriter(columns);
    csv.pipe(res);
    for (;;) {
      for (const edge of page.edges) {
        if (!csv.write(edge.node)) await new Promise((r) => csv.once('drain', r));
      }
      if (!page.pageInfo.hasNextPage) break;
      page = await list(actor, { first: EXPORT_PAGE, after: page.pageInfo.endCursor, filter: filter as never, ...among });
    }
    csv.end();
  }
}
