import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { CallTrackingService } from '../services/call-tracking.service';

export class InboundCallDto {
  @ApiProperty({ description: 'The number the caller dialled (a campaign’s tracking number attributes the call).' }) @IsString() @MaxLength(40) dialedNumber: string;
  @ApiProperty({ description: 'The caller’s number.' }) @IsString() @MaxLength(40) callerNumber: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) callerName?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate() occurredAt?: Date;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

export class LoggedCallDto {
  @ApiProperty() activityId: string;
  @ApiProperty({ nullable: true, type: String }) campaignId: string | null;
  @ApiProperty({ nullable: true, type: String }) contactId: string | null;
  @ApiProperty({ nullable: true, type: String }) leadId: string | null;
  @ApiProperty() createdLead: boolean;
}

/** For telephony systems: each inbound call, as an agent would log it (same service, same rules). */
@ApiTags('calls')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('v1/calls')
export class CallsController {
  constructor(private readonly calls: CallTrackingService) {}

  @Post('inbound')
  @HttpCode(201)
  @ApiCreatedResponse({ type: LoggedCallDto })
  async inbound(@CurrentActor() actor: Actor, @Body() body: InboundCallDto): Promise<LoggedCallDto> {
    const r = await this.calls.logInbound(actor, body);
    return { activityId: r.activity.id, campaignId: r.campaign?.id ?? null, contactId: r.contact?.id ?? null, leadId: r.lead?.id ?? null, createdLead: r.createdLead };
  }
}
