import { registerEnumType } from '@nestjs/graphql';
import { RecordScope, Role } from '@rapport/shared-domain';

/** API enums: SCREAMING_CASE names for integrators, the stored lower-case values underneath. */
export const RoleEnum = {
  ADMIN: Role.Admin,
  SALES_MANAGER: Role.SalesManager,
  SALES_REP: Role.SalesRep,
  MARKETER: Role.Marketer,
  SERVICE_MANAGER: Role.ServiceManager,
  SERVICE_AGENT: Role.ServiceAgent,
  PORTAL_USER: Role.PortalUser,
  INTEGRATION: Role.Integration,
} as const;
registerEnumType(RoleEnum, { name: 'Role' });

export const LocaleEnum = { EN: 'en', ZH_CN: 'zh-CN', ZH_TW: 'zh-TW' } as const;
registerEnumType(LocaleEnum, { name: 'Locale' });

export const RecordScopeEnum = {
  NONE: RecordScope.None,
  OWN: RecordScope.Own,
  TEAM: RecordScope.Team,
  ALL: RecordScope.All,
} as const;
registerEnumType(RecordScopeEnum, { name: 'RecordScope' });

export const UserOrderField = { NAME: 'name', EMAIL: 'email', CREATED_AT: 'createdAt', ROLE: 'role' } as const;
registerEnumType(UserOrderField, { name: 'UserOrderField' });

export const TeamOrderField = { NAME: 'name', CREATED_AT: 'createdAt' } as const;
registerEnumType(TeamOrderField, { name: 'TeamOrderField' });
