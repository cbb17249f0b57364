import type { FieldSel } from '../compile/collectFields';
import type { CypherCompiler } from '../compile/CypherCompiler';

/** node(id): any node with a global id (each label's id lookup uses its uniqueness constraint). */
export function compileNode(c: CypherCompiler, f: FieldSel): string {
  const id = c.param(f.args['id']);
  const labels = ['Entity', 'Article', 'Source', 'Sentence', 'Claim', 'Curation'];
  const union = labels.map((l) => `MATCH (root:${l} {id: ${id}}) RETURN root`).join(' UNION ');
  return `CALL () { ${union} } WITH root LIMIT 1 RETURN ${c.project('root', f)} AS result`;
}

/** entity(id) / article(id): one node of a label by id. */
export function compileById(label: 'Entity' | 'Article') {
  return (c: CypherCompiler, f: FieldSel): string => `MATCH (root:${label} {id: ${c.param(f.args['id'])}}) RETURN ${c.project('root', f)} AS result`;
}
