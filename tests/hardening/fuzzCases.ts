import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { pick } from './syntheticReports';

/** Strings that try to break out of a Cypher string, a JSON string or the process. */
export const INJECTIONS = [
  "' OR 1=1 //",
  '"}) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  '\u0000',
  'a\u0000b',
  '\\u0000',
  "x' RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //",
  '` DETACH DELETE n //',
  '$param',
  '{ __proto__: { polluted: true } }',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '%00%27',
  '\ud800',
  '😀'.repeat(50),
  'CALL dbms.shutdown()',
  'CALL db.clearQueryCaches()',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  '*',
  '',
  ' ',
  'person:*',
  'article:' + 'f'.repeat(200),
  'x'.repeat(5000),
  '1e309',
  '-0',
  'NaN',
  'null',
  '\n\r\t',
  '\\',
  '"',
  "'",
];

const NUMBERS = [0, -1, 1, 100, 101, 2147483647, -2147483648, 2147483648, 1e21, -1e21, 3.5, 9007199254740993];

/** A GraphQL literal of `type`, mostly wrong-headed. */
function literal(rand: () => number, type: GraphQLInputType, depth: number): string {
  if (isNonNullType(type)) return rand() < 0.05 ? 'null' : literal(rand, type.ofType, depth);
  if (rand() < 0.06) return pick(rand, ['null', '123', '"s"', 'true', '[]', '{}', '999999999999999999999999', '-1.5e400']);
  if (isListType(type)) {
    const n = Math.floor(rand() * 4);
    return `[${Array.from({ length: n }, () => literal(rand, type.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) {
    const values = type.getValues();
    return rand() < 0.9 && values.length > 0 ? pick(rand, values).name : 'NOT_A_VALUE';
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fields = Object.values(type.getFields()).filter(() => rand() < 0.6);
    return `{ ${fields.map((f) => `${f.name}: ${literal(rand, f.type, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return String(Math.trunc(pick(rand, NUMBERS)));
      case 'Float':
        return String(pick(rand, NUMBERS));
      case 'Boolean':
        return rand() < 0.5 ? 'true' : 'false';
      default:
        return JSON.stringify(pick(rand, INJECTIONS));
    }
  }
  return 'null';
}

function selection(rand: () => number, type: GraphQLOutputType, depth: number, maxDepth: number): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (depth >= maxDepth) return '{ __typename }';
  if (isUnionType(named) || isInterfaceType(named)) {
    const possible = isUnionType(named) ? named.getTypes() : [];
    const inner = possible.length > 0 ? `... on ${pick(rand, possible).name} ${selection(rand, pick(rand, possible), depth + 1, maxDepth)}` : '';
    const own = isInterfaceType(named) ? fieldsOf(rand, named as unknown as GraphQLObjectType, depth, maxDepth) : '';
    return `{ __typename ${own} ${inner} }`;
  }
  if (isObjectType(named)) return `{ ${fieldsOf(rand, named, depth, maxDepth) || '__typename'} }`;
  return '';
}

function fieldsOf(rand: () => number, type: GraphQLObjectType, depth: number, maxDepth: number): string {
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const chosen = fields.filter(() => rand() < 0.35).slice(0, 4);
  if (chosen.length === 0 && fields.length > 0) chosen.push(pick(rand, fields));
  return chosen.map((f) => `${f.name}${args(rand, f.args)} ${selection(rand, f.type, depth + 1, maxDepth)}`).join(' ');
}

function args(rand: () => number, list: readonly GraphQLArgument[]): string {
  const used = list.filter((a) => isNonNullType(a.type) || rand() < 0.6);
  return used.length === 0 ? '' : `(${used.map((a) => `${a.name}: ${literal(rand, a.type, 0)}`).join(', ')})`;
}

/** A random operation over the real schema: every string argument gets an injection attempt. */
export function randomOperation(rand: () => number, schema: GraphQLSchema, kind: 'query' | 'mutation'): string {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  if (root === null || root === undefined) return '{ __typename }';
  const fields = Object.values(root.getFields()) as GraphQLField<unknown, unknown>[];
  const f = pick(rand, fields);
  return `${kind} Fuzz { ${f.name}${args(rand, f.args)} ${selection(rand, f.type, 1, 2 + Math.floor(rand() * 2))} }`;
}

/** Byte-level damage to a document: drop, duplicate, swap or insert characters. */
export function mutate(rand: () => number, doc: string): string {
  const chars = [...doc];
  const edits = 1 + Math.floor(rand() * 4);
  for (let e = 0; e < edits && chars.length > 0; e++) {
    const i = Math.floor(rand() * chars.length);
    const r = rand();
    if (r < 0.25) chars.splice(i, 1);
    else if (r < 0.5) chars.splice(i, 0, chars[i] ?? '');
    else if (r < 0.75) chars.splice(i, 0, pick(rand, ['{', '}', '(', ')', '"', '$', '@', '...', ':', '#', '\u0000', '\\', '!', '[', ']']));
    else chars.splice(i, 0, pick(rand, INJECTIONS));
  }
  return chars.join('');
}

/** A random JSON value, sometimes deeply nested. */
export function randomJson(rand: () => number, depth = 0): unknown {
  const r = rand();
  if (depth > 6 || r < 0.3) return pick(rand, [...INJECTIONS, ...NUMBERS, null, true, false]);
  if (r < 0.6) return Array.from({ length: Math.floor(rand() * 4) }, () => randomJson(rand, depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = 0; i < Math.floor(rand() * 4); i++) o[pick(rand, ['text', 'title', 'url', 'first', 'id', '__proto__', 'constructor', 'x'])] = randomJson(rand, depth + 1);
  return o;
}

export const deepNesting = (n: number): string => `{ ${'status { '.repeat(n)}version${' }'.repeat(n)} }`;
export const deepJson = (n: number): string => `${'['.repeat(n)}1${']'.repeat(n)}`;

