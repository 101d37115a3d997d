import type { OpenAPIObject, OperationObject, ReferenceObject, RequestBodyObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { ErrorCode } from '@rapport/shared-errors';

export const PROBLEM_JSON = 'application/problem+json';
const PROBLEM_REF = '#/components/schemas/ProblemDetails';

/** The body of every REST error (RFC 9457), as `ProblemDetailsFilter` and `problemDetailsMiddleware` write it. */
export const PROBLEM_DETAILS_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'An error, as RFC 9457 problem details. Switch on `code`; it never changes once published.',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', format: 'uri', example: 'https://rapport.dev/problems/validation-failed' },
    title: { type: 'string', description: 'A human-readable summary.', example: 'The input is not valid.' },
    status: { type: 'integer', example: 400 },
    code: { type: 'string', enum: Object.values(ErrorCode), example: ErrorCode.ValidationFailed },
    messageKey: { type: 'string', description: 'Stable key of `title` for clients that show it in another language.', example: 'errors.validationFailed' },
    params: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] }, description: 'Values for the placeholders of `messageKey`.', example: { object: 'account' } },
    instance: { type: 'string', description: 'The request path.', example: '/api/v1/users?limit=0' },
    errors: {
      type: 'array',
      description: 'For VALIDATION_FAILED: one entry per problem, with the path of the offending field.',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: {
          path: { type: 'string', example: 'email' },
          message: { type: 'string', example: 'Enter a valid email address' },
          messageKey: { type: 'string', description: 'Stable key of `message` (absent when it has none).', example: 'validation.enterEmail' },
          params: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] }, example: { max: 200 } },
        },
      },
    },
  },
};

type Rule = { status: number; description: string; applies: (op: OperationObject, path: string) => boolean };

const parsesBody = (op: OperationObject) => {
  const body = op.requestBody as RequestBodyObject | ReferenceObject | undefined;
  const types = body && 'content' in body ? Object.keys(body.content) : [];
  return types.some((t) => t === 'application/json' || t === 'application/x-www-form-urlencoded');
};
const authenticated = (op: OperationObject) => (op.security ?? []).length > 0;

/**
 * The errors that every operation of a kind can answer, because they come from shared machinery
 * rather than from one handler: validation pipes and the input checks (400), the auth guard and
 * API-key scopes (401/403), record lookups by path id (404) and the body parsers' caps (413).
 * Errors only some routes have (409, 429) are declared on the route with the usual
 * `@Api…Response` decorators; `withProblemResponses` gives those the problem+json body too.
 */
const COMMON: Rule[] = [
  { status: 400, description: 'The request is not valid (`VALIDATION_FAILED`); `errors` lists each field’s problem.', applies: () => true },
  { status: 401, description: 'No valid session or API key (`UNAUTHENTICATED`).', applies: authenticated },
  { status: 403, description: 'The caller’s role or API-key scopes do not allow this (`FORBIDDEN`).', applies: authenticated },
  { status: 404, description: 'Not found, or not visible to the caller: the two read alike (`NOT_FOUND`).', applies: (_, path) => path.includes('{') },
  { status: 413, description: 'The request body is larger than this route accepts (`VALIDATION_FAILED`).', applies: parsesBody },
];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Post-processes the generated document so it tells the truth about errors: adds the
 * `ProblemDetails` schema, the common error responses of each operation (by the rules above),
 * and an `application/problem+json` body to every 4xx response that lacks one. One pass over
 * the document covers every controller, present and future, without per-endpoint decorators.
 */
export function withProblemResponses(doc: OpenAPIObject): OpenAPIObject {
  doc.components = { ...doc.components, schemas: { ...doc.components?.schemas, ProblemDetails: PROBLEM_DETAILS_SCHEMA } };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      for (const rule of COMMON) {
        if (rule.applies(op, path) && !op.responses[String(rule.status)]) op.responses[String(rule.status)] = { description: rule.description };
      }
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^4\d\d$/.test(status) || !response || '$ref' in response) continue;
        addProblemBody(response, Number(status));
      }
    }
  }
  return doc;
}

function addProblemBody(response: ResponseObject, status: number) {
  response.content = { ...response.content, [PROBLEM_JSON]: { schema: { $ref: PROBLEM_REF } } };
  if (status === 429) {
    response.headers = { ...response.headers, 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } } };
  }
}
