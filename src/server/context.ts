import type { Logger } from 'pino';
import type { Config } from '../config/config';
import type { Database } from '../db/Database';
import type { RequestInfo } from './requestInfo';

/** What every resolver receives. */
export interface Context {
  db: Database;
  config: Config;
  logger: Logger;
  requestId: string;
  /** True when the request carried the right API key. */
  authenticated: boolean;
  /** Per-request facts shared with the server's plugins (set by createServer). */
  request?: RequestInfo;
}
