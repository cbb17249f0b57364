import { buildASTSchema, getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { compileOperation } from '../../src/api/compile/compileOperation';
import { fieldRegistry } from '../../src/api/compile/fieldRegistry';
import { exampleOperations } from '../../src/api/exampleOperations';
import { rootCompilers } from '../../src/api/queries/rootCompilers';
import type { Database } from '../../src/db/Database';
import { loadTypeDefs } from '../../src/server/loadTypeDefs';
import { describeDb, openTestDb } from '../setup/testDb';

const schema: GraphQLSchema = buildASTSchema(loadTypeDefs());

describe('Compiler: the Cypher generated for the documented examples', () => {
  it.each(exampleOperations().map((e) => [e.title, e] as const))('%s compiles to one statement per root field (snapshot)', (_title, ex) => {
    const compiled = compileOperation(schema, ex.query, ex.variables);
    expect(compiled.size).toBeGreaterThan(0);
    const out: Record<string, { name: string; text: string; params: Record<string, unknown> }> = {};
    for (const [key, c] of compiled) {
      // Values are parameters: no id, date or text from the example appears in the statement text
      // (enum values such as Place may coincide with labels the code writes, so only those with : - digits or spaces are checked).
      for (const v of Object.values(c.params)) if (typeof v === 'string' && /[:\s\d-]/.test(v)) expect(c.query.text).not.toContain(v);
      out[key] = { name: c.query.name, text: c.query.text, params: c.params };
    }
    expect(out).toMatchSnapshot();
  });

  it('has a field compiler for every field of every type a compiled query can return', () => {
    const missing: string[] = [];
    const seen = new Set<string>();
    const visit = (typeName: string): void => {
      if (seen.has(typeName)) return;
      seen.add(typeName);
      const type = schema.getType(typeName);
      const possible = type !== undefined && isObjectType(type) ? [type] : type !== undefined ? schema.getPossibleTypes(type as never) : [];
      for (const t of possible) {
        for (const field of Object.values(t.getFields())) {
          if (fieldRegistry[t.name]?.[field.name] === undefined) missing.push(`${t.name}.${field.name}`);
          const named = getNamedType(field.type);
          if (!('serialize' in named)) visit(named.name);
        }
      }
    };
    const query = schema.getQueryType()!;
    for (const name of Object.keys(rootCompilers)) visit(getNamedType(query.getFields()[name]!.type).name);
    visit('Curation');
    expect(missing).toEqual([]);
  });
});

describeDb('Compiler: Neo4j plans every documented statement', () => {
  let db: Database;
  beforeAll(() => {
    db = openTestDb();
  });
  afterAll(() => db.close());

  it('EXPLAINs the compiled statement of every example', async () => {
    for (const ex of exampleOperations()) {
      for (const [, c] of compileOperation(schema, ex.query, ex.variables)) {
        await expect(db.read({ name: `explain/${c.query.name}`, text: `EXPLAIN ${c.query.text}` }, c.params)).resolves.toBeDefined();
      }
    }
  });
});
