import type { MockLink } from '@apollo/client/testing';
import matrix from './permission-matrix.json';
import {
  CustomFieldDefinitionsDocument,
  MeDocument,
  RolesDocument,
  SalesOverviewDocument,
  SavedViewsDocument,
  UserOptionsDocument,
  type CurrentUserFragment,
  type CustomFieldDefinitionFieldsFragment,
  type CustomizableObject,
  type Role,
  type SavedViewFieldsFragment,
  type UserRowFragment,
} from '@rapport/web-data-access';

type Grant = NonNullable<CurrentUserFragment['permissions']>[number];

/**
 * A role's grants as `me.permissions` carries them: the API's permission table, copied to
 * permission-matrix.json (apps/api/src/web-grants-fixture.spec.ts keeps the copy exact).
 */
export function grantsFor(role: Role): Grant[] {
  return (matrix as Record<string, Omit<Grant, '__typename'>[]>)[role]!.map((g) => ({ __typename: 'Permission', ...g }));
}

/** The permission matrix (`roles`), as the no-access page reads it to name the roles that have a grant. */
export function rolesMock(): MockLink.MockedResponse {
  const roles = Object.keys(matrix).map((role) => ({ __typename: 'RoleInfo' as const, role: role as Role, permissions: grantsFor(role as Role) }));
  return { request: { query: RolesDocument }, result: { data: { roles } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** The signed-in viewer; `grants` replaces the role's (a viewer without one grant, say). */
export function meMock(role: Role = 'ADMIN', grants: Grant[] = grantsFor(role)): MockLink.MockedResponse {
  const me: CurrentUserFragment = {
    __typename: 'User',
    id: 'u-admin',
    email: 'ada@example.com',
    name: 'Ada Admin',
    role,
    locale: 'EN',
    team: null,
    permissions: grants,
  };
  return { request: { query: MeDocument }, result: { data: { me } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** A person as the admin users list and the `user` query load them: an active rep, their email from the id. */
export function userRow(id: string, name: string, overrides: Partial<UserRowFragment> = {}): UserRowFragment {
  return {
    __typename: 'User',
    id,
    name,
    email: `${id}@example.com`,
    role: 'SALES_REP',
    active: true,
    locale: 'EN',
    lastLoginAt: null,
    createdAt: '2026-01-02T10:00:00Z',
    team: null,
    ...overrides,
  };
}

/** The Sales start page's counts (the landing page of most tests). */
export function salesOverviewMock(meId = 'u-admin'): MockLink.MockedResponse {
  const count = (typename: string, totalCount: number) => ({ __typename: typename, totalCount });
  return {
    request: { query: SalesOverviewDocument, variables: { me: meId } },
    result: {
      data: {
        accounts: count('AccountConnection', 240),
        contacts: count('ContactConnection', 1000),
        openOpportunities: count('OpportunityConnection', 180),
        openLeads: count('LeadConnection', 420),
        myOpenActivities: count('ActivityConnection', 7),
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

type DefinitionMock = {
  key: string;
  label: string;
  type: 'TEXT' | 'NUMBER' | 'DATE' | 'SELECT' | 'MULTI_SELECT' | 'BOOLEAN' | 'CURRENCY';
  options?: string[];
  labels?: Record<string, string>;
  optionLabels?: Record<string, Record<string, string>>;
  required?: boolean;
  active?: boolean;
};

/** A custom field definition as the API returns it. */
export function definition(objectType: CustomizableObject, d: DefinitionMock, position = 0): CustomFieldDefinitionFieldsFragment {
  return {
    __typename: 'CustomFieldDefinition',
    id: `cf-${d.key}`,
    objectType,
    key: d.key,
    label: d.label,
    labels: d.labels ?? {},
    type: d.type,
    options: d.options ?? [],
    optionLabels: d.optionLabels ?? {},
    required: d.required ?? false,
    position,
    active: d.active ?? true,
    createdAt: '2026-10-01T08:00:00Z',
  };
}

/** The active custom fields of an object (lists, forms and record pages ask for them). */
export function customFieldsMock(objectType: CustomizableObject, defs: DefinitionMock[] = []): MockLink.MockedResponse {
  return {
    request: { query: CustomFieldDefinitionsDocument, variables: { objectType, includeArchived: false } },
    result: { data: { customFieldDefinitions: defs.map((d, i) => definition(objectType, d, i)) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Saved views of a list (none by default). */
export function savedViewsMock(objectType: string, views: SavedViewFieldsFragment[] = []): MockLink.MockedResponse {
  return {
    request: { query: SavedViewsDocument, variables: { objectType } },
    result: { data: { savedViews: views } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** The people a user picker offers (active ones unless `filter` says otherwise). */
export function userOptionsMock(users: { id: string; name: string }[], filter: unknown = { active: { eq: true } }): MockLink.MockedResponse {
  return {
    request: { query: UserOptionsDocument, variables: filter === undefined ? {} : { filter } },
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          edges: users.map((u) => ({ __typename: 'UserEdge', node: { __typename: 'User', id: u.id, name: u.name, email: `${u.id}@example.com` } })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
