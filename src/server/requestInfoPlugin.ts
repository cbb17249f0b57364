import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST } from 'graphql';
import type { Context } from './context';

/**
 * Records the operation name and type of each request for its log line and metrics: from the
 * request, then from the parsed document (so a request that fails validation is still named),
 * then as Apollo resolved it.
 */
export function requestInfoPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      if (contextValue.request !== undefined) contextValue.request.operationName = request.operationName ?? null;
      return {
        async validationDidStart({ document, request: req, contextValue: ctx }) {
          const op = getOperationAST(document, req.operationName);
          if (ctx.request === undefined || op === null || op === undefined) return;
          ctx.request.operationName = op.name?.value ?? null;
          ctx.request.operationType = op.operation;
        },
        async didResolveOperation({ operation, operationName, contextValue: ctx }) {
          if (ctx.request === undefined) return;
          ctx.request.operationName = operationName;
          if (operation !== undefined) ctx.request.operationType = operation.operation;
        },
      };
    },
  };
}
