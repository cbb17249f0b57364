import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { NewsgraphError } from '../errors/NewsgraphError';
import type { Limits } from './limits';

/** Reports an armor rejection as a LIMIT_EXCEEDED validation error (the operation never runs). */
function reject(ctx: ValidationContext | null, error: GraphQLError): void {
  const message = error.message.replace(/^Syntax Error: /, '');
  ctx?.reportError(new GraphQLError(message, { originalError: new NewsgraphError(message, { code: 'LIMIT_EXCEEDED' }) }));
}

/**
 * graphql-armor's validation rules for depth, aliases, directives and cost, from the limits.
 * (The token limit is graphql-js's own `maxTokens` parse option, set in createServer, so an
 * oversized document is refused while it is being parsed.)
 */
export function limitRules(limits: Pick<Limits, 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxCost'>): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false, onReject: [reject] };
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesRule({ ...common, n: limits.maxAliases }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives }),
    costLimitRule({ ...common, maxCost: limits.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true, flattenFragments: true }),
  ] as ValidationRule[];
}
