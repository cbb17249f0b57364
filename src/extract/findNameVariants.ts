import { addCandidate, isFree, ownerOf } from './candidateStore';
import { countryGazetteer } from './countryGazetteer';
import type { Candidate, ExtractContext, Token, TokenSpan } from './internalTypes';
import { normalizeName } from './normalizeName';
import { spanText } from './spanText';

/** Verbs by which a text gives another name for a place: "A calls X Y", "refers to X as Y". */
const CALLS = new Set(['calls', 'call', 'called', 'names', 'name', 'named', 'renamed']);

/**
 * Other names the report gives a place: "X (Y)", "Y, as the town of X is known in Turkish",
 * "known in A as Y and in B as Z", "calls X Y", "refers to X as Y". An unknown name linked to a
 * known place becomes a mention of that place (same gazetteer entry, so the two merge).
 */
export function findNameVariants(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  const places = ctx.candidates.filter((c) => c.type === 'Place');
  const placeAt = new Map<number, Candidate>();
  for (const p of places) placeAt.set(p.start, p);
  const chunkAt = new Map<number, TokenSpan>();
  for (const ch of ctx.chunks) chunkAt.set(ch.start, ch);

  const link = (known: Candidate, span: TokenSpan | undefined): void => {
    if (!span || placeAt.has(span.start)) return;
    const owner = ownerOf(ctx, span.start);
    if (!isFree(ctx, span.start, span.end) && !(owner && owner.type === 'Event' && owner.start <= span.start && span.end <= owner.end)) return;
    const name = spanText(ctx.doc, span.start, span.end);
    const key = normalizeName(name);
    const { byDemonym, languages } = countryGazetteer();
    if (byDemonym.has(key) || languages.has(key)) return;
    const cand: Candidate = { type: 'Place', start: span.start, end: span.end, name, rule: 'name-variant' };
    if (known.geo) cand.geo = known.geo;
    else cand.groupKey = `same:${normalizeName(known.name)}`;
    if (addCandidate(ctx, cand) >= 0) placeAt.set(span.start, cand);
  };

  for (const p of places) {
    // "X (Y)"; capitals in brackets that do not spell X are an agency's or a region's code ("X, Y (ABC) -").
    if (toks[p.end]?.text === '(') {
      const y = chunkAt.get(p.end + 1);
      const yText = y === undefined ? '' : spanText(ctx.doc, y.start, y.end);
      if (!/^\p{Lu}{2,6}$/u.test(yText) || yText === initials(p.name)) link(p, y);
    }
    // "Y, as the (Chilean) town of X is known": Y comes before.
    const before = toks[p.start - 1];
    if (before && /^(?:of|the)$/.test(before.lower) && toks[p.end]?.lower === 'is' && ['known', 'called'].includes(toks[p.end + 1]?.lower ?? '')) {
      for (let k = p.start - 2; k >= 0 && k > p.start - 9; k -= 1) {
        if ((toks[k] as Token).lower === 'as' && toks[k - 1]?.text === ',') {
          const y = [...ctx.chunks].reverse().find((ch) => ch.end === k - 1);
          link(p, y);
          break;
        }
      }
    }
    // "calls X Y"
    if (before && CALLS.has(before.lower)) link(p, chunkAt.get(p.end));
    // "refers to X as Y"
    if (toks[p.end]?.lower === 'as' && before?.lower === 'to' && /^refer/.test(toks[p.start - 2]?.lower ?? '')) link(p, chunkAt.get(p.end + 1));
  }
  // "the Velmora Workers' Union (VWU)": the acronym in brackets, and every later use of it, is the organisation.
  for (const org of ctx.candidates) {
    if (org.type !== 'Organization' || org.anaphor || toks[org.end]?.text !== '(') continue;
    const acr = ownerOf(ctx, org.end + 1);
    if (!acr || acr.type !== 'Organization' || acr.rule !== 'acronym' || acr.start !== org.end + 1 || toks[acr.end]?.text !== ')') continue;
    const key = normalizeName(acr.name);
    for (const c of ctx.candidates) if (c.type === 'Organization' && c.rule === 'acronym' && normalizeName(c.name) === key) c.groupKey = `same:${normalizeName(org.name)}`;
  }
  // "known in A as Y and in B as Z": the names listed are one place's.
  for (let i = 0; i < toks.length; i += 1) {
    if ((toks[i] as Token).lower !== 'known') continue;
    const names: TokenSpan[] = [];
    for (let k = i + 1; k < toks.length && k < i + 16 && (toks[k] as Token).sentence === (toks[i] as Token).sentence; k += 1) {
      if ((toks[k] as Token).lower === 'as') {
        const ch = chunkAt.get(k + 1);
        if (ch) names.push(ch);
      } else if ((toks[k] as Token).text === '.' || (toks[k] as Token).text === ';') break;
    }
    let known: Candidate | undefined;
    for (const n of names) {
      known = placeAt.get(n.start);
      if (known) break;
    }
    if (known) for (const n of names) link(known, n);
  }
}

/** The capital initials of a name: "DRC" for "Democratic Republic of the Congo". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .map((w) => w.charAt(0))
    .filter((c) => /\p{Lu}/u.test(c))
    .join('');
}
