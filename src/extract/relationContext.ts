import type { BuiltEntities, MentionRef } from './buildEntities';
import type { Candidate, ExtractContext, Token } from './internalTypes';
import { datelineStart } from './findPlaceNamesByGrammar';
import { ROLE_MODIFIERS, roleFamily } from './roleWords';
import type { EntityType, ExtractedEntity, Predicate, Relation } from './types';

/** What the relation finders read: the document, the mentions by sentence, and where to put relations. */
export interface RelationContext {
  ctx: ExtractContext;
  built: BuiltEntities;
  byKey: Map<string, ExtractedEntity>;
  /** Mentions of each sentence, ordered by position. */
  bySentence: MentionRef[][];
  relations: Relation[];
  /** Relations added so far, by subject, predicate, object and sentence. */
  seen: Map<string, Relation>;
  /** Scratch set for finders that must act once per pair across sentences. */
  memo: Set<string>;
}

/** Words that continue a list of mentions rather than an "of ..." complement. */
const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'together', 'with']);

/** Sets up the shared state for the relation finders. */
export function makeRelationContext(ctx: ExtractContext, built: BuiltEntities): RelationContext {
  // Mentions are in text order, so each sentence's mentions are one slice of the list (slices of
  // one array also share its element kind, which keeps the finders' array reads monomorphic).
  const { mentions } = built;
  const bySentence: MentionRef[][] = [];
  let from = 0;
  for (let s = 0; s < ctx.doc.sentences.length; s += 1) {
    let to = from;
    while (to < mentions.length && (mentions[to] as MentionRef).sentence === s) to += 1;
    bySentence.push(mentions.slice(from, to));
    from = to;
  }
  return { ctx, built, byKey: new Map(built.entities.map((e) => [e.key, e])), bySentence, relations: [], seen: new Map(), memo: new Set() };
}

/**
 * Adds a relation once (same subject, predicate, object and sentence), with the sentence as evidence.
 * A later, fuller qualifier that contains the earlier one replaces it ("Ambassador" → "Ambassador
 * Extraordinary and Plenipotentiary").
 */
export function addRelation(rc: RelationContext, subject: string, predicate: Predicate, object: string, sentence: number, qualifier?: string): void {
  if (subject === object) return;
  let id = `${subject}|${predicate}|${object}|${sentence}`;
  const known = rc.seen.get(id);
  if (known) {
    const a = (qualifier ?? '').toLowerCase();
    const b = (known.qualifier ?? '').toLowerCase();
    // "Its spokeswoman, Police Major X": two titles of one person at one organisation are two relations.
    if (!a || !b || a.includes(b) || b.includes(a)) {
      if (qualifier && known.qualifier && a.length > b.length && a.includes(b)) known.qualifier = qualifier;
      return;
    }
    id = `${id}|${a}`;
    if (rc.seen.has(id)) return;
  }
  const rel: Relation = { subject, predicate, object, sentence, evidence: rc.ctx.doc.sentences[sentence]?.text ?? '' };
  if (qualifier) rel.qualifier = qualifier;
  rc.seen.set(id, rel);
  rc.relations.push(rel);
}

/** True when the mention is not nested inside another mention's name. */
export function isTopLevel(rc: RelationContext, m: MentionRef): boolean {
  return (rc.ctx.owner[m.start] ?? -1) === m.candidate;
}

/** The candidate behind a mention. */
export function candidateOf(rc: RelationContext, m: MentionRef): Candidate {
  return rc.ctx.candidates[m.candidate] as Candidate;
}

/** Any mention (top-level or nested in another name) of the given type that starts at token i. */
export function anyMentionStartingAt(rc: RelationContext, i: number, type: EntityType): MentionRef | undefined {
  const tok = rc.ctx.doc.tokens[i];
  const list = tok ? rc.bySentence[tok.sentence] : undefined;
  if (!list) return undefined;
  for (let k = 0; k < list.length; k += 1) {
    const m = list[k] as MentionRef;
    if (m.start === i && m.type === type) return m;
  }
  return undefined;
}

/** The top-level mention that starts at token i, if any. */
export function mentionStartingAt(rc: RelationContext, i: number, types?: readonly EntityType[]): MentionRef | undefined {
  const tok = rc.ctx.doc.tokens[i];
  if (!tok) return undefined;
  const list = rc.bySentence[tok.sentence];
  if (!list) return undefined;
  for (let k = 0; k < list.length; k += 1) {
    const m = list[k] as MentionRef;
    if (m.start === i && (!types || types.includes(m.type)) && isTopLevel(rc, m)) return m;
  }
  return undefined;
}

const SKIPPED_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

/** Skips determiners ("the", "a", "an", "its") from token i. */
export function skipDeterminers(toks: Token[], i: number): number {
  let k = i;
  while (toks[k] && SKIPPED_DETERMINERS.has((toks[k] as Token).lower)) k += 1;
  return k;
}

/**
 * Reads a list of mentions from token i: "A and B", "A, B and C", "the A, together with the B".
 * Items are top-level mentions of the given types; "of ..." complements after an item are skipped.
 */
export function readMentionList(rc: RelationContext, i: number, types: readonly EntityType[], maxTokens = 40): MentionRef[] {
  const toks = rc.ctx.doc.tokens;
  const out: MentionRef[] = [];
  const sentence = toks[i]?.sentence;
  let k = i;
  while (k < toks.length && k - i < maxTokens && toks[k]?.sentence === sentence) {
    k = skipDeterminers(toks, k);
    const m = mentionStartingAt(rc, k, types) ?? (types.includes('Person') ? personAfterRole(rc, k) : undefined);
    if (!m) break;
    out.push(m);
    k = m.end;
    // Skip an "of ..." complement: "the 12th brigade of allied troops".
    if (toks[k]?.lower === 'of') {
      let e = k + 1;
      while (toks[e] && toks[e]?.sentence === sentence && (toks[e] as Token).word && !LIST_WORDS.has((toks[e] as Token).lower) && !mentionStartingAt(rc, e)) e += 1;
      k = e;
    }
    if (toks[k]?.text === ',') k += 1;
    if (toks[k]?.lower === 'and' || toks[k]?.lower === 'or') k += 1;
    else if (toks[k]?.lower === 'together' && toks[k + 1]?.lower === 'with') k += 2;
    else if (toks[k]?.lower === 'along' && toks[k + 1]?.lower === 'with') k += 2;
    else if (toks[k - 1]?.text !== ',') break;
    // "and the smaller B": a few lower-case words between the determiner and the next name.
    const d = skipDeterminers(toks, k);
    if (d > k && !mentionStartingAt(rc, d, types)) {
      let a = d;
      while (a < d + 2 && toks[a] && !(toks[a] as Token).cap && (toks[a] as Token).word) a += 1;
      if (a > d && mentionStartingAt(rc, a, types)) k = a;
    }
  }
  return out;
}

/** "the minister of transport and public works, X": the person a role phrase of up to eight words and a comma introduce. */
function personAfterRole(rc: RelationContext, i: number): MentionRef | undefined {
  const toks = rc.ctx.doc.tokens;
  const first = toks[i];
  if (first === undefined || !(roleFamily(first.lower) || (ROLE_MODIFIERS.has(first.lower) && roleFamily(toks[i + 1]?.lower ?? '')))) return undefined;
  for (let k = i + 1; k <= i + 8; k += 1) {
    const t = toks[k];
    if (t === undefined || t.sentence !== first.sentence) return undefined;
    if (t.text === ',') return mentionStartingAt(rc, k + 1, ['Person']);
    if (!t.word) return undefined;
  }
  return undefined;
}

/** True when the entity of this key is a town the gazetteer knows (a populated place, not a region or country). */
export function isTownKey(rc: RelationContext, key: string | undefined): boolean {
  const e = key === undefined ? undefined : rc.byKey.get(key);
  return e !== undefined && e.type === 'Place' && e.geo !== undefined && /^PPL/.test(e.geo.featureCode);
}

/** The place a report's dateline names ("VELMORA, May 3 —"): a place mention at the very start, or where the dateline opens. */
export function datelineMention(rc: RelationContext): MentionRef | undefined {
  const start = datelineStart(rc.ctx);
  const sentence = rc.ctx.doc.tokens[Math.max(start, 0)]?.sentence ?? 0;
  const first = rc.bySentence[sentence]?.[0];
  return first && first.type === 'Place' && first.start === Math.max(start, 0) ? first : undefined;
}

/** The town a report is datelined in ("VELMORA, May 3 —"): a place named at the very start, not a country. */
export function datelinePlace(rc: RelationContext): string | undefined {
  const first = datelineMention(rc);
  if (!first) return undefined;
  const geo = rc.byKey.get(first.key)?.geo;
  return geo && geo.featureCode.startsWith('PCL') ? undefined : first.key;
}
