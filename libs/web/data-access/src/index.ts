export { createApolloClient, createCache } from './apollo-client';
export type { CreateApolloClientOptions } from './apollo-client';
export {
  errorCodeOf,
  errorMessageOf,
  fieldErrorsOf,
  graphQLErrorsOf,
  mapFieldErrors,
  retryAfterSecondsOf,
} from './graphql-errors';
export type { ApiErrorCode, ApiFieldError, FormNamePath, MappedFieldErrors } from './graphql-errors';
export * from './generated/graphql';
export type {
  Locale,
  RecordScope,
  Role,
  SortDirection,
  UserFilter,
  UserOrderBy,
  UserOrderField,
  TeamFilter,
  CreateUserInput,
  UpdateUserInput,
  CreateTeamInput,
  UpdateTeamInput,
  CreateApiKeyInput,
} from './generated/schema-types';
