import type { MentionRef } from './buildEntities';
import { EVENT_HEADS, kindFamily } from './eventHeadWords';
import type { Candidate, Token } from './internalTypes';
import { addRelation, candidateOf, datelineMention, datelinePlace, isTopLevel, mentionStartingAt, readMentionList, skipDeterminers, type RelationContext } from './relationContext';
import { LEAD_VERBS, isTitleWord } from './roleWords';
import type { EntityType } from './types';
import { isFunctionWord } from './functionWords';
import { COUNT_WORDS } from './numberWords';

const AGENTS: readonly EntityType[] = ['Organization', 'Person'];
const ORGANIZE = new Set([
  'organized', 'organised', 'hosted', 'arranged', 'sponsored', 'co-organized', 'co-organised', 'convened', 'staged', 'held',
  'hold', 'holds', 'host', 'hosts', 'organize', 'organise', 'organizes', 'organises', 'stage', 'stages', 'launched',
  'called',
]);
/** Nouns for the people at a gathering: "told the audience" means spoke at the gathering. */
const AUDIENCE = new Set(['audience', 'gathering', 'crowd', 'participants', 'guests', 'attendees', 'mourners', 'rally', 'meeting', 'ceremony', 'event']);
/** Words between an event and a passive verb of leading: "will be", "is being", ",". */
const LEAD_AUXILIARIES: ReadonlySet<string> = new Set([',', 'will', 'be', 'is', 'was', 'are', 'were', 'been', 'being', 'to', 'has', 'have', 'had', 'jointly']);
/** Verbs of people coming together, and the prepositions of where. */
const GATHER_VERBS: ReadonlySet<string> = new Set(['gathered', 'assembled', 'rallied', 'marched', 'converged']);
const GATHER_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'through', 'outside', 'on']);
const INITIATE = new Set(['initiated', 'launched', 'started', 'founded', 'proposed', 'established', 'announced', 'declared', 'proclaimed']);
const PERPETRATE = new Set(['committed', 'perpetrated', 'conducted', 'staged', 'unleashed', 'carried']);
const HAPPEN = new Set(['held', 'took', 'happened', 'occurred', 'committed', 'organized', 'organised', 'hosted', 'staged', 'began', 'started', 'broke', 'erupted', 'perpetrated', 'carried', 'signed', 'killed', 'opened', 'open', 'gathered', 'marked', 'hold', 'holds', 'continued', 'ended', 'tore', 'struck', 'hit', 'swept', 'destroyed', 'ripped', 'rocked', 'damaged', 'devastated', 'spread', 'engulfed', 'shook']);
/** Words that open another clause: an agent before them is not the subject of a verb after them. */
const CLAUSE_BREAKS = new Set(['that', 'who', 'whom', 'which', 'while', 'whereas', 'because', 'when', 'if', 'although', 'though', 'but', ';', 'said', 'says', 'stressed', 'noted', 'added', 'told']);
const SETTLEMENT_OF = new Set(['town', 'city', 'village', 'region', 'district', 'province', 'capital', 'settlement']);
const SPEAK_VERBS = new Set(['spoke', 'addressed', 'delivered', 'speaking', 'made', 'said']);
const SPEECH_NOUNS = new Set(['speech', 'address', 'statement', 'remarks']);
const SPEAK_PREPOSITIONS = new Set(['at', 'to', 'during', 'before']);
/** Words for the people at a gathering, before "included". */
const GUEST_WORDS = new Set(['guests', 'speakers', 'participants', 'attendees', 'delegates', 'mourners', 'dignitaries', 'visitors']);
/** Words for the people who sign for a party: "signed by representatives of A and B". */
const REPRESENTATIVES = new Set(['representatives', 'delegates', 'delegations', 'envoys', 'leaders', 'officials', 'negotiators']);
/** Verbs whose subject takes part in the event that follows: "signed the memorandum", "won the final". */
const JOINING_VERBS = new Set(['signed', 'won', 'joined', 'contested', 'entered', 'boycotted', 'led', 'headed', 'chaired', 'co-chaired', 'addressed']);
/** Words after "spoke" that make it something other than speaking at the gathering: "spoke about", "spoke of". */
const INTRANSITIVE_STOP = new Set(['about', 'of', 'with', 'for', 'against', 'out', 'on', 'by', 'from', 'in']);
const SPEAK_OPENERS = new Set(['addressing', 'speaking', 'opening', 'in']);
const COMMEMORATION_LINKS: ReadonlyArray<string[]> = [['dedicated', 'to'], ['devoted', 'to'], ['in', 'memory', 'of'], ['commemorating'], ['in', 'honor', 'of'], ['in', 'honour', 'of'], ['marking'], ['to', 'mark'], ['to', 'commemorate'], ['to', 'remember']];

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
      if (!c.generic || c.type !== 'Event') continue;
      const s = (rc.ctx.doc.tokens[c.start] as Token).sentence;
      const list = map.get(s);
      if (list) list.push(c);
      else map.set(s, [c]);
    }
    genericCache.set(rc, map);
  }
  return map;
}

/** Cheap test for "<event head> (that) the <agent> <verb>": an event head word a few tokens before v, then a determiner. */
function afterEventHead(toks: Token[], v: number): boolean {
  for (let k = v - 1; k > v - 6 && k > 0; k -= 1) {
    if (!RELATIVE_DETERMINERS.has((toks[k] as Token).lower)) continue;
    const before = toks[k - 1]?.lower === 'that' || toks[k - 1]?.lower === 'which' ? toks[k - 2] : toks[k - 1];
    return !!before && EVENT_HEADS.has(before.lower);
  }
  return false;
}

const RELATIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her']);

/** The event mention that ends right before token i, across "that"/"which" and a determiner. */
function eventEndingBefore(rc: RelationContext, i: number): MentionRef | undefined {
  const toks = rc.ctx.doc.tokens;
  let k = i - 1;
  if (RELATIVE_DETERMINERS.has(toks[k]?.lower ?? '')) k -= 1;
  if (toks[k]?.lower === 'that' || toks[k]?.lower === 'which') k -= 1;
  const sentence = toks[i]?.sentence ?? -1;
  return eventMentions(rc, sentence).find((m) => m.end === k + 1);
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
  // "X, an environmental group, held ...": back over an appositive between the agent and the verb.
  if (toks[k + 1]?.text === ',' && k + 1 < v) {
    const c = descriptionComma(toks, k, k - 7, sentence);
    if (c >= 0) k = c - 1;
  }
  // "X, which organised the protest": the relative pronoun stands for the name before it.
  else if (/^(?:which|who|that)$/.test(toks[k]?.lower ?? '') && toks[k - 1]?.text === ',') k -= 2;
  // "X, a local watchdog that organised the protest": back over the description to the name.
  else if (/^(?:which|who|that)$/.test(toks[k]?.lower ?? '')) {
    const c = descriptionComma(toks, k - 1, k - 7, sentence);
    if (c >= 0 && c + 2 < k) k = c - 1;
  }
  const all = (rc.bySentence[sentence] ?? []).filter((m) => isTopLevel(rc, m));
  // "the Embassy of X in Y and the Z Association in Y held": an organisation's seat after it is no agent.
  const seatOf = (m: MentionRef | undefined): MentionRef | undefined => {
    if (!m || m.type !== 'Place' || toks[m.start - 1]?.lower !== 'in') return undefined;
    const org = all.find((o) => o.type === 'Organization' && o.end === m.start - 1);
    return org;
  };
  const ms = all.filter((m) => AGENTS.includes(m.type));
  const atEnd = all.find((m) => m.end === k + 1);
  const last = seatOf(atEnd) ?? ms.find((m) => m.end === k + 1);
  if (!last) return [];
  const out = [last];
  let idx = ms.indexOf(last);
  while (idx > 0) {
    const prev = ms[idx - 1] as MentionRef;
    // "A and B", "A, B and C", "Ambassador A and Minister B": list words, and titles before a name.
    const seat = all.find((m) => m.type === 'Place' && m.start === prev.end + 1 && toks[prev.end]?.lower === 'in');
    const gap = toks.slice(seat ? seat.end : prev.end, (out[out.length - 1] as MentionRef).start).map((t) => t.lower);
    if (gap.length > 0 && gap.some((w) => LIST_GLUE.has(w)) && gap.every((w) => LIST_GLUE.has(w) || isTitleWord(w) || w === '.')) {
      out.push(prev);
      idx -= 1;
    } else break;
  }
  return out;
}

/**
 * The comma that opens a description ending at token `last` (", an environmental group", ", a local
 * watchdog"): back over lower-case words, no further than `floor` (exclusive), to a comma followed by
 * "a" or "an"; -1 when there is none.
 */
function descriptionComma(toks: Token[], last: number, floor: number, sentence: number): number {
  let c = last;
  while (c > floor && toks[c] && (toks[c] as Token).sentence === sentence && (toks[c] as Token).word && !(toks[c] as Token).cap) c -= 1;
  return toks[c]?.text === ',' && /^(?:a|an)$/.test(toks[c + 1]?.lower ?? '') ? c : -1;
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
  /** First verb of gathering ("gathered", "marched") in each sentence. */
  const gatherVerbBySentence = new Map<number, number>();

  for (let v = 0; v < toks.length; v += 1) {
    const tok = toks[v] as Token;
    const s = tok.sentence;
    if (GATHER_VERBS.has(tok.lower) && !gatherVerbBySentence.has(s)) gatherVerbBySentence.set(s, v);
    // ORGANIZED — passive and active.
    // "the strike called by X" (but "X called the talks a failure" organises nothing).
    if (ORGANIZE.has(tok.lower) && (tok.lower !== 'called' || toks[v + 1]?.lower === 'by')) {
      const by = findWordAfter(toks, v + 1, 'by', 8);
      // "It was organised together with the X Foundation": a partner, and the event before (or "it", the latest gathering).
      const partner = by < 0 && /(?:ed|held)$/.test(tok.lower) && /^(?:together|jointly)$/.test(toks[v + 1]?.lower ?? '') && toks[v + 2]?.lower === 'with' ? v + 3 : -1;
      if (partner >= 0) {
        let k = v - 1;
        while (k >= 0 && /^(?:was|were|is|are|been|being|also)$/.test((toks[k] as Token).lower)) k -= 1;
        const event = /^(?:it|which)$/.test(toks[k]?.lower ?? '') ? latestGathering(rc, s, v) : eventBefore(rc, v);
        if (event) for (const a of readMentionList(rc, skipDeterminers(toks, partner), AGENTS)) addRelation(rc, a.key, 'ORGANIZED', event, s);
      } else if (by >= 0) {
        const agents = readMentionList(rc, by + 1, AGENTS);
        // "organised by the regional government and the X Council": a body without a name, then a named one.
        if (agents.length === 0) {
          let k = skipDeterminers(toks, by + 1);
          while (k < by + 6 && toks[k] && (toks[k] as Token).word && !(toks[k] as Token).cap && toks[k]?.lower !== 'and') k += 1;
          if (toks[k]?.lower === 'and' && k > by + 1) agents.push(...readMentionList(rc, k + 1, AGENTS));
        }
        // "organised by A with (the smaller) B", "jointly by A alongside B".
        const last = agents[agents.length - 1];
        if (last && /^(?:with|alongside)$/.test(toks[last.end]?.lower ?? '')) {
          let k = skipDeterminers(toks, last.end + 1);
          while (k < last.end + 4 && toks[k] && !(toks[k] as Token).cap && (toks[k] as Token).word) k += 1;
          const more = mentionStartingAt(rc, k, AGENTS);
          if (more) agents.push(more);
        }
        const event = eventBefore(rc, v);
        if (event) {
          anchorBySentence.set(s, event);
          for (const a of agents) addRelation(rc, a.key, 'ORGANIZED', event, s);
        }
      } else {
        // "held a small protest": past a describing word or two before the event.
        let o = skipDeterminers(toks, v + 1);
        while (o < v + 4 && toks[o] && !(toks[o] as Token).cap && (toks[o] as Token).word && !mentionStartingAt(rc, o, ['Event']) && !isFunctionWord((toks[o] as Token).lower)) o += 1;
        const objects = readMentionList(rc, mentionStartingAt(rc, o, ['Event']) ? o : v + 1, ['Event']);
        const agents = objects.length > 0 || afterEventHead(toks, v) ? agentsBefore(rc, v) : [];
        for (const obj of objects) for (const a of agents) addRelation(rc, a.key, 'ORGANIZED', obj.key, s);
        // "a ceremony (that) the embassy held": the event right before the agent.
        const agent = agents.length === 1 ? agents[0] : undefined;
        const event = agent && objects.length === 0 ? eventEndingBefore(rc, agent.start) : undefined;
        if (agent && event) addRelation(rc, agent.key, 'ORGANIZED', event.key, s);
      }
    }
    // ORGANIZED — "the project will be led by Professor X": only the event right before the verb.
    if (LEAD_VERBS.has(tok.lower) && toks[v + 1]?.lower === 'by') {
      let k = v - 1;
      while (k >= 0 && LEAD_AUXILIARIES.has((toks[k] as Token).lower)) k -= 1;
      const event = eventMentions(rc, s).find((m) => m.end === k + 1);
      let a = skipDeterminers(toks, v + 2);
      while (toks[a] && (toks[a] as Token).cap && isTitleWord((toks[a] as Token).lower)) a += 1;
      if (event) for (const agent of readMentionList(rc, a, AGENTS)) addRelation(rc, agent.key, 'ORGANIZED', event.key, s);
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
        // "declared three days of mourning": past a number too.
        let o = skipDeterminers(toks, v + 1);
        if (toks[o]?.num || COUNT_WORDS.has(toks[o]?.lower ?? '')) o += 1;
        const obj = mentionStartingAt(rc, o, ['Event']) ?? mentionStartingAt(rc, skipDeterminers(toks, v + 1), ['Event']);
        if (obj) for (const a of agentsBefore(rc, v)) addRelation(rc, a.key, 'INITIATED', obj.key, s);
      }
    }
    // PERPETRATED
    if (PERPETRATE.has(tok.lower)) {
      const verbEnd = tok.lower === 'carried' && toks[v + 1]?.lower === 'out' ? v + 2 : v + 1;
      const by = findWordAfter(toks, verbEnd, 'by', 8);
      if (by >= 0) {
        const event = eventBefore(rc, v);
        if (event && isHarm(rc, event)) for (const a of readMentionList(rc, by + 1, AGENTS)) addRelation(rc, a.key, 'PERPETRATED', event, s);
      }
      const obj = mentionStartingAt(rc, skipDeterminers(toks, verbEnd), ['Event']);
      if (obj && isHarm(rc, obj.key)) {
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
    // "Guests included X and Y", "the speakers included X": they took part in the latest gathering.
    const guests = tok.lower === 'included' ? guestsBefore(toks, v) : undefined;
    if (guests !== undefined) {
      const event = earlierGathering(rc, s, v);
      const predicate = guestPredicate(guests);
      if (event) {
        for (const m of (rc.bySentence[s] ?? []).filter((x) => x.type === 'Person' && x.start > v && isTopLevel(rc, x))) addRelation(rc, m.key, predicate, event, s);
      }
    }
    // "Among the speakers was (also) X", "among the guests were X and Y".
    if (tok.lower === 'among' && GUEST_WORDS.has(toks[skipDeterminers(toks, v + 1)]?.lower ?? '')) {
      const w = skipDeterminers(toks, v + 1);
      let k = w + 1;
      if (/^(?:was|were)$/.test(toks[k]?.lower ?? '')) {
        k += 1;
        while (/^(?:also|too)$/.test(toks[k]?.lower ?? '')) k += 1;
        const event = earlierGathering(rc, s, v);
        const predicate = guestPredicate(toks[w]?.lower ?? '');
        if (event) for (const a of readMentionList(rc, k, ['Person'])) addRelation(rc, a.key, predicate, event, s);
      }
    }
    // "A and B signed the memorandum at a ceremony", "X won the championship", "X joined the march":
    // the subjects took part in the event named after the verb (and in the gathering where they did it).
    if (JOINING_VERBS.has(tok.lower) && toks[v + 1]?.lower !== 'by') {
      const obj = mentionStartingAt(rc, skipDeterminers(toks, v + 1), ['Event']);
      if (obj) {
        const agents = agentsBefore(rc, v);
        for (const a of agents) addRelation(rc, a.key, 'PARTICIPATED_IN', obj.key, s);
        // "Velmora and Ostland signed a memorandum": the countries are parties to it.
        if (agents.length === 0 && tok.lower === 'signed') {
          for (const p of countriesBefore(rc, v)) addRelation(rc, obj.key, 'INVOLVES', p.key, s);
        }
        const at = toks[obj.end]?.lower === 'at' ? mentionStartingAt(rc, skipDeterminers(toks, obj.end + 1), ['Event']) : undefined;
        if (at) for (const a of agents) addRelation(rc, a.key, 'PARTICIPATED_IN', at.key, s);
        // "X signed the agreement with Y": Y signed it too.
        if (tok.lower === 'signed' && toks[obj.end]?.lower === 'with' && agents.length > 0) {
          // "with her counterpart, Y": past a possessive, a title and its comma.
          let k = obj.end + 1;
          while (k < obj.end + 6 && toks[k] && (/^(?:the|a|an|her|his|its|their|,)$/.test((toks[k] as Token).lower) || isTitleWord((toks[k] as Token).lower) || (toks[k] as Token).lower === 'counterpart')) k += 1;
          for (const b of readMentionList(rc, k, AGENTS)) addRelation(rc, b.key, 'PARTICIPATED_IN', obj.key, s);
        }
      }
    }
    // "The memorandum was signed (at X) by A, Velmora's trade minister, and by B": each signer took part.
    const signedBy = tok.lower === 'signed' ? findWordAfter(toks, v + 1, 'by', 10) : -1;
    if (signedBy >= 0) {
      const event = eventBefore(rc, v);
      if (event) {
        for (let k = signedBy; k < toks.length && (toks[k] as Token).sentence === s; k += 1) {
          if (toks[k]?.lower !== 'by' || !(k === signedBy || /^(?:and|,)$/.test(toks[k - 1]?.lower ?? ''))) continue;
          // "signed by representatives of A and B": the parties, not the people, are named.
          const of = skipDeterminers(toks, k + 1);
          if (REPRESENTATIVES.has(toks[of]?.lower ?? '') && toks[of + 1]?.lower === 'of') {
            for (const a of readMentionList(rc, skipDeterminers(toks, of + 2), ['Organization', 'Place'])) addRelation(rc, event, 'INVOLVES', a.key, s);
            continue;
          }
          for (const a of readMentionList(rc, skipDeterminers(toks, k + 1), AGENTS)) addRelation(rc, a.key, 'PARTICIPATED_IN', event, s);
        }
      }
    }
  }

  for (let s = 0; s < ctx.doc.sentences.length; s += 1) {
    findSpokeAt(rc, s);
    findPlaceOfEvents(rc, s);
    const gatherVerb = gatherVerbBySentence.get(s);
    const gathering = anchorBySentence.get(s) ?? (gatherVerb !== undefined ? findGatheringClause(rc, s, gatherVerb) : undefined);
    findCommemorations(rc, s, gathering);
    findInvolvement(rc, s);
  }
  eventsInDatelineTown(rc);
  strikesAtEmployers(rc);
}

/**
 * "Cabin crew at X began a strike", "the strike at X", "a walkout against X": a strike involves the
 * organisation named after "at" or "against" in a sentence that names it (not the one that called it).
 */
function strikesAtEmployers(rc: RelationContext): void {
  const toks = rc.ctx.doc.tokens;
  const callers = new Set(rc.relations.filter((r) => r.predicate === 'ORGANIZED').map((r) => `${r.subject}|${r.object}`));
  for (const e of rc.built.entities) {
    if (e.type !== 'Event' || e.kind !== 'strike') continue;
    for (const s of new Set(e.mentions.map((m) => m.sentence))) {
      for (const m of rc.bySentence[s] ?? []) {
        if (m.type !== 'Organization' || !isTopLevel(rc, m) || callers.has(`${m.key}|${e.key}`)) continue;
        // "at X", "at the X".
        const before = toks[m.start - 1]?.lower === 'the' ? toks[m.start - 2] : toks[m.start - 1];
        if (/^(?:at|against)$/.test(before?.lower ?? '')) addRelation(rc, e.key, 'INVOLVES', m.key, s);
      }
    }
  }
}

/**
 * Events a datelined report ("VELMORA, May 3 —") gives no place of their own, placed in the dateline's
 * town, the place the report says it comes from:
 * - "LISBON — X and Y held a round table on Wednesday": a gathering the dateline sentence says someone
 *   organised;
 * - an event of the lead (the dateline's sentence and the next) of a kind that is held somewhere (a gathering, talks, a
 *   signing, a strike, a vote, a visit, a trial), not told as past history: no date, or a date within
 *   a month of the report's ("Dockworkers began a strike on Tuesday");
 * - a gathering anywhere in the report dated within a month of it ("at a news conference on Monday").
 * Never an event the report says is commemorated, nor a disaster or an act of violence: those happen
 * where they strike, and a report on them is often filed from the capital.
 */
function eventsInDatelineTown(rc: RelationContext): void {
  const town = datelinePlace(rc);
  if (!town) return;
  const placed = new Set(rc.relations.filter((r) => r.predicate === 'TOOK_PLACE_IN').map((r) => r.subject));
  const remembered = new Set(rc.relations.filter((r) => r.predicate === 'COMMEMORATES').map((r) => r.object));
  const lead = (datelineMention(rc)?.sentence ?? 0) + 1;
  for (const r of [...rc.relations]) {
    if (r.predicate !== 'ORGANIZED' || r.sentence !== 0 || placed.has(r.object) || !isGathering(rc, r.object)) continue;
    placed.add(r.object);
    addRelation(rc, r.object, 'TOOK_PLACE_IN', town, 0);
  }
  for (const e of rc.built.entities) {
    const first = e.mentions[0];
    if (e.type !== 'Event' || first === undefined || placed.has(e.key) || remembered.has(e.key)) continue;
    const current = isCurrent(e.when?.span, rc.ctx.publishedAt);
    const held = HELD_FAMILIES.has(kindFamily(e.kind ?? ''));
    if ((first.sentence <= lead && held && current !== false) || (current === true && isGathering(rc, e.key))) {
      placed.add(e.key);
      addRelation(rc, e.key, 'TOOK_PLACE_IN', town, first.sentence);
    }
  }
}

const MONTH_MS = 31 * 24 * 3600 * 1000;

/** Families of event kinds that are held at a place (as opposed to disasters, wars and acts of violence). */
const HELD_FAMILIES: ReadonlySet<string> = new Set(['gathering', 'talks', 'agreement', 'ceasefire', 'election', 'visit', 'competition', 'trial', 'strike', 'hearing', 'petition']);

/** Whether a span lies within a month of the report's date (undefined when either is unknown). */
function isCurrent(span: { start: string; end: string } | undefined, publishedAt: string | undefined): boolean | undefined {
  if (span === undefined || publishedAt === undefined) return undefined;
  const pub = Date.parse(publishedAt.slice(0, 10));
  const start = Date.parse(span.start);
  const end = Date.parse(span.end);
  if (Number.isNaN(pub) || Number.isNaN(start) || Number.isNaN(end)) return undefined;
  return end >= pub - MONTH_MS && start <= pub + MONTH_MS;
}

/**
 * "Hundreds of people gathered in P on Sunday to mark ...", then "The vigil was organized by ...":
 * a sentence that tells of people gathering without naming the event is about the gathering named
 * next (TOOK_PLACE_IN the place of the verb). Returns that event, the anchor of the sentence.
 */
function findGatheringClause(rc: RelationContext, s: number, v: number): string | undefined {
  const toks = rc.ctx.doc.tokens;
  if (eventMentions(rc, s).some((m) => m.start < v && isGathering(rc, m.key))) return undefined;
  const event = cataphoricEvent(rc, s, v);
  if (!event) return undefined;
  let k = v + 1;
  if (GATHER_PREPOSITIONS.has(toks[k]?.lower ?? '')) {
    k = skipDeterminers(toks, k + 1);
    if (toks[k] && !(toks[k] as Token).cap && toks[k + 1]?.cap) k += 1; // "through central Velmora"
    for (const place of readMentionList(rc, k, ['Place'])) addRelation(rc, event, 'TOOK_PLACE_IN', place.key, s);
  }
  return event;
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
    // "Addressing the crowd (through a megaphone), union president X said", "Speaking after a minute's
    // silence, Mayor X said", "Speaking there, the consul general, X": the latest gathering.
    const speakingThere = first.lower === 'speaking' && /^(?:after|there|afterwards|during|from|before)$/.test(toks[from + 1]?.lower ?? '') && !mentionStartingAt(rc, skipDeterminers(toks, from + 2), ['Event']);
    if (!event && ((first.lower === 'addressing' && AUDIENCE.has(toks[skipDeterminers(toks, from + 1)]?.lower ?? '')) || speakingThere)) {
      const gathering = latestGathering(rc, s, from);
      const person = ms.find((m) => m.type === 'Person' && isTopLevel(rc, m));
      if (gathering && person) addRelation(rc, person.key, 'SPOKE_AT', gathering, s);
    }
  }
  // "X told the audience / addressed the gathering": X spoke at the latest gathering named so far.
  for (let v = from; v < to; v += 1) {
    const t = toks[v] as Token;
    if (t.lower !== 'told' && t.lower !== 'addressed') continue;
    const at = skipDeterminers(toks, v + 1);
    const direct = mentionStartingAt(rc, at, ['Event']);
    // "X told a press conference": the gathering is named right after the verb.
    const toGathering = !!direct && isGathering(rc, direct.key);
    if (!toGathering && !AUDIENCE.has(toks[at]?.lower ?? '')) continue;
    const event = direct?.key ?? latestGathering(rc, s, v) ?? cataphoricEvent(rc, s, v) ?? nextGathering(rc, s, v) ?? earlierGathering(rc, s, v);
    const speakers = ms.filter((m) => m.type === 'Person' && m.end <= v && isTopLevel(rc, m));
    const speaker = speakers[speakers.length - 1];
    if (event && speaker) addRelation(rc, speaker.key, 'SPOKE_AT', event, s);
  }
  // "A, B and C spoke.", "X also spoke, promising ...": the speakers of the latest gathering named.
  for (let v = from; v < to; v += 1) {
    const t = toks[v] as Token;
    if (t.lower !== 'spoke' || INTRANSITIVE_STOP.has(toks[v + 1]?.lower ?? '') || SPEAK_PREPOSITIONS.has(toks[v + 1]?.lower ?? '')) continue;
    const event = earlierGathering(rc, s, v);
    if (!event) continue;
    // The subject: the people named since the start of the clause.
    let c = v - 1;
    while (c > from && !/^[;:]$/.test((toks[c - 1] as Token).text) && !(toks[c - 1] as Token).lower.match(/^(?:that|who|which|while|when|after|before|because)$/)) c -= 1;
    for (const m of ms) if (m.type === 'Person' && m.start >= c && m.end <= v && isTopLevel(rc, m)) addRelation(rc, m.key, 'SPOKE_AT', event, s);
  }
  // "X opened the ceremony (by thanking ...)", "the forum was opened by X": the opener speaks at a gathering.
  for (let v = from; v < to; v += 1) {
    const t = toks[v] as Token;
    if (t.lower !== 'opened') continue;
    if (toks[v + 1]?.lower === 'by') {
      let k = v - 1;
      while (k >= from && /^(?:was|were|been|has|had|officially|formally)$/.test((toks[k] as Token).lower)) k -= 1;
      const event = eventEndingAt(rc, s, k + 1) ?? (/^(?:it|which)$/.test(toks[k]?.lower ?? '') ? latestGathering(rc, s, v) : undefined);
      if (!event || !isGathering(rc, event)) continue;
      const a = skipDeterminers(toks, v + 2);
      // "opened by Velmora's Deputy Minister of Culture, X": the person after the title.
      const person = (rc.bySentence[s] ?? []).find((m) => m.type === 'Person' && m.start >= a && m.start - a < 14 && isTopLevel(rc, m));
      if (person) addRelation(rc, person.key, 'SPOKE_AT', event, s);
      continue;
    }
    const obj = mentionStartingAt(rc, skipDeterminers(toks, v + 1), ['Event']);
    if (!obj || !isGathering(rc, obj.key)) continue;
    const speakers = ms.filter((m) => m.type === 'Person' && m.end <= v && isTopLevel(rc, m));
    const speaker = speakers[speakers.length - 1];
    if (speaker) addRelation(rc, speaker.key, 'SPOKE_AT', obj.key, s);
  }
  // "X spoke at / addressed / delivered a speech at the event"
  for (let v = from; v < to; v += 1) {
    const t = toks[v] as Token;
    if (!SPEAK_VERBS.has(t.lower)) continue;
    // "X said at the signing ceremony": only right before "at" or "during" the event.
    if (t.lower === 'said' && !/^(?:at|during)$/.test(toks[v + 1]?.lower ?? '')) continue;
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
    let event = mentionStartingAt(rc, skipDeterminers(toks, k), ['Event']);
    // "X addressed several thousand supporters at a victory rally": the audience, then where.
    if (!event && t.lower === 'addressed') {
      for (let a = k; a < k + 6 && toks[a] && (toks[a] as Token).sentence === s && !event; a += 1) {
        if (toks[a]?.lower === 'at') event = mentionStartingAt(rc, skipDeterminers(toks, a + 1), ['Event']);
      }
    }
    if (!event) continue;
    const speakers = ms.filter((m) => m.type === 'Person' && m.end <= v && isTopLevel(rc, m));
    const speaker = speakers[speakers.length - 1];
    if (speaker) addRelation(rc, speaker.key, 'SPOKE_AT', event.key, s);
  }
}

/** "guests included", "guests, included", "guests, who included": the word for the people at a gathering before v. */
function guestsBefore(toks: Token[], v: number): string | undefined {
  for (const k of [v - 1, toks[v - 1]?.text === ',' ? v - 2 : -1, toks[v - 1]?.lower === 'who' ? v - 3 : -1]) {
    if (k >= 0 && GUEST_WORDS.has(toks[k]?.lower ?? '')) return toks[k]?.lower;
  }
  // "Speakers at the round table included": the word, then "at" or "of" and the gathering.
  for (let k = v - 2; k >= v - 7 && k >= 0 && toks[k]?.sentence === toks[v]?.sentence; k -= 1) {
    if (GUEST_WORDS.has(toks[k]?.lower ?? '') && /^(?:at|of)$/.test(toks[k + 1]?.lower ?? '')) return toks[k]?.lower;
  }
  return undefined;
}

/** What the people a guest word names did at the gathering: speakers spoke, other guests took part. */
function guestPredicate(word: string): 'SPOKE_AT' | 'PARTICIPATED_IN' {
  return word === 'speakers' ? 'SPOKE_AT' : 'PARTICIPATED_IN';
}

/** True for an event of the gathering family (ceremony, rally, summit, ...). */
function isGathering(rc: RelationContext, key: string): boolean {
  return kindFamily(rc.byKey.get(key)?.kind ?? '') === 'gathering';
}

/** Countries named as the subject right before token v: "Velmora and Ostland signed". */
function countriesBefore(rc: RelationContext, v: number): MentionRef[] {
  const toks = rc.ctx.doc.tokens;
  const ms = (rc.bySentence[toks[v]?.sentence ?? -1] ?? []).filter((m) => m.type === 'Place' && m.end <= v && isTopLevel(rc, m));
  const out: MentionRef[] = [];
  let end = v;
  for (let i = ms.length - 1; i >= 0; i -= 1) {
    const m = ms[i] as MentionRef;
    const gap = toks.slice(m.end, end).map((t) => t.lower);
    if (!(gap.length === 0 || gap.every((w) => w === 'and' || w === ','))) break;
    if (!rc.byKey.get(m.key)?.geo?.featureCode.startsWith('PCL')) break;
    out.push(m);
    end = m.start;
  }
  return out;
}

/** Only acts of violence and war are perpetrated: "staged an exhibition" is not. */
function isHarm(rc: RelationContext, event: string): boolean {
  const family = kindFamily(rc.byKey.get(event)?.kind ?? '');
  return family === 'violence' || family === 'conflict' || family === 'attack';
}

/** The latest gathering event mentioned at or before token v, within this paragraph or the `paragraphsBack` before it. */
function latestGathering(rc: RelationContext, s: number, v: number, paragraphsBack = 1): string | undefined {
  const para = rc.ctx.doc.sentenceParagraph[s] ?? 0;
  for (let k = s; k >= 0 && (rc.ctx.doc.sentenceParagraph[k] ?? 0) >= para - paragraphsBack; k -= 1) {
    const list = eventMentions(rc, k).filter((m) => (k < s || m.start < v) && isGathering(rc, m.key));
    const last = list[list.length - 1];
    if (last) return last.key;
  }
  return undefined;
}

/** The latest gathering named anywhere before token v ("told the audience" paragraphs after the ceremony was named). */
function earlierGathering(rc: RelationContext, s: number, v: number): string | undefined {
  return latestGathering(rc, s, v, Infinity);
}

/** The event mention of sentence s that ends at token end. */
function eventEndingAt(rc: RelationContext, s: number, end: number): string | undefined {
  return eventMentions(rc, s).find((m) => m.end === end)?.key;
}

/** The first gathering event mentioned after token v, within this paragraph or the next (the mirror of `latestGathering`). */
function nextGathering(rc: RelationContext, s: number, v: number): string | undefined {
  const para = rc.ctx.doc.sentenceParagraph[s] ?? 0;
  for (let k = s; k < rc.bySentence.length && (rc.ctx.doc.sentenceParagraph[k] ?? 0) <= para + 1; k += 1) {
    const first = eventMentions(rc, k).find((m) => (k > s || m.start > v) && isGathering(rc, m.key));
    if (first) return first.key;
  }
  return undefined;
}

function findPlaceOfEvents(rc: RelationContext, s: number): void {
  const namedPlaces = rc.memo;
  const toks = rc.ctx.doc.tokens;
  const ms = rc.bySentence[s] ?? [];
  const events = ms.filter((m) => m.type === 'Event' && isTopLevel(rc, m));
  // Last event first, so "a X and a Y in P" can give the Y's places to the X.
  const placesOf: string[][] = [];
  for (let e = events.length - 1; e >= 0; e -= 1) {
    const ev = events[e] as MentionRef;
    const found: string[] = [];
    placesOf[e] = found;
    const tookPlaceIn = (place: string): void => {
      found.push(place);
      addRelation(rc, ev.key, 'TOOK_PLACE_IN', place, s);
    };
    const next = events[e + 1];
    if (next && toks[ev.end]?.lower === 'and' && skipDeterminers(toks, ev.end + 1) === next.start && sameFamily(rc, ev, next)) {
      for (const place of placesOf[e + 1] ?? []) tookPlaceIn(place);
    }
    const cand = candidateOf(rc, ev);
    const kind = rc.byKey.get(ev.key)?.kind ?? '';
    const family = kindFamily(kind);
    // Places nested in the name: after "against", "in", "of the town of" — or before the head for violence and wars ("X massacre").
    for (const inner of ms) {
      if (inner.type !== 'Place' || inner.start < ev.start || inner.end > ev.end || inner === ev) continue;
      const after = placeFollowsLink(toks, ev.start, inner.start, family === 'violence' || family === 'conflict');
      const before = inner.end <= headIndex(rc, cand) && (family === 'violence' || family === 'conflict');
      const pair = `${ev.key}|${inner.key}`;
      if (after || (before && !namedPlaces.has(pair))) {
        namedPlaces.add(pair);
        tookPlaceIn(inner.key);
      }
    }
    // "... was held at the embassy in P", "committed ... against the civilian population in P".
    const stop = (events[e + 1] as MentionRef | undefined)?.start ?? (rc.ctx.doc.sentenceTokens[s]?.[1] ?? ev.end);
    let trigger = false;
    for (let k = ev.end; k < stop; k += 1) {
      const t = toks[k] as Token;
      // "The vigil, held at the X in P, ...": a participle right after the comma still tells the event.
      if (k === ev.end && t.text === ',' && HAPPEN.has(toks[k + 1]?.lower ?? '') && /(?:ed|held)$/.test(toks[k + 1]?.lower ?? '')) continue;
      // "a service for the victims, organised by A and B, will be held in P": past the organisers.
      if (t.text === ',' && /(?:ed)$/.test(toks[k + 1]?.lower ?? '') && toks[k + 2]?.lower === 'by') {
        let c = k + 3;
        while (c < k + 20 && c < stop && toks[c]?.text !== ',') c += 1;
        if (toks[c]?.text === ',') {
          k = c;
          continue;
        }
      }
      if (t.text === ';' || t.text === ',' || CLAUSE_BREAKS.has(t.lower)) break;
      if (HAPPEN.has(t.lower) || t.lower === 'against') trigger = true;
      if ((t.lower === 'in' || t.lower === 'at') && (trigger || k === ev.end)) {
        // "held in A, B and C": every place of the list; "in the city of P".
        let from = k + 1;
        const w = skipDeterminers(toks, from);
        if (SETTLEMENT_OF.has(toks[w]?.lower ?? '') && toks[w + 1]?.lower === 'of') from = w + 2;
        const places = readMentionList(rc, from, ['Place']);
        for (const place of places) tookPlaceIn(place.key);
        if (places.length > 0) break;
        // "at the Velmora Embassy in Ostrava": the venue's town.
        const venue = t.lower === 'at' ? mentionStartingAt(rc, skipDeterminers(toks, k + 1), ['Organization']) : undefined;
        const town = venue && toks[venue.end]?.lower === 'in' ? mentionStartingAt(rc, skipDeterminers(toks, venue.end + 1), ['Place']) : undefined;
        if (town) {
          tookPlaceIn(town.key);
          break;
        }
      }
    }
  }
}

function sameFamily(rc: RelationContext, a: MentionRef, b: MentionRef): boolean {
  return kindFamily(rc.byKey.get(a.key)?.kind ?? '') === kindFamily(rc.byKey.get(b.key)?.kind ?? '');
}

/**
 * True when tokens [from, to) hold "against", "in" or "at" ("on" too for `harm`: "the attack on P"), or
 * end in "<settlement> of" ("the town of").
 */
function placeFollowsLink(toks: Token[], from: number, to: number, harm: boolean): boolean {
  for (let k = from; k < to; k += 1) {
    const w = (toks[k] as Token).lower;
    if (w === 'against' || w === 'in' || w === 'at' || (harm && w === 'on')) return true;
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
    const gathering = ms.find((m) => m.type === 'Event' && isTopLevel(rc, m) && isGathering(rc, m.key))?.key ?? anchor;
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
