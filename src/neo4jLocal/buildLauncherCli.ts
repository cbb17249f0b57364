import { buildLauncher } from './buildLauncher';

/** `npm run neo4j:build`: builds the local Neo4j launcher (used by CI before the tests). */
try {
  buildLauncher((line) => process.stderr.write(`${line}\n`));
  process.stderr.write('local Neo4j launcher is built\n');
} catch (e) {
  process.stderr.write(`newsgraph: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
