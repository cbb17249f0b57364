import type { FieldSel } from './collectFields';
import type { CypherCompiler } from './CypherCompiler';

/**
 * Compiles one selected field of a GraphQL object type into a Cypher expression, given the
 * Cypher variable `v` that holds the parent (a node, or a map for value types).
 */
export type FieldCompiler = (c: CypherCompiler, v: string, f: FieldSel) => string;

/** Field compilers of one GraphQL object type, by field name. */
export type FieldCompilers = Record<string, FieldCompiler>;
