import { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode, msg } from '@rapport/shared-errors';

/**
 * Depth and complexity limits, so one request can't ask for the whole database. List fields
 * multiply the cost of their children by `first` (see `listComplexity`).
 */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!set) return depth;
      let max = depth;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if ((sel as FieldNode).name.value.startsWith('__')) continue;
          max = Math.max(max, depthOf(sel.selectionSet, depth + 1, seen));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, depthOf(sel.selectionSet, depth, seen));
        } else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
          const frag = fragments.get(sel.name.value);
          max = Math.max(max, depthOf(frag?.selectionSet, depth, new Set([...seen, sel.name.value])));
        }
      }
      return max;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          const text = msg('request.tooDeep', { depth, max: maxDepth });
          context.reportError(
            new GraphQLError(text.message, {
              nodes: [node],
              extensions: { code: ErrorCode.QueryTooComplex, messageKey: text.messageKey, params: text.params },
            }),
          );
        }
      },
    };
  };
}

/** Cost estimator: a list field costs (1 + child cost) × requested page size. */
export function listComplexity({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) {
  const first = typeof args['first'] === 'number' ? args['first'] : 20;
  return (1 + childComplexity) * Math.max(1, first);
}

export function complexityPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          // No operation (unknown or missing operationName): Apollo answers that itself, with a 400.
          if (!operation) return;
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (err) {
            // It coerces the variables first: invalid ones are the caller's mistake, said in graphql-js's
            // words; its AST node (the variable's definition) names the variable for the message key.
            throw new GraphQLError(err instanceof Error ? err.message : 'The variables are not valid.', {
              nodes: err instanceof GraphQLError ? err.nodes : undefined,
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (complexity > max) {
            const text = msg('request.tooCostly', { cost: complexity, max });
            throw new GraphQLError(text.message, {
              extensions: { code: ErrorCode.QueryTooComplex, http: { status: 400 }, messageKey: text.messageKey, params: text.params },
            });
          }
        },
      };
    },
  };
}
