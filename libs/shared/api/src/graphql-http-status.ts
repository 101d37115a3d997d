import { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, httpStatusOf } from '@rapport/shared-errors';

const OUR_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * HTTP status of GraphQL *request* errors (the operation never ran: unparsable document, failed
 * validation, unknown operation, bad variables, refused by a plugin): 400, or the status our own
 * code maps to (429 for RATE_LIMITED), never 500 unless an error really is INTERNAL. Apollo answers
 * 500 for any error thrown before execution that carries no `extensions.http`, which made client
 * mistakes look like server faults. Errors from resolvers keep Apollo's 200 with `errors[]` and
 * `data`, as the GraphQL-over-HTTP spec has it for `application/json`.
 */
export function requestErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          // `data` is absent (not null) exactly when nothing was executed.
          if (data !== undefined || !errors?.length) return;
          const status = response.http.status;
          if (status !== undefined && status < 500) return;
          const codes = errors.map((e) => String(e.extensions?.code ?? ''));
          if (codes.some((c) => c === ErrorCode.Internal || c === 'INTERNAL_SERVER_ERROR' || c === '')) return;
          response.http.status = OUR_CODES.has(codes[0]) ? httpStatusOf(codes[0] as ErrorCode) : 400;
        },
      };
    },
  };
}
