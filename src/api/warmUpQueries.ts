import { buildASTSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Database } from '../db/Database';
import { loadTypeDefs } from '../server/loadTypeDefs';
import { compileOperation } from './compile/compileOperation';
import { exampleOperations } from './exampleOperations';

/**
 * Plans (EXPLAIN) the Cypher of every documented example operation once, so that Neo4j's query
 * compiler is warm and the plans are cached before the first client asks: a cold compile of a
 * large nested query can take longer than the transaction bound. Never throws; gives up quietly
 * when the database does not answer.
 */
export async function warmUpQueries(db: Database, logger: Logger, deadlineMs = 30000): Promise<number> {
  if (!(await db.ping(2000))) return 0;
  let planned = 0;
  const work = (async () => {
    const schema = buildASTSchema(loadTypeDefs());
    for (const example of exampleOperations()) {
      let compiled;
      try {
        compiled = compileOperation(schema, example.query, example.variables);
      } catch (e) {
        logger.warn({ err: e, example: example.title }, 'example operation does not compile');
        continue;
      }
      for (const root of compiled.values()) {
        try {
          await db.read({ name: `warmup/${root.query.name}`, text: `EXPLAIN ${root.query.text}` }, root.params);
          planned += 1;
        } catch {
          // a cold or busy database: the real query will plan itself
        }
      }
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, deadlineMs)))]);
  clearTimeout(timer);
  return planned;
}
