import { randomUUID } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { cypherFile } from '../../db/cypherFile';
import { badInput, NewsgraphError } from '../../errors/NewsgraphError';
import type { Context } from '../../server/context';
import type { CompiledRow } from '../compile/CompiledRow';
import { CypherCompiler } from '../compile/CypherCompiler';
import { fieldRegistry } from '../compile/fieldRegistry';
import { rootFieldSel } from '../runCompiled';

/** Only the API key holder may change the graph. */
export function requireAuth(ctx: Context): void {
  if (!ctx.authenticated) throw new NewsgraphError('mutations need a valid API key (Authorization: Bearer <key>)', { code: 'UNAUTHENTICATED' });
}

/** A fresh curation id. */
export function newCurationId(): string {
  return `curation:${randomUUID()}`;
}

/**
 * Runs a curation file (cypher/api/curation/<name>.cypher, which returns `curationId`) and the
 * selection on the resulting Curation in ONE write statement: the file runs as a CALL subquery.
 * No row means the file's preconditions failed and nothing was written.
 */
export async function runCuration(
  name: string,
  params: Record<string, unknown>,
  info: GraphQLResolveInfo,
  args: Record<string, unknown>,
  ctx: Context,
  refused: string,
): Promise<CompiledRow> {
  const file = cypherFile(`api/curation/${name}`);
  const c = new CypherCompiler({ schema: info.schema, fragments: info.fragments, variableValues: info.variableValues }, fieldRegistry);
  const projection = c.project('root', rootFieldSel(info, args));
  const text = `CALL () { ${file.text} } WITH curationId MATCH (root:Curation {id: curationId}) RETURN ${projection} AS result`;
  const rows = await ctx.db.write<{ result: CompiledRow }>({ name: `api/mutation/${name}`, text }, { ...params, ...c.params });
  const row = rows[0];
  if (row === undefined) throw badInput(refused);
  return row.result;
}
