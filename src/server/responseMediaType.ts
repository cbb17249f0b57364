/** The two JSON media types a GraphQL response can have (GraphQL over HTTP). */
export type ResponseMediaType = 'application/graphql-response+json' | 'application/json';

interface Range {
  type: string;
  subtype: string;
  q: number;
  index: number;
}

function parseAccept(header: string): Range[] {
  const out: Range[] = [];
  header.split(',').forEach((part, index) => {
    const [mime, ...params] = part.trim().split(';');
    const [type, subtype] = (mime ?? '').trim().toLowerCase().split('/');
    if (type === undefined || subtype === undefined || type === '' || subtype === '') return;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m?.[1] !== undefined) q = Number(m[1]);
    }
    if (Number.isFinite(q)) out.push({ type, subtype, q, index });
  });
  return out;
}

/** The most specific range of `accept` matching `type/subtype`, or undefined. */
function match(ranges: Range[], type: string, subtype: string): Range | undefined {
  const score = (r: Range): number => (r.type === type && r.subtype === subtype ? 3 : r.type === type && r.subtype === '*' ? 2 : r.type === '*' && r.subtype === '*' ? 1 : 0);
  let best: Range | undefined;
  for (const r of ranges) {
    const s = score(r);
    if (s > 0 && (best === undefined || s > score(best))) best = r;
  }
  return best;
}

/**
 * Chooses the response media type from the Accept header as Apollo Server does: no header (or
 * `*\/*`) means application/json; application/graphql-response+json when the client prefers it.
 * Returns undefined when the client accepts neither.
 */
export function responseMediaType(accept: string | undefined): ResponseMediaType | undefined {
  if (accept === undefined || accept.trim() === '') return 'application/json';
  const ranges = parseAccept(accept);
  const json = match(ranges, 'application', 'json');
  const gql = match(ranges, 'application', 'graphql-response+json');
  const jq = json?.q ?? 0;
  const gq = gql?.q ?? 0;
  if (jq <= 0 && gq <= 0) return undefined;
  if (gq > jq) return 'application/graphql-response+json';
  if (jq > gq) return 'application/json';
  // Same quality: the more specific range wins, then the one the client listed first.
  const js = json?.subtype === 'json' ? 2 : 1;
  const gs = gql?.subtype === 'graphql-response+json' ? 2 : 1;
  if (gs !== js) return gs > js ? 'application/graphql-response+json' : 'application/json';
  return (gql?.index ?? Infinity) < (json?.index ?? Infinity) ? 'application/graphql-response+json' : 'application/json';
}
