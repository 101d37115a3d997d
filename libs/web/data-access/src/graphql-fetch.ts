import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, visit, type DocumentNode, type FieldNode, type GraphQLFormattedError } from 'graphql';

export interface FetchGraphQLOptions {
  /** Same-origin by default, like the Apollo client. */
  uri?: string;
  /** Sent as `Accept-Language`, as the Apollo client does: the UI language at the time. */
  language?: string;
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * Apollo asks for `__typename` in every selection but the operation's own; an answer fetched here
 * must have the same shape to be written into its cache later (the session after sign-in).
 */
function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

const printed = new WeakMap<DocumentNode, { query: string; operationName: string | undefined }>();

function request(document: DocumentNode) {
  let entry = printed.get(document);
  if (!entry) {
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    entry = { query: print(withTypename(document)), operationName: operation?.name?.value };
    printed.set(document, entry);
  }
  return entry;
}

/**
 * One GraphQL operation over a plain `fetch`, for the login page: it must not download Apollo
 * Client (~44 KB) before anyone has signed in (issue 12, docs/performance.md). It fails the way an
 * Apollo operation does — `CombinedGraphQLErrors` for errors in the answer, `ServerError` for a
 * non-2xx status (the API answers a refused sign-in with 401/429 and a GraphQL body),
 * `ServerParseError` for a body that is not JSON, fetch's own error when the network is down —
 * so `errorCodeOf`, `errorMessageOf` and `retryAfterSecondsOf` read its errors unchanged.
 */
export async function fetchGraphQL<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: FetchGraphQLOptions = {},
): Promise<TData> {
  const { query, operationName } = request(document);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json;q=0.9',
  };
  if (options.language) headers['accept-language'] = options.language;
  const response = await fetch(options.uri ?? '/graphql', {
    method: 'POST',
    // The session cookie is set by the sign-in answer and sent with the calls after it.
    credentials: 'include',
    headers,
    body: JSON.stringify({ operationName, query, variables }),
  });
  const bodyText = await response.text();
  if (!response.ok) throw new ServerError(`Response not successful: Received status code ${response.status}`, { response, bodyText });
  let result: { data?: TData | null; errors?: GraphQLFormattedError[] };
  try {
    result = JSON.parse(bodyText) as typeof result;
  } catch (error) {
    throw new ServerParseError(error, { response, bodyText });
  }
  if (result.errors?.length) throw new CombinedGraphQLErrors(result);
  if (!result.data) throw new ServerParseError(new Error('The answer has neither data nor errors'), { response, bodyText });
  return result.data;
}
