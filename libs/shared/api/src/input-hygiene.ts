import { ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  DocumentNode,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  typeFromAST,
  ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { childPath, findBadInput, InputProblem, isIsoDateTime, keyProblemOf, MAX_INPUT_DEPTH, TEXT_MESSAGES, textProblem } from '@rapport/shared-util';
import { problemDetails } from './errors';

/**
 * The one input hygiene layer, for REST and GraphQL alike: every string, every key, every DateTime,
 * every ID and every Float the API receives is checked once at the edge (see `findBadInput`), so a NUL byte,
 * a lone surrogate, a `__proto__` key, `"createdAt": true` or an amount of 1e300 is a 400 naming
 * the field, never a database error turned 500. Paths follow the validation pipe's: GraphQL from
 * the argument (`input.lastName`, wherever a variable sits in it), REST bodies from the top
 * (`lastName`) and query parameters under `query.` (`query.q`).
 */
const DATE_TIME_SCALAR = 'DateTime';
const DATE_TIME_MESSAGE = 'must be an ISO 8601 date-time, e.g. 2024-05-01T09:00:00Z';
/**
 * Float inputs stay within what a JavaScript number holds exactly, which every numeric(18,2)
 * column (amounts, revenue) can store; narrower columns still need their own limit on the input.
 */
const MAX_FLOAT = Number.MAX_SAFE_INTEGER;
const FLOAT_MESSAGE = `must be between -${MAX_FLOAT} and ${MAX_FLOAT}`;

const ID_MESSAGE = 'is not a valid id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const GRAPHQL_PATH = /^\/graphql\/?$/i;

interface ProblemResponse {
  status: (n: number) => { type: (t: string) => { json: (b: unknown) => void } };
}

/**
 * Express middleware for everything but /graphql (whose plugin below reports GraphQL paths), placed
 * after the body parsers: JSON and form bodies and query parameters.
 */
export function inputHygieneMiddleware(req: { path: string; body?: unknown; query?: unknown; originalUrl?: string }, res: ProblemResponse, next: () => void) {
  if (GRAPHQL_PATH.test(req.path)) return next();
  const problem = findBadInput(req.body, '') ?? findBadInput(req.query, 'query');
  if (!problem) return next();
  res.status(400).type('application/problem+json').json(problemDetails(AppError.validation([problem]), req.originalUrl));
}

/**
 * The first bad value among the literals written in the document and the operation's variables
 * (and their defaults). A variable's problem is reported where the variable is used, so
 * `createLead(input: $lead)` names `input.lastName` whatever the client called its variable.
 */
export function findBadGraphQLInput(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | undefined, variables: Record<string, unknown> | undefined): InputProblem | null {
  const { literal, usedAt } = literalsOf(schema, document);
  if (literal) return literal;
  for (const def of operation?.variableDefinitions ?? []) {
    const type = typeFromAST(schema, def.type) as GraphQLInputType | undefined;
    const name = def.variable.name.value;
    const root = usedAt.get(name) ?? name;
    const problem =
      variables && Object.hasOwn(variables, name) ? checkValue(variables[name], type, root, 0) : def.defaultValue ? checkLiteral(def.defaultValue, type, root, () => undefined) : null;
    if (problem) return problem;
  }
  return null;
}

/** A raw (JSON) variable value against its declared type: DateTime leaves must be ISO strings, everything else clean text. */
function checkValue(value: unknown, type: GraphQLInputType | undefined, path: string, depth: number): InputProblem | null {
  if (value === null || value === undefined) return null;
  if (depth >= MAX_INPUT_DEPTH) return { path, message: TEXT_MESSAGES.tooDeep };
  if (type && isNonNullType(type)) return checkValue(value, type.ofType, path, depth);
  if (type && isListType(type)) {
    // A single value where a list is declared is coerced to a list of one.
    if (!Array.isArray(value)) return checkValue(value, type.ofType, path, depth);
    for (let i = 0; i < value.length; i++) {
      const problem = checkValue(value[i], type.ofType, childPath(path, i), depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (type && isInputObjectType(type) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = type.getFields();
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const here = childPath(path, key);
      const keyProblem = keyProblemOf(key);
      if (keyProblem) return { path: here, message: keyProblem };
      // An unknown field fails coercion anyway; its value is still checked like untyped JSON.
      const problem = checkValue(child, Object.hasOwn(fields, key) ? fields[key].type : undefined, here, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (type && isDateTime(type)) return isIsoDateTime(value) ? null : { path, message: DATE_TIME_MESSAGE };
  if (type && isFloat(type) && typeof value === 'number') return Math.abs(value) <= MAX_FLOAT ? null : { path, message: FLOAT_MESSAGE };
  if (type && isId(type)) return typeof value === 'string' && UUID.test(value) ? null : { path, message: ID_MESSAGE };
  // Strings, IDs, enums and JSON scalars (custom fields), or a value of the wrong shape for its type.
  return findBadInput(value, path, depth);
}

type OnVariable = (name: string, path: string) => unknown;

// Apollo's document store hands back the same parsed document for a repeated query (the SPA's
// operations), so what its literals say is worked out once per document, not once per request.
const literalCache = new WeakMap<DocumentNode, { literal: InputProblem | null; usedAt: Map<string, string> }>();

function literalsOf(schema: GraphQLSchema, document: DocumentNode) {
  let cached = literalCache.get(document);
  if (!cached) {
    const usedAt = new Map<string, string>();
    const literal = findBadLiteral(schema, document, (name, path) => usedAt.has(name) || usedAt.set(name, path));
    cached = { literal, usedAt };
    literalCache.set(document, cached);
  }
  return cached;
}

/** String literals (`"\u0000"` is legal GraphQL), object literal keys and DateTime literals, in every argument; notes where each variable is used. */
function findBadLiteral(schema: GraphQLSchema, document: DocumentNode, onVariable: OnVariable): InputProblem | null {
  let found: InputProblem | null = null;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        found = checkLiteral(node.value, typeInfo.getArgument()?.type, node.name.value, onVariable);
        return found ? BREAK : false;
      },
      // Defaults are checked with the variables, under the path where they are used.
      VariableDefinition: () => false,
    }),
  );
  return found;
}

function checkLiteral(node: ValueNode, type: GraphQLInputType | undefined, path: string, onVariable: OnVariable): InputProblem | null {
  if (node.kind === Kind.VARIABLE) {
    onVariable(node.name.value, path);
    return null;
  }
  if (node.kind === Kind.NULL) return null;
  if (type && isNonNullType(type)) return checkLiteral(node, type.ofType, path, onVariable);
  if (type && isListType(type) && node.kind !== Kind.LIST) return checkLiteral(node, type.ofType, path, onVariable);
  // Scalars first: a list or object literal where one DateTime or ID is declared is refused here
  // (the DateTime scalar would turn it into null and a NOT NULL column would fail).
  if (type && isDateTime(type)) return node.kind === Kind.STRING && isIsoDateTime(node.value) ? null : { path, message: DATE_TIME_MESSAGE };
  if (type && isId(type)) return node.kind === Kind.STRING && UUID.test(node.value) ? null : { path, message: ID_MESSAGE };
  if (node.kind === Kind.LIST) {
    const item = type && isListType(type) ? type.ofType : undefined;
    for (let i = 0; i < node.values.length; i++) {
      const problem = checkLiteral(node.values[i], item, childPath(path, i), onVariable);
      if (problem) return problem;
    }
    return null;
  }
  if (type && isFloat(type) && (node.kind === Kind.FLOAT || node.kind === Kind.INT)) return Math.abs(Number(node.value)) <= MAX_FLOAT ? null : { path, message: FLOAT_MESSAGE };
  if (node.kind === Kind.STRING) {
    const message = textProblem(node.value);
    return message ? { path, message } : null;
  }
  if (node.kind === Kind.OBJECT) {
    const fields = type && isInputObjectType(type) ? type.getFields() : undefined;
    for (const field of node.fields) {
      const key = field.name.value;
      const here = childPath(path, key);
      const keyProblem = keyProblemOf(key);
      if (keyProblem) return { path: here, message: keyProblem };
      const problem = checkLiteral(field.value, fields && Object.hasOwn(fields, key) ? fields[key].type : undefined, here, onVariable);
      if (problem) return problem;
    }
  }
  return null;
}

function isDateTime(type: GraphQLInputType): boolean {
  return isScalarType(type) && type.name === DATE_TIME_SCALAR;
}

/** Every record id is a UUID: anything else can only be a mistake, and PostgreSQL would reject it deep in a query. */
function isId(type: GraphQLInputType): boolean {
  return isScalarType(type) && type.name === 'ID';
}

function isFloat(type: GraphQLInputType): boolean {
  return isScalarType(type) && type.name === 'Float';
}

/**
 * Apollo plugin: checks variables and literals once the operation is known, before anything runs.
 * A problem is a request error: HTTP 400, `VALIDATION_FAILED` with the field path, no `data`.
 */
export function inputHygienePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          const problem = findBadGraphQLInput(schema, document, operation, request.variables);
          if (problem) {
            throw new GraphQLError('The input is not valid.', {
              originalError: AppError.validation([problem]),
              extensions: { code: ErrorCode.ValidationFailed, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
