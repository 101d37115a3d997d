import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ImportUploadInterceptor } from '@rapport/leads-api';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor, PageQuery, pageArgs, restFields, restPage } from '@rapport/shared-api';
import { AppError } from '@rapport/shared-errors';
import { CampaignStatus, CampaignType } from '@rapport/marketing-domain';
import type { CampaignEntity, CampaignMemberEntity } from '@rapport/marketing-data';
import { CampaignMembersService } from '../services/campaign-members.service';
import { CampaignsService } from '../services/campaigns.service';
import { CampaignMemberImportService } from '../services/campaign-member-import.service';

export class ListCampaignsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Matches the name (case-insensitive substring).' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ enum: Object.values(CampaignStatus) }) @IsOptional() @IsIn(Object.values(CampaignStatus)) status?: CampaignStatus;
  @ApiPropertyOptional({ enum: Object.values(CampaignType) }) @IsOptional() @IsIn(Object.values(CampaignType)) type?: CampaignType;
}

export class ListMembersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only members with this status.' }) @IsOptional() @IsString() @MaxLength(40) status?: string;
}

export class CampaignDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Object.values(CampaignType) }) type: string;
  @ApiProperty({ enum: Object.values(CampaignStatus) }) status: string;
  @ApiProperty({ nullable: true, type: String }) parentCampaignId: string | null;
  @ApiProperty({ nullable: true, type: String }) channel: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startDate: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endDate: string | null;
  @ApiProperty() currency: string;
  @ApiProperty({ nullable: true, type: String, description: 'Exact decimal.' }) budget: string | null;
  @ApiProperty({ nullable: true, type: String }) ownerId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(c: CampaignEntity): CampaignDto {
    return restFields(c, ['id', 'name', 'type', 'status', 'parentCampaignId', 'channel', 'startDate', 'endDate', 'currency', 'budget', 'ownerId', 'createdAt', 'updatedAt']);
  }
}

export class CampaignListDto {
  @ApiProperty({ type: [CampaignDto] }) items: CampaignDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
  @ApiProperty() totalCount: number;
}

export class CampaignMemberDto {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: String }) contactId: string | null;
  @ApiProperty({ nullable: true, type: String }) leadId: string | null;
  @ApiProperty() status: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) respondedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(m: CampaignMemberEntity): CampaignMemberDto {
    return restFields(m, ['id', 'contactId', 'leadId', 'status', 'respondedAt', 'createdAt']);
  }
}

export class CampaignMemberListDto {
  @ApiProperty({ type: [CampaignMemberDto] }) items: CampaignMemberDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
  @ApiProperty() totalCount: number;
}

export class MemberImportBody {
  @ApiPropertyOptional({ description: 'The status the people join with (default: the campaign type’s first).' }) @IsOptional() @IsString() @MaxLength(40) status?: string;
}

export class MemberImportDto {
  @ApiProperty({ description: 'Addresses read from the file.' }) rows: number;
  @ApiProperty({ description: 'Contacts and leads you may see that have one of them.' }) matched: number;
  @ApiProperty() added: number;
  @ApiProperty() alreadyMembers: number;
  @ApiProperty({ type: [String], description: 'The first 50 addresses nobody you may see has.' }) unmatched: string[];
  @ApiProperty() unmatchedCount: number;
}

/** REST mirror of the campaign queries for integrators; same services, same visibility. */
@ApiTags('campaigns')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('v1/campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly members: CampaignMembersService,
    private readonly memberImport: CampaignMemberImportService,
  ) {}

  @Get()
  @ApiOkResponse({ type: CampaignListDto })
  async list(@CurrentActor() actor: Actor, @Query() query: ListCampaignsQuery): Promise<CampaignListDto> {
    const filter = {
      ...(query.q ? { name: { contains: query.q } } : {}),
      ...(query.status ? { status: { eq: query.status } } : {}),
      ...(query.type ? { type: { eq: query.type } } : {}),
    };
    return restPage(await this.campaigns.list(actor, { ...pageArgs(query), filter }), CampaignDto.from);
  }

  @Get(':id')
  @ApiOkResponse({ type: CampaignDto })
  async get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CampaignDto> {
    const campaign = await this.campaigns.findVisible(actor, id);
    if (!campaign) throw AppError.notFound('The campaign');
    return CampaignDto.from(campaign);
  }

  @Post(':id/members/import')
  @HttpCode(201)
  @UseInterceptors(ImportUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'CSV or .xlsx with an email column, up to 10,000 rows.' }, status: { type: 'string' } } } })
  @ApiCreatedResponse({ type: MemberImportDto, description: 'The people found were added (those already members stay as they are).' })
  importMembers(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @Body() body: MemberImportBody,
  ): Promise<MemberImportDto> {
    return this.memberImport.import(actor, id, file, body.status);
  }

  @Get(':id/members')
  @ApiOkResponse({ type: CampaignMemberListDto })
  async listMembers(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: ListMembersQuery): Promise<CampaignMemberListDto> {
    if (!(await this.campaigns.findVisible(actor, id))) throw AppError.notFound('The campaign');
    const page = await this.members.list(actor, id, { ...pageArgs(query), filter: query.status ? { status: { eq: query.status } } : null });
    return restPage(page, CampaignMemberDto.from);
  }
}
