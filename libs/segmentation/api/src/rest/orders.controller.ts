import { Body, Controller, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ImportUploadInterceptor } from '@rapport/leads-api';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional } from 'class-validator';
import type { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { MAX_ORDERS_PER_REQUEST, OrderStatus } from '@rapport/segmentation-domain';
import { OrdersService } from '../services/orders.service';
import { OrderImportService } from '../services/order-import.service';

class OrderLineDto {
  @ApiPropertyOptional({ description: 'A product of the catalogue.' }) productId?: string;
  @ApiPropertyOptional({ description: 'The product’s code in your system.' }) sku?: string;
  @ApiPropertyOptional({ description: 'Product line (segments can ask "bought anything of this line").' }) productLine?: string;
  @ApiPropertyOptional({ description: 'Default 1; up to 3 decimals.', example: '2' }) quantity?: string;
  @ApiProperty({ description: 'Line amount, up to 2 decimals.', example: '199.00' }) amount: string;
}

class OrderDto {
  @ApiProperty({ description: 'The order’s id in your system: sending it again updates the order.' }) externalId: string;
  @ApiPropertyOptional({ description: 'The customer as a contact id…' }) contactId?: string;
  @ApiPropertyOptional({ description: '…or as an email address (matched to a contact; see createCustomers).' }) email?: string;
  @ApiPropertyOptional({ description: 'For a contact created from this order.' }) firstName?: string;
  @ApiPropertyOptional({ description: 'For a contact created from this order (default: the address’s local part).' }) lastName?: string;
  @ApiProperty({ format: 'date-time', example: '2026-03-31T14:00:00Z' }) orderedAt: string;
  @ApiProperty({ example: 'CNY' }) currency: string;
  @ApiProperty({ description: 'Order total, up to 2 decimals.', example: '398.00' }) amount: string;
  @ApiPropertyOptional({ enum: Object.values(OrderStatus), default: OrderStatus.Completed, description: 'Only completed orders count towards value.' }) status?: OrderStatus;
  @ApiPropertyOptional({ type: [OrderLineDto] }) lines?: OrderLineDto[];
}

export class BulkOrdersBody {
  @ApiProperty({ type: [OrderDto], description: `1 to ${MAX_ORDERS_PER_REQUEST} orders; checked whole: any problem stores none.` })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_ORDERS_PER_REQUEST)
  orders: unknown[];

  @ApiPropertyOptional({ description: 'Create a contact for an address no contact has (otherwise such orders are refused).', default: false })
  @IsOptional() @IsBoolean()
  createCustomers?: boolean;
}

export class BulkOrdersResultDto {
  @ApiProperty() received: number;
  @ApiProperty({ description: 'Orders new to Rapport.' }) created: number;
  @ApiProperty({ description: 'Known orders that changed (unchanged ones count in neither).' }) updated: number;
  @ApiProperty() customersCreated: number;
}

/** Orders from other systems (shop, ERP) for RFM, lifetime value and segments. */
@ApiTags('orders')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('v1/orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post('bulk')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkOrdersResultDto, description: 'Upserted by external id, all or none.' })
  bulk(@CurrentActor() actor: Actor, @Body() body: BulkOrdersBody): Promise<BulkOrdersResultDto> {
    return this.orders.bulkUpsert(actor, body);
  }
}

export class OrderImportUploadDto {
  @ApiProperty() id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ type: [String] }) columns: string[];
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } } }) preview: string[][];
  @ApiProperty() totalRows: number;
  @ApiProperty({ description: 'Column → field as guessed from the headers; start the import with the GraphQL mutation startOrderImport.' }) suggestedMapping: { column: string; field: string }[];
}

/** Order files: the upload; mapping, start, progress and undo are GraphQL (startOrderImport, orderImport, undoOrderImport). */
@ApiTags('orders')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('v1/order-imports')
export class OrderImportsController {
  constructor(private readonly imports: OrderImportService) {}

  @Post()
  @HttpCode(201)
  @UseInterceptors(ImportUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'CSV (UTF-8, UTF-16 or GB18030) or .xlsx, one row per order line, up to 20 MB.' } } } })
  @ApiCreatedResponse({ type: OrderImportUploadDto })
  async upload(@CurrentActor() actor: Actor, @UploadedFile() file: { originalname: string; buffer: Buffer; size: number } | undefined): Promise<OrderImportUploadDto> {
    const imp = await this.imports.upload(actor, file);
    return { id: imp.id, fileName: imp.fileName, columns: imp.columns, preview: imp.preview, totalRows: imp.totalRows, suggestedMapping: imp.suggestedMapping };
  }
}
