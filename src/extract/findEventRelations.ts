import type { MentionRef } from './buildEntities';
import { kindFamily } from './eventHeadWords';
import type { Candidate, Token } from './internalTypes';
import { addRelation, candidateOf, isTopLevel, mentionStartingAt, readMentionList, skipDeterminers, type RelationContext } from './relationContext';
import type { EntityType } from './types';

const AGENTS: readonly EntityType[] = ['Organization', 'Person'];
const ORGANIZE = new Set([
  'organized', 'organised', 'hosted', 'arranged', 'sponsored', 'co-organized', 'co-organised', 'convened', 'staged', 'held',
  'hold', 'holds', 'host', 'hosts', 'organize', 'organise', 'organizes', 'organises', 'stage', 'stages', 'launched',
]);
/** Nouns for the people at a gathering: "told the audience" means spoke at the gathering. */
const AUDIENCE = new Set(['audience', 'gathering', 'crowd', 'participants', 'guests', 'attendees', 'mourners', 'rally', 'meeting', 'ceremony', 'event']);
const INITIATE = new Set(['initiated', 'launched', 'started', 'founded', 'proposed', 'established', 'announced']);
const PERPETRATE = new Set(['committed', 'perpetrated', 'conducted', 'staged', 'unleashed', 'carried']);
const HAPPEN = new Set(['held', 'took', 'happened', 'occurred', 'committed', 'organized', 'organised', 'hosted', 'staged', 'began', 'started', 'broke', 'erupted', 'perpetrated', 'carried', 'signed', 'killed', 'opened', 'open', 'gathered', 'marked', 'hold', 'holds', 'continued', 'ended']);
/** Words that open another clause: an agent before them is not the subject of a verb after them. */
const CLAUSE_BREAKS = new Set(['that', 'who', 'whom', 'which', 'while', 'whereas', 'because', 'when', 'if', 'although', 'though', 'but', ';', 'said', 'says', 'stressed', 'noted', 'added', 'told']);
const SETTLEMENT_OF = new Set(['town', 'city', 'village', 'region', 'district', 'province', 'capital', 'settlement']);
const SPEAK_VERBS = new Set(['spoke', 'addressed', 'delivered', 'speaking', 'made']);
const SPEECH_NOUNS = new Set(['speech', 'address', 'statement', 'remarks']);
const SPEAK_PREPOSITIONS = new Set(['at', 'to', 'during', 'before']);
const SPEAK_OPENERS = new Set(['addressing', 'speaking', 'opening', 'in']);
const COMMEMORATION_LINKS: ReadonlyArray<string[]> = [['dedicated', 'to'], ['devoted', 'to'], ['in', 'memory', 'of'], ['commemorating'], ['in', 'honor', 'of'], ['in', 'honour', 'of'], ['marking']];

function eventMentions(rc: RelationContext, sentence: number, topOnly = true): MentionRef[] {
  return (rc.bySentence[sentence] ?? []).filter((m) => m.type === 'Event' && (!topOnly || isTopLevel(rc, m)));
}

/** The event entity that the sentence's unnamed subject ("A series of events was organized ...") stands for: the next gathering named within two sentences. */
function cataphoricEvent(rc: RelationContext, sentence: number, after: number): string | undefined {
  for (let s = sentence; s <= sentence + 2 && s < rc.bySentence.length; s += 1) {
    for (const m of eventMentions(rc, s)) {
      if (s === sentence && m.start < after) continue;
      const kind = rc.byKey.get(m.key)?.kind;
      if (kind && kindFamily(kind) === 'gathering') return m.key;
    }
  }
  return undefined;
}

/** The event a verb at token v is about: the nearest event mention before it in the sentence, or the anchor of a generic subject. */
function eventBefore(rc: RelationContext, v: number): string | undefined {
  const ctx = rc.ctx;
  const tok = ctx.doc.tokens[v] as Token;
  const events = eventMentions(rc, tok.sentence).filter((m) => m.end <= v);
  const last = events[events.length - 1];
  const generic = (genericBySentence(rc).get(tok.sentence) ?? []).filter((c) => c.end <= v);
  const lastGeneric = generic[generic.length - 1];
  if (lastGeneric && (!last || lastGeneric.start > last.start)) return cataphoricEvent(rc, tok.sentence, v);
  return last?.key;
}

const genericCache = new WeakMap<RelationContext, Map<number, Candidate[]>>();

/** Generic event candidates ("a series of events") by sentence. */
function genericBySentence(rc: RelationContext): Map<number, Candidate[]> {
  let map = genericCache.get(rc);
  if (!map) {
    map = new Map();
    for (const c of rc.ctx.candidates) {
      if (!c.generic) continue;
      const s = (rc.ctx.doc.tokens[c.start] as Token).sentence;
      const list = map.get(s);
      if (list) list.push(c);
      else map.set(s, [c]);
    }
    genericCache.set(rc, map);
  }
  return map;
}

function findWordAfter(toks: Token[], from: number, word: string, max: number): number {
  const sentence = toks[from]?.sentence;
  for (let k = from; k < toks.length && k < from + max; k += 1) {
    const t = toks[k] as Token;
    if (t.sentence !== sentence || t.text === ',' || t.text === ';') return -1;
    if (t.lower === word) return k;
  }
  return -1;
}

const AGENT_SKIP = /^(?:also|jointly|have|has|had|was|were|will|would|shall|to|plans|plan|planned|recently|then|later|first|,)$/;
const LIST_GLUE = new Set([',', 'and', 'together', 'with', 'along', 'the', 'as', 'well']);

/** Agents right before token v: "A and B organized", "A, together with B, will hold", "X, launched". */
function agentsBefore(rc: RelationContext, v: number): MentionRef[] {
  const toks = rc.ctx.doc.tokens;
  let k = v - 1;
  while (k >= 0 && AGENT_SKIP.test((toks[k] as Token).lower)) k -= 1;
  const sentence = toks[v]?.sentence ?? -1;
  const ms = (rc.bySentence[sentence] ?? []).filter((m) => AGENTS.includes(m.type) && isTopLevel(rc, m));
  const last = ms.find((m) => m.end === k + 1);
  if (!last) return [];
  const out = [last];
  let idx = ms.indexOf(last);
  while (idx > 0) {
    const prev = ms[idx - 1] as MentionRef;
    const gap = toks.slice(prev.end, (out[out.length - 1] as MentionRef).start).map((t) => t.lower);
    if (gap.length > 0 && gap.every((w) => LIST_GLUE.has(w))) {
      out.push(prev);
      idx -= 1;
    } else break;
  }
  return out;
}

/**
 * Relations around events: ORGANIZED ("organized by A and B"), SPOKE_AT ("Addressing the event, X"),
 * INITIATED ("campaign initiated by X"), PERPETRATED ("committed by X", "X ... committed an act of Y"),
 * PARTICIPATED_IN ("attended by X", "X took part in"), TOOK_PLACE_IN ("was held ... in P",
 * "against the population of P"), COMMEMORATES ("event dedicated to Y", "anniversary of Y") and
 * INVOLVES ("the conflict between A and B", or the countries the same sentence names).
 */
export function findEventRelations(rc: RelationContext): void {
  const { ctx } = rc;
  const toks = ctx.doc.tokens;
  const anchorBySentence = new Map<number, string>();

  for (let v = 0; v < toks.length; v += 1) {
    const tok = toks[v] as Token;
    const s = tok.sentence;
    // ORGANIZED — passive and active.
    if (ORGANIZE.has(tok.lower)) {
      const by = findWordAfter(toks, v + 1, 'by', 8);
      if (by >= 0) {
        const agents = readMentionList(rc, by + 1, AGENTS);
        const event = eventBefore(rc, v);
        if (event) {
          anchorBySentence.set(s, event);
          for (const a of agents) addRelation(rc, a.key, 'ORGANIZED', event, s);
        }
      } else {
        const objects = readMentionList(rc, v + 1, ['Event']);
        const agents = objects.length > 0 ? agentsBefore(rc, v) : [];
        for (const obj of objects) for (const a of agents) addRelation(rc, a.key, 'ORGANIZED', obj.key, s);
      }
    }
    // INITIATED
    if (INITIATE.has(tok.lower)) {
      const by = findWordAfter(toks, v + 1, 'by', 3);
      if (by >= 0) {
        const event = eventBefore(rc, v);
        const later = (rc.bySentence[s] ?? []).filter((m) => m.start > by && AGENTS.includes(m.type) && isTopLevel(rc, m));
        const agent = later.find((m) => m.type === 'Person' && m.start - by < 14) ?? later[0];
        if (event && agent) addRelation(rc, agent.key, 'INITIATED', event, s);
      } else {
        const obj = mentionStartingAt(rc, skipDeterminers(toks, v + 1), ['Event']);
        if (obj) for (const a of agentsBefore(rc, v)) addRelation(rc, a.key, 'INITIATED', obj.key, s);
      }
    }
    // PERPETRATED
    if (PERPETRATE.has(tok.lower)) {
      const verbEnd = tok.lower === 'carried' && toks[v + 1]?.lower === 'out' ? v + 2 : v + 1;
      const by = findWordAfter(toks, verbEnd, 'by', 8);
      if (by >= 0) {
        const event = eventBefore(rc, v);
        if (event) for (const a of readMentionList(rc, by + 1, AGENTS)) addRelation(rc, a.key, 'PERPETRATED', event, s);
      }
      const obj = mentionStartingAt(rc, skipDeterminers(toks, verbEnd), ['Event']);
      if (obj) {
        const agents = (rc.bySentence[s] ?? []).filter(
          (m) => AGENTS.includes(m.type) && isTopLevel(rc, m) && m.end <= v && !toks.slice(m.end, v).some((w) => CLAUSE_BREAKS.has(w.lower)),
        );
        for (const a of agents) addRelation(rc, a.key, 'PERPETRATED', obj.key, s);
      }
    }
    // PARTICIPATED_IN
    if (tok.lower === 'attended' && toks[v + 1]?.lower === 'by') {
      const event = eventBefore(rc, v);
      if (event) for (const a of readMentionList(rc, v + 2, AGENTS)) addRelation(rc, a.key, 'PARTICIPATED_IN', event, s);
    }
    if ((tok.lower === 'took' && toks[v + 1]?.lower === 'part' && toks[v + 2]?.lower === 'in') || ((tok.lower === 'participated' || tok.lower === 'attended') && toks[v + 1]?.lower !== 'by')) {
      const objAt = tok.lower === 'took' ? v + 3 : tok.lower === 'participated' ? v + 2 : v + 1;
      const obj = mentionStartingAt(rc, skipDeterminers(toks, objAt), ['Event']);
      if (obj) for (const a of agentsBefore(rc, v)) addRelation(rc, a.key, 'PARTICIPATED_IN', obj.key, s);
    }
  }

  for (let s = 0; s < ctx.doc.sentences.length; s += 1) {
    findSpokeAt(rc, s);
    findPlaceOfEvents(rc, s);
    findCommemorations(rc, s, anchorBySentence.get(s));
    findInvolvement(rc, s);
  }
}

function findSpokeAt(rc: RelationContext, s: number): void {
  const toks = rc.ctx.doc.tokens;
  const range = rc.ctx.doc.sentenceTokens[s];
  if (!range) return;
  const [from, to] = range;
  const first = toks[from];
  const ms = rc.bySentence[s] ?? [];
  // "Addressing the event, X ..." / "Speaking at the event, X ..."
  if (first && SPEAK_OPENERS.has(first.lower)) {
    let k = from + 1;
    if (toks[k]?.lower === 'at' || toks[k]?.lower === 'to' || toks[k]?.lower === 'during' || toks[k]?.lower === 'his' || toks[k]?.lower === 'her') k += 1;
    if (toks[k]?.lower === 'speech' || toks[k]?.lower === 'remarks') k += 2;
    const event = mentionStartingAt(rc, skipDeterminers(toks, k), ['Event']);
    if (event && (first.lower !== 'in' || toks[from + 1]?.lower !== 'the')) {
      const person = ms.find((m) => m.type === 'Person' && m.start > event.end && isTopLevel(rc, m));
      if (person) addRelation(rc, person.key, 'SPOKE_AT', event.key, s);
    }
  }
  // "X told the audience / addressed the gathering": X spoke at the latest gathering named so far.
  for (let v = from; v < to; v += 1) {
    const t = toks[v] as Token;
    if ((t.lower !== 'told' && t.lower !== 'addressed') || !AUDIENCE.has(toks[skipDeterminers(toks, v + 1)]?.lower ?? '')) continue;
    const at = skipDeterminers(toks, v + 1);
    const direct = mentionStartingAt(rc, at, ['Event']);
    const event = direct?.key ?? latestGathering(rc, s, v) ?? cataphoricEvent(rc, s, v);
    const speakers = ms.filter((m) => m.type === 'Person' && m.end <= v && isTopLevel(rc, m));
    const speaker = speakers[speakers.length - 1];
    if (event && speaker) addRelation(rc, speaker.key, 'SPOKE_AT', event, s);
  }
  // "X spoke at / addressed / delivered a speech at the event"
  for (let v = from; v < to; v += 1) {
    const t = toks[v] as Token;
    if (!SPEAK_VERBS.has(t.lower)) continue;
    let k = v + 1;
    if (t.lower === 'delivered' || t.lower === 'made') {
      k = skipDeterminers(toks, k);
      if (!SPEECH_NOUNS.has(toks[k]?.lower ?? '')) continue;
      k += 1;
    }
    if (t.lower !== 'addressed') {
      if (!SPEAK_PREPOSITIONS.has(toks[k]?.lower ?? '')) continue;
      k += 1;
    }
    const event = mentionStartingAt(rc, skipDeterminers(toks, k), ['Event']);
    if (!event) continue;
    const speakers = ms.filter((m) => m.type === 'Person' && m.end <= v && isTopLevel(rc, m));
    const speaker = speakers[speakers.length - 1];
    if (speaker) addRelation(rc, speaker.key, 'SPOKE_AT', event.key, s);
  }
}

/** The latest gathering event mentioned at or before token v, within this paragraph or the one before. */
function latestGathering(rc: RelationContext, s: number, v: number): string | undefined {
  const para = rc.ctx.doc.sentenceParagraph[s] ?? 0;
  for (let k = s; k >= 0 && (rc.ctx.doc.sentenceParagraph[k] ?? 0) >= para - 1; k -= 1) {
    const list = eventMentions(rc, k).filter((m) => (k < s || m.start < v) && kindFamily(rc.byKey.get(m.key)?.kind ?? '') === 'gathering');
    const last = list[list.length - 1];
    if (last) return last.key;
  }
  return undefined;
}

function findPlaceOfEvents(rc: RelationContext, s: number): void {
  const namedPlaces = rc.memo;
  const toks = rc.ctx.doc.tokens;
  const ms = rc.bySentence[s] ?? [];
  const events = ms.filter((m) => m.type === 'Event' && isTopLevel(rc, m));
  for (let e = 0; e < events.length; e += 1) {
    const ev = events[e] as MentionRef;
    const cand = candidateOf(rc, ev);
    const kind = rc.byKey.get(ev.key)?.kind ?? '';
    const family = kindFamily(kind);
    // Places nested in the name: after "against", "in", "of the town of" — or before the head for violence and wars ("X massacre").
    for (const inner of ms) {
      if (inner.type !== 'Place' || inner.start < ev.start || inner.end > ev.end || inner === ev) continue;
      const after = placeFollowsLink(toks, ev.start, inner.start);
      const before = inner.end <= headIndex(rc, cand) && (family === 'violence' || family === 'conflict');
      const pair = `${ev.key}|${inner.key}`;
      if (after || (before && !namedPlaces.has(pair))) {
        namedPlaces.add(pair);
        addRelation(rc, ev.key, 'TOOK_PLACE_IN', inner.key, s);
      }
    }
    // "... was held at the embassy in P", "committed ... against the civilian population in P".
    const stop = (events[e + 1] as MentionRef | undefined)?.start ?? (rc.ctx.doc.sentenceTokens[s]?.[1] ?? ev.end);
    let trigger = false;
    for (let k = ev.end; k < stop; k += 1) {
      const t = toks[k] as Token;
      if (t.text === ';' || t.text === ',' || CLAUSE_BREAKS.has(t.lower)) break;
      if (HAPPEN.has(t.lower) || t.lower === 'against') trigger = true;
      if ((t.lower === 'in' || t.lower === 'at') && (trigger || k === ev.end)) {
        const place = mentionStartingAt(rc, skipDeterminers(toks, k + 1), ['Place']);
        if (place) {
          addRelation(rc, ev.key, 'TOOK_PLACE_IN', place.key, s);
          break;
        }
      }
    }
  }
}

/** True when tokens [from, to) hold "against", "in" or "at", or end in "<settlement> of" ("the town of"). */
function placeFollowsLink(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const w = (toks[k] as Token).lower;
    if (w === 'against' || w === 'in' || w === 'at') return true;
  }
  return to > from && (toks[to - 1] as Token).lower === 'of' && to - 2 >= from && SETTLEMENT_OF.has((toks[to - 2] as Token).lower);
}

function headIndex(rc: RelationContext, cand: Candidate): number {
  const toks = rc.ctx.doc.tokens;
  for (let k = cand.start; k < cand.end; k += 1) if ((toks[k] as Token).lower === cand.head || (toks[k] as Token).lower === `${cand.head}s`) return k;
  return cand.end;
}

function matchAt(toks: Token[], i: number, words: string[]): boolean {
  return words.every((w, n) => toks[i + n]?.lower === w);
}

function findCommemorations(rc: RelationContext, s: number, anchor: string | undefined): void {
  const toks = rc.ctx.doc.tokens;
  const ms = rc.bySentence[s] ?? [];
  for (const ev of ms) {
    if (ev.type !== 'Event' || !isTopLevel(rc, ev)) continue;
    for (const inner of ms) {
      if (inner.type !== 'Event' || inner === ev || inner.start < ev.start || inner.end > ev.end) continue;
      for (let k = ev.start; k < inner.start; k += 1) {
        if (COMMEMORATION_LINKS.some((w) => matchAt(toks, k, w))) {
          addRelation(rc, ev.key, 'COMMEMORATES', inner.key, s);
          break;
        }
      }
    }
  }
  // "... in connection with the 26th anniversary of the Y": the sentence's gathering commemorates Y.
  const range = rc.ctx.doc.sentenceTokens[s];
  if (!range) return;
  for (let k = range[0]; k < range[1]; k += 1) {
    if ((toks[k] as Token).lower !== 'anniversary' || toks[k + 1]?.lower !== 'of') continue;
    const target = mentionStartingAt(rc, skipDeterminers(toks, k + 2), ['Event']);
    if (!target) continue;
    const gathering = ms.find((m) => m.type === 'Event' && isTopLevel(rc, m) && kindFamily(rc.byKey.get(m.key)?.kind ?? '') === 'gathering')?.key ?? anchor;
    if (gathering) addRelation(rc, gathering, 'COMMEMORATES', target.key, s);
  }
}

function findInvolvement(rc: RelationContext, s: number): void {
  const toks = rc.ctx.doc.tokens;
  const ms = rc.bySentence[s] ?? [];
  for (const ev of ms) {
    if (ev.type !== 'Event' || !isTopLevel(rc, ev)) continue;
    const family = kindFamily(rc.byKey.get(ev.key)?.kind ?? '');
    if (family !== 'conflict' && family !== 'talks' && family !== 'agreement') continue;
    let between = -1;
    for (let k = ev.start; k < ev.end; k += 1) if ((toks[k] as Token).lower === 'between') between = k;
    if (between < 0) continue;
    const inside = ms.filter((m) => m.start > between && m.end <= ev.end && m.type !== 'Event' && isParty(rc, m));
    const parties = inside.length > 0 ? inside : ms.filter((m) => m.start >= ev.end && isTopLevel(rc, m) && isParty(rc, m));
    for (const p of parties) addRelation(rc, ev.key, 'INVOLVES', p.key, s);
  }
}

/** Parties to a conflict: countries, organisations and people (not regions or towns). */
function isParty(rc: RelationContext, m: MentionRef): boolean {
  if (m.type === 'Organization' || m.type === 'Person') return true;
  if (m.type !== 'Place') return false;
  const geo = rc.byKey.get(m.key)?.geo;
  return !!geo && geo.featureCode.startsWith('PCL');
}
