import { badInput } from '../../errors/NewsgraphError';
import type { FieldSel } from '../compile/collectFields';
import type { CypherCompiler } from '../compile/CypherCompiler';
import { pageSize } from '../compile/pageSize';

/** How many shortest claim paths Neo4j enumerates before distinct entity chains are kept (a literal: SHORTEST k takes no parameter). */
const CANDIDATES = 64;

/**
 * connections(from, to, maxHops, first): entity chains linked by claims, shortest first. A hop is
 * `(e)<-[:SUBJECT|OBJECT]-(:Claim)-[:SUBJECT|OBJECT]->(e2)`; the path pattern allows up to 4 hops
 * (a literal), and longer chains than maxHops are dropped afterwards (shortest come first).
 */
export function compileConnections(c: CypherCompiler, f: FieldSel): string {
  const maxHops = f.args['maxHops'];
  if (typeof maxHops !== 'number' || !Number.isInteger(maxHops) || maxHops < 1 || maxHops > 4) {
    throw badInput(`maxHops must be an integer from 1 to 4, got ${String(maxHops)}`, { argument: 'maxHops' });
  }
  const first = pageSize(f.args['first'], 'first', 20);
  if (f.args['from'] === f.args['to']) throw badInput('from and to must be different entities');
  return (
    `MATCH (src:Entity {id: ${c.param(f.args['from'])}}), (dst:Entity {id: ${c.param(f.args['to'])}}) ` +
    `MATCH p = SHORTEST ${CANDIDATES} (src)((:Entity)<-[:SUBJECT|OBJECT]-(:Claim)-[:SUBJECT|OBJECT]->(:Entity)){1,4}(dst) ` +
    `WITH [x IN nodes(p) WHERE x:Entity] AS ents WHERE size(ents) - 1 <= ${c.param(maxHops)} AND all(i IN range(0, size(ents) - 2) WHERE NOT ents[i] IN ents[i + 1..]) ` +
    `WITH DISTINCT ents ORDER BY size(ents), [x IN ents | x.name] LIMIT toInteger(${c.param(first)}) ` +
    `WITH {entities: ents} AS path RETURN ${c.project('path', f)} AS result`
  );
}
