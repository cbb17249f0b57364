import type { ApolloServerPlugin } from '@apollo/server';
import { NewsgraphError } from '../errors/NewsgraphError';
import type { Context } from './context';

export interface AuthPolicy {
  /** Whether an API key is configured at all; without one, no operation that needs it can run. */
  keyConfigured: boolean;
  /** Queries too need the key (NEWSGRAPH_READS_REQUIRE_KEY). */
  readsRequireKey: boolean;
}

/**
 * Central authorization: once Apollo knows which operation a request runs (after parsing and
 * validation, before execution), mutations — and queries when reads require the key — are refused
 * unless the request carried the API key. No resolver and no database call runs for a refused one.
 * Without a configured key these operations are disabled: FORBIDDEN. With one: UNAUTHENTICATED.
 */
export function authPlugin(policy: AuthPolicy): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const kind = operation?.operation ?? 'query';
          const needsKey = kind !== 'query' || policy.readsRequireKey;
          if (!needsKey || contextValue.authenticated) return;
          const what = kind === 'query' ? 'queries' : `${kind}s`;
          if (!policy.keyConfigured) {
            throw new NewsgraphError(`${what} are disabled on this server (no API key is configured)`, { code: 'FORBIDDEN' });
          }
          throw new NewsgraphError(`${what} need a valid API key (Authorization: Bearer <key>)`, { code: 'UNAUTHENTICATED' });
        },
      };
    },
  };
}
