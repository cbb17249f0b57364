import type { ApolloServerPlugin } from '@apollo/server';
import { NewsgraphError } from '../errors/NewsgraphError';
import type { Context } from './context';
import type { Limits } from './limits';

/**
 * The HTTP layer lets a request with the API key send up to maxIngestBodyBytes (ingest payloads);
 * this plugin keeps that allowance for mutations: any other operation whose body exceeded
 * maxBodyBytes is refused with LIMIT_EXCEEDED before it runs.
 */
export function bodySizePlugin(limits: Pick<Limits, 'maxBodyBytes'>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const bytes = contextValue.request?.bodyBytes ?? 0;
          if (bytes > limits.maxBodyBytes && operation?.operation !== 'mutation') {
            throw new NewsgraphError(`request body is larger than ${limits.maxBodyBytes} bytes`, { code: 'LIMIT_EXCEEDED' });
          }
        },
      };
    },
  };
}
