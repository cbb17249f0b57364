import type { Logger } from 'pino';
import type { Config } from '../config/config';
import type { Database } from '../db/Database';

/** What every resolver receives. */
export interface Context {
  db: Database;
  config: Config;
  logger: Logger;
  requestId: string;
  /** True when the request carried the right API key. */
  authenticated: boolean;
}
