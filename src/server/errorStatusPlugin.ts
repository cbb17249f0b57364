import type { ApolloServerPlugin } from '@apollo/server';
import { ERROR_CODES, isPublicErrorCode } from '../errors/NewsgraphError';
import type { Context } from './context';
import { responseMediaType } from './responseMediaType';

/**
 * Sets the HTTP status of every GraphQL response from the error contract (docs/hardening.md):
 * - no error, or data present alongside field errors: 200;
 * - otherwise the status of the first error's code (ERROR_CODES), except that a request error
 *   (BAD_USER_INPUT with no `data` entry from parsing, validation or variable coercion) answers 200 to
 *   a legacy `application/json` client, as the GraphQL-over-HTTP spec asks.
 * A 405 that Apollo set for a mutation over GET is kept. It also fixes the response content type from the Accept header so status and media type agree.
 */
export function errorStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue, errors }) {
          const mediaType = responseMediaType(request.http?.headers.get('accept'));
          if (mediaType !== undefined && !response.http.headers.has('content-type')) {
            response.http.headers.set('content-type', `${mediaType}; charset=utf-8`);
          }
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const codes = (result.errors ?? []).map((e) => e.extensions?.code).map((c) => (isPublicErrorCode(c) ? c : 'INTERNAL'));
          contextValue.request?.errorCodes.push(...codes);
          const first = codes[0];
          // Apollo's 405 (with `Allow: POST`) for a mutation sent over GET stays: it is the precise answer.
          if (response.http.status === 405) return;
          if (first === undefined || (result.data !== undefined && result.data !== null)) {
            response.http.status = 200;
            return;
          }
          // A GraphQL request error: the document did not parse or validate, or the variables did not coerce.
          // (Not BAD_REQUEST: a body that is not a GraphQL request at all stays 400.)
          const graphQLRequestError = !('data' in result) && errors?.[0]?.extensions.code !== 'BAD_REQUEST';
          response.http.status = first === 'BAD_USER_INPUT' && graphQLRequestError && mediaType !== 'application/graphql-response+json' ? 200 : ERROR_CODES[first];
        },
      };
    },
  };
}
