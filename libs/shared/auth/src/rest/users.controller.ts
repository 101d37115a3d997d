import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ALL_ROLES, Actor, Role } from '@rapport/shared-domain';
import { CurrentActor, PageQuery, pageArgs, restFields, restPage } from '@rapport/shared-api';
import { UserEntity } from '@rapport/shared-database';
import { UsersService } from '../services/users.service';

export class ListUsersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Matches name or email (case-insensitive substring).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ALL_ROLES })
  @IsOptional()
  @IsIn(ALL_ROLES)
  role?: Role;
}

export class UserDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ALL_ROLES }) role: Role;
  @ApiProperty() active: boolean;
  @ApiProperty() locale: string;
  @ApiProperty({ nullable: true, type: String }) teamId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastLoginAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(u: UserEntity): UserDto {
    return restFields(u, ['id', 'email', 'name', 'role', 'active', 'locale', 'teamId', 'lastLoginAt', 'createdAt']);
  }
}

export class UserListDto {
  @ApiProperty({ type: [UserDto] }) items: UserDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
  @ApiProperty() totalCount: number;
}

/** REST mirror of the users query for integrators who prefer it; same service, same visibility. */
@ApiTags('users')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('v1')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @ApiOkResponse({ type: UserListDto })
  async list(@CurrentActor() actor: Actor, @Query() query: ListUsersQuery): Promise<UserListDto> {
    const filter: Record<string, unknown> = {
      ...(query.q ? { or: [{ name: { contains: query.q } }, { email: { contains: query.q } }] } : {}),
      ...(query.role ? { role: { eq: query.role } } : {}),
    };
    const page = await this.users.list(actor, { ...pageArgs(query), filter: filter as never });
    return restPage(page, UserDto.from);
  }

  @Get('users/:id')
  @ApiOkResponse({ type: UserDto })
  async get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<UserDto> {
    const user = await this.users.findVisible(actor, id);
    if (!user) throw new NotFoundException('The user was not found.');
    return UserDto.from(user);
  }

  @Get('me')
  @ApiOkResponse({ type: UserDto })
  async me(@CurrentActor() actor: Actor): Promise<UserDto> {
    return UserDto.from(await this.users.me(actor));
  }
}
