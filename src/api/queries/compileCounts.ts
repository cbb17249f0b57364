import type { FieldSel } from '../compile/collectFields';
import type { CypherCompiler } from '../compile/CypherCompiler';

/** counts: aggregations; each selected count is a subquery of the one statement. */
export function compileCounts(c: CypherCompiler, f: FieldSel): string {
  return `WITH {} AS counts RETURN ${c.project('counts', f)} AS result`;
}
