import type { MentionRef } from './buildEntities';
import type { Candidate, Token } from './internalTypes';
import { addRelation, datelineMention, datelinePlace, isTopLevel, isTownKey, mentionStartingAt, skipDeterminers, type RelationContext } from './relationContext';
import { readRoleTitle, type RoleTitle } from './readRoleTitle';
import { isFunctionWord } from './functionWords';
import type { EntityType } from './types';
import { HONORIFICS, LEAD_VERBS, ROLE_MODIFIERS, ROLE_VERBS, isTitleWord, roleFamily, titleFamily } from './roleWords';
import { REGION_WORDS } from './placeWords';
import { countryGazetteer } from './countryGazetteer';
import { normalizeName } from './normalizeName';
import { tokenKey } from './tokenKey';
import { spanText } from './spanText';
import { isPossessiveAt, isPossessiveMark } from './tokenize';

/** Organisations whose members hold a seat: parliaments, councils, assemblies. */
const LEGISLATURE_WORDS = /\b(?:parliament|congress|senate|assembly|council|duma|legislature|chamber)\b/i;
/** Role families that are offices of a place: "Mayor X of Y", "its mayor, X" (Y a town, "its" a town). */
const PLACE_OFFICES: ReadonlySet<string> = new Set(['mayor', 'governor', 'premier', 'president', 'minister', 'senator', 'legislator', 'official', 'commissioner', 'administrator', 'monarch', 'chancellor']);
/** Words between a title and where it is held: "director of", "professor at", "spokesman for", "adviser to". */
const ROLE_LINKS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'to']);
/** Titles of state that a demonym ties to its country: "Chilean President X". */
const STATE_OFFICES: ReadonlySet<string> = new Set(['president', 'minister', 'premier', 'chancellor', 'monarch', 'diplomat', 'senator', 'legislator', 'governor', 'officer', 'commander']);
/** Words before a party's name: "of the opposition X party". */
const PARTY_DESCRIPTIONS: ReadonlySet<string> = new Set(['opposition', 'ruling', 'governing', 'centrist', 'conservative', 'liberal', 'nationalist', 'socialist', 'green', 'leftist', 'rightist', 'left-wing', 'right-wing', 'far-right', 'far-left', 'centre-right', 'centre-left', 'center-right', 'center-left', 'populist']);
/** Names of political parties and movements. */
const PARTY_WORDS = /\b(?:party|parti|partido|partito|partei|movement|movimiento|movimento|mouvement|frente|front)\b/i;
/** Services named in front of a rank: "Police Major X", "Army Colonel Y". */
const RANK_CORPS: ReadonlySet<string> = new Set(['police', 'army', 'navy', 'air', 'force', 'marine', 'coast', 'guard', 'fire']);
/** Offices that "its" ties to a place rather than an organisation: "Its mayor, X". */
const TOWN_OFFICES: ReadonlySet<string> = new Set(['mayor', 'governor', 'premier', 'administrator']);
const DIPLOMATIC_ORG_WORDS = /\b(?:embassy|consulate|mission)\b/i;

/**
 * HOLDS_ROLE and AFFILIATED_WITH: titles recorded next to names ("Ambassador X" with the report's
 * embassy, "Vice-President of the Y Foundation X"), roles in apposition ("X, head of the Y"),
 * "<role> of Y, X", and "X, a member of Y".
 */
export function findRoleRelations(rc: RelationContext): void {
  const { ctx, built } = rc;
  const toks = ctx.doc.tokens;
  const embassies = built.entities.filter((e) => e.type === 'Organization' && DIPLOMATIC_ORG_WORDS.test(e.name));
  const byHead = new Map<string, { orgs: string[]; mentions: MentionRef[] }>();
  /** Organisations whose name holds the head word, and their mentions in text order (memoised per head). */
  const orgsWithHead = (head: string): { orgs: string[]; mentions: MentionRef[] } => {
    let hit = byHead.get(head);
    if (!hit) {
      const orgs = built.entities.filter((e) => e.type === 'Organization' && normalizeName(e.name).split(' ').includes(head)).map((e) => e.key);
      const keys = new Set(orgs);
      hit = { orgs, mentions: built.mentions.filter((m) => keys.has(m.key)) };
      byHead.set(head, hit);
    }
    return hit;
  };
  const isName = (k: number): boolean => mentionStartingAt(rc, k) !== undefined;
  const embassyKeys = new Set(embassies.map((e) => e.key));
  const datelineTown = datelinePlace(rc);
  const embassyMentions = embassies.length > 1 ? built.mentions.filter((m) => embassyKeys.has(m.key)) : [];
  for (const note of ctx.roles) {
    const person = built.entityOf.get(note.person);
    if (!person) continue;
    if (note.note) continue;
    if (note.at !== undefined) {
      const org = built.entityOf.get(note.at);
      if (org) addRelation(rc, person, 'HOLDS_ROLE', org, note.sentence, note.title);
    } else if (note.atHead) {
      const { orgs, mentions } = orgsWithHead(note.atHead);
      const target = orgs.length === 1 ? orgs[0] : nearestBefore(mentions, (ctx.candidates[note.person] as Candidate).start);
      if (target) addRelation(rc, person, 'HOLDS_ROLE', target, note.sentence, note.title);
    } else if (datelineTown && titleFamily(note.title) === 'mayor' && toks[(ctx.candidates[note.person] as Candidate).end]?.lower !== 'of') {
      // "Mayor X said ..." in a report datelined in a town: the mayor of that town.
      addRelation(rc, person, 'HOLDS_ROLE', datelineTown, note.sentence, note.title);
    } else if (note.diplomatic && embassies.length > 0) {
      const target = embassies.length === 1 ? embassies[0]?.key : nearestBefore(embassyMentions, (ctx.candidates[note.person] as Candidate).start);
      if (target) addRelation(rc, person, 'HOLDS_ROLE', target, note.sentence, note.title);
    }
  }
  for (const m of built.mentions) {
    if (m.type !== 'Person') continue;
    // "X, head of the Y", "X, the deputy head of Y", "X, a member of Y".
    let k = m.end;
    // "Professor X of the Y", "Dr. X of the Y Institute": a person of an organisation.
    if (toks[k]?.lower === 'of') {
      const title = (ctx.candidates[m.candidate] as Candidate).title;
      const family = title ? titleFamily(title) : undefined;
      // "Senator X of the opposition Y party": past a word or two that describe the organisation.
      let o = skipDeterminers(toks, k + 1);
      if (!mentionStartingAt(rc, o, ['Organization']) && PARTY_DESCRIPTIONS.has(toks[o]?.lower ?? '')) o += 1;
      const org = mentionStartingAt(rc, o, ['Organization']);
      if (org) {
        // An office of a place held by a party's member is no office of the party: "Senator X of the Y party".
        const partyMember = family !== undefined && PLACE_OFFICES.has(family) && PARTY_WORDS.test(rc.byKey.get(org.key)?.name ?? '');
        if (title && family && !partyMember) addRelation(rc, m.key, 'HOLDS_ROLE', org.key, m.sentence, title);
        else addRelation(rc, m.key, 'AFFILIATED_WITH', org.key, m.sentence);
      } else if (title && family && PLACE_OFFICES.has(family)) {
        // "Deputy Mayor X of Y", "Governor X of Y": an office of a town, region or country.
        const place = mentionStartingAt(rc, skipDeterminers(toks, k + 1), ['Place']);
        if (place) addRelation(rc, m.key, 'HOLDS_ROLE', place.key, m.sentence, title);
      }
    }
    if (toks[k]?.text !== ',') continue;
    k = skipDeterminers(toks, k + 1);
    const roleStart = k;
    // "X, the ministry's national director of public health", "X, Velmora's Minister of Trade".
    const owner = possessiveOwner(rc, k);
    if (owner) {
      const t = readRoleTitle(toks, owner.end + 1, isName);
      if (t) addTitleRelation(rc, m.key, t, owner.key, m.sentence);
      continue;
    }
    while (toks[k] && ROLE_MODIFIERS.has((toks[k] as Token).lower)) k += 1;
    const role = toks[k];
    if (!role) continue;
    // "X, a historian who chairs the Y"
    if (toks[k + 1]?.lower === 'who' && toks[k + 2] && ROLE_VERBS.has((toks[k + 2] as Token).lower)) {
      const target = mentionStartingAt(rc, skipDeterminers(toks, k + 3), ['Organization', 'Place']);
      if (target) addRelation(rc, m.key, 'HOLDS_ROLE', target.key, m.sentence, ROLE_VERBS.get((toks[k + 2] as Token).lower));
      continue;
    }
    // "X, medical coordinator of the Y", "X, a spokesman for the Y", "X, First Deputy Minister of Rural Affairs of Z".
    const t = readRoleTitle(toks, roleStart, isName);
    if (!t) {
      // "X, a student at the Y", "X, a volunteer with the Y": a tie to the organisation without a title.
      let w = roleStart;
      while (w < roleStart + 2 && toks[w] && (toks[w] as Token).word && !(toks[w] as Token).cap && !isFunctionWord((toks[w] as Token).lower)) w += 1;
      if (w > roleStart && (toks[w]?.lower === 'at' || toks[w]?.lower === 'with')) {
        const org = mentionStartingAt(rc, skipDeterminers(toks, w + 1), ['Organization']);
        if (org) addRelation(rc, m.key, 'AFFILIATED_WITH', org.key, m.sentence);
      }
      continue;
    }
    const titleEnd = t.fieldEnd;
    k = t.fieldEnd;
    if (!ROLE_LINKS.has(toks[k]?.lower ?? '')) continue;
    // "president of the electoral board": a lower-case word before a definite organisation word.
    const at = skipDeterminers(toks, k + 1);
    let target = mentionStartingAt(rc, at, ['Organization', 'Place']) ?? (toks[at]?.cap ? undefined : mentionStartingAt(rc, at + 1, ['Organization']));
    if (!target) continue;
    // "the leader of Velmora's opposition Unity Party": the organisation the possessive owner has.
    if (isPossessiveAt(toks, target.end)) {
      let o = target.end + 1;
      while (o < target.end + 3 && toks[o] && !(toks[o] as Token).cap && (toks[o] as Token).word) o += 1;
      const owned = mentionStartingAt(rc, o, ['Organization']);
      if (owned) target = owned;
    }
    const title = spanText(ctx.doc, roleStart, titleEnd);
    const family = t.family;
    // An ambassador "of <country>" works at that country's embassy when the report names it.
    if (family === 'diplomat' && target.type === 'Place' && embassies.length > 0) {
      const country = rc.byKey.get(target.key)?.name ?? '';
      const own = embassies.filter((e) => normalizeName(e.name).includes(normalizeName(country)));
      const pick = own.length === 1 ? own[0] : embassies.length === 1 ? embassies[0] : undefined;
      if (pick) target = { ...target, key: pick.key };
    }
    const predicate = family === 'member' ? 'AFFILIATED_WITH' : 'HOLDS_ROLE';
    addRelation(rc, m.key, predicate, target.key, m.sentence, predicate === 'HOLDS_ROLE' ? title : undefined);
    // A seat in an elected body is an office: "X, a member of the Velmora parliament".
    if (family === 'member' && target.type === 'Organization' && LEGISLATURE_WORDS.test(rc.byKey.get(target.key)?.name ?? '')) {
      addRelation(rc, m.key, 'HOLDS_ROLE', target.key, m.sentence, title);
    }
  }
  // "the Y Foundation, whose vice-president, X, ..." and "X, who heads the Y".
  for (const m of built.mentions) {
    if (m.type === 'Organization' && toks[m.end]?.text === ',' && toks[m.end + 1]?.lower === 'whose') {
      let k = m.end + 2;
      while (toks[k] && ROLE_MODIFIERS.has((toks[k] as Token).lower)) k += 1;
      const role = toks[k];
      if (role && roleFamily(role.lower)) {
        let p = k + 1;
        if (toks[p]?.text === ',') p += 1;
        const person = mentionStartingAt(rc, p, ['Person']);
        if (person) addRelation(rc, person.key, 'HOLDS_ROLE', m.key, m.sentence, spanText(ctx.doc, m.end + 2, k + 1));
      }
    }
    if (m.type === 'Person' && toks[m.end]?.text === ',' && toks[m.end + 1]?.lower === 'who') {
      const verb = toks[m.end + 2];
      const title = verb ? ROLE_VERBS.get(verb.lower) : undefined;
      if (title) {
        const target = mentionStartingAt(rc, skipDeterminers(toks, m.end + 3), ['Organization', 'Place']);
        if (target) addRelation(rc, m.key, 'HOLDS_ROLE', target.key, m.sentence, title);
      }
    }
  }
  findPossessiveRoles(rc, isName);
  findDemonymTitles(rc);
  findTownMayors(rc);
  // "<role> of the Y, X" and "Y <role> X" ("Foundation President X").
  for (const m of built.mentions) {
    if (m.type === 'Place') {
      // "the mayor of Y, X", "the governor of Y province, X": an office of a town, region or country.
      let p = m.end;
      if (REGION_WORDS.has(toks[p]?.lower ?? '') && !toks[p]?.cap) p += 1;
      if (toks[p]?.text === ',') p += 1;
      const officer = mentionStartingAt(rc, p, ['Person']);
      // "the president of the X Region, Y": past "the".
      const ofP = toks[m.start - 1]?.lower === 'the' ? m.start - 2 : m.start - 1;
      const office = toks[ofP - 1];
      if (officer && toks[ofP]?.lower === 'of' && office && PLACE_OFFICES.has(roleFamily(office.lower) ?? '')) {
        let ts = ofP - 1;
        while (ts - 1 >= 0 && ROLE_MODIFIERS.has((toks[ts - 1] as Token).lower)) ts -= 1;
        addRelation(rc, officer.key, 'HOLDS_ROLE', m.key, m.sentence, spanText(ctx.doc, ts, ofP));
      }
      continue;
    }
    if (m.type !== 'Organization') continue;
    const after = m.end;
    let k = after;
    if (toks[k]?.text === ',') k += 1;
    const person = mentionStartingAt(rc, k, ['Person']);
    let ofK = m.start - 1;
    if (toks[ofK]?.lower === 'the') ofK -= 1;
    if (person && toks[ofK]?.lower === 'of' && toks[ofK - 1] && roleFamily((toks[ofK - 1] as Token).lower)) {
      addRelation(rc, person.key, 'HOLDS_ROLE', m.key, m.sentence, (toks[ofK - 1] as Token).text);
    }
    // "the Velmora Trust, led by X" / "the Velmora Trust, headed by X".
    let led = after;
    if (toks[led]?.text === ',') led += 1;
    if (LEAD_VERBS.has(toks[led]?.lower ?? '') && toks[led + 1]?.lower === 'by') {
      const leader = mentionStartingAt(rc, skipDeterminers(toks, led + 2), ['Person']);
      if (leader) addRelation(rc, leader.key, 'HOLDS_ROLE', m.key, m.sentence, 'leader');
    }
    const titleTok = toks[after];
    if (titleTok && titleTok.cap && roleFamily(titleTok.lower)) {
      const p = mentionStartingAt(rc, after + 1, ['Person']);
      if (p) addRelation(rc, p.key, 'HOLDS_ROLE', m.key, m.sentence, titleTok.text);
    }
  }
}

/**
 * "In X, a fishing town, the mayor, Y, said": a mayor the text ties to no place holds the office in the
 * one town the sentence names, or, when it names none, in the town of the report's dateline.
 */
function findTownMayors(rc: RelationContext): void {
  const { ctx, built } = rc;
  const placed = new Set(rc.relations.filter((r) => r.predicate === 'HOLDS_ROLE').map((r) => r.subject));
  const home = datelinePlace(rc);
  for (const note of ctx.roles) {
    const person = built.entityOf.get(note.person);
    if (person === undefined || placed.has(person) || titleFamily(note.title) !== 'mayor') continue;
    const towns = new Set((rc.bySentence[note.sentence] ?? []).filter((m) => isTownKey(rc, m.key)).map((m) => m.key));
    const town = towns.size === 1 ? [...towns][0] : towns.size === 0 && isTownKey(rc, home) ? home : undefined;
    if (town === undefined) continue;
    addRelation(rc, person, 'HOLDS_ROLE', town, note.sentence, note.title);
    placed.add(person);
  }
}

/** A person holds the title read at an owner (a "member" title: is affiliated with it), stated in that sentence. */
function addTitleRelation(rc: RelationContext, person: string, t: RoleTitle, owner: string, sentence: number): void {
  addRelation(rc, person, t.family === 'member' ? 'AFFILIATED_WITH' : 'HOLDS_ROLE', owner, sentence, spanText(rc.ctx.doc, t.start, t.fieldEnd));
}

/** An organisation or place named at token i (or one token later, after "the") and followed by "'s". */
function possessiveOwner(rc: RelationContext, i: number): MentionRef | undefined {
  const toks = rc.ctx.doc.tokens;
  for (const at of [i, i + 1]) {
    const m = mentionStartingAt(rc, at, ['Organization', 'Place']);
    if (m && isPossessiveAt(toks, m.end)) return m;
  }
  return undefined;
}

/**
 * "Its director, X" / "Their spokesman X": the organisation (or, for offices of a place, the place)
 * that "its" stands for is the first one named in the sentence before, or earlier in the same
 * sentence. "Velmora's Minister of Trade, X" / "the ministry's director X": the owner is named.
 */
/** Prepositions that open what a title is about or where it is held: "ambassador to X", "envoy on the talks", "coordinator in X". */
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'in', 'for', 'on', 'at']);

/** The comma that closes a title's complement opening at i ("to Ostland,"), within eight words of the sentence. */
function complementEnd(toks: readonly Token[], i: number): number | undefined {
  const open = toks[i];
  if (open === undefined || !COMPLEMENT_PREPOSITIONS.has(open.lower)) return undefined;
  for (let k = i + 1; k <= i + 8; k += 1) {
    const t = toks[k];
    if (t === undefined || t.sentence !== open.sentence) return undefined;
    if (t.text === ',') return k > i + 1 ? k : undefined;
    if (!t.word && !isPossessiveMark(t)) return undefined;
  }
  return undefined;
}

/** The token after up to three honorifics or capitalised titles before a name ("Ambassador X", "Dr. X", "Sister X"). */
function afterTitles(toks: readonly Token[], i: number): number {
  let k = i;
  while (k < i + 4 && (toks[k]?.text === '.' || HONORIFICS.has(toks[k]?.lower ?? '') || (toks[k]?.cap === true && isTitleWord(toks[k]?.lower ?? '')))) k += 1;
  return k;
}

function findPossessiveRoles(rc: RelationContext, isName: (k: number) => boolean): void {
  const toks = rc.ctx.doc.tokens;
  for (const m of rc.built.mentions) {
    if (m.type === 'Person') {
      let p = m.start - 1;
      // "Its director, Dr. X", "Its spokeswoman, Police Major X": an honorific or a rank between the title and the name.
      while (p > 0 && m.start - p <= 4 && (toks[p]?.text === '.' || HONORIFICS.has((toks[p] as Token).lower) || ((toks[p] as Token).cap && (isTitleWord((toks[p] as Token).lower) || RANK_CORPS.has((toks[p] as Token).lower))))) p -= 1;
      if (toks[p]?.text === ',') p -= 1;
      for (let its = p - 1; its >= Math.max(0, p - 10); its -= 1) {
        const w = toks[its] as Token;
        if (w.sentence !== m.sentence) break;
        if (w.lower !== 'its' && w.lower !== 'their') continue;
        const t = readRoleTitle(toks, its + 1, isName);
        // "Its coordinator in X, Sister Y": a complement may follow the title.
        if (!t || (t.fieldEnd !== p + 1 && complementEnd(toks, t.fieldEnd) !== p + 1)) break;
        const owner = antecedent(rc, its, TOWN_OFFICES.has(t.family));
        if (owner) addTitleRelation(rc, m.key, t, owner, m.sentence);
        break;
      }
      // "X, its director-general, said": the title after the name.
      const its = m.end + 1;
      if (toks[m.end]?.text === ',' && /^(?:its|their)$/.test(toks[its]?.lower ?? '')) {
        const t = readRoleTitle(toks, its + 1, isName);
        if (t && toks[t.fieldEnd]?.text === ',') {
          const owner = antecedent(rc, its, TOWN_OFFICES.has(t.family));
          if (owner) addTitleRelation(rc, m.key, t, owner, m.sentence);
        }
      }
    }
    if ((m.type === 'Organization' || m.type === 'Place') && isPossessiveAt(toks, m.end) && isTopLevel(rc, m)) {
      const t = readRoleTitle(toks, m.end + 1, isName);
      if (!t) continue;
      // "Velmora's ambassador to Ostland, X", "Velmora's envoy on the border talks, Ambassador X".
      let p = complementEnd(toks, t.fieldEnd) ?? t.fieldEnd;
      if (toks[p]?.text === ',') p += 1;
      const person = mentionStartingAt(rc, p, ['Person']) ?? mentionStartingAt(rc, afterTitles(toks, p), ['Person']);
      if (person) addTitleRelation(rc, person.key, t, m.key, person.sentence);
    }
  }
}

/**
 * What "its" at token i refers to: the latest organisation (or place, when preferred) named before it
 * in the same sentence ("the X was represented by its spokesman"), else the first one of the sentence
 * before (its subject, usually: "The X Trust runs ... Its director, ...").
 */
function antecedent(rc: RelationContext, i: number, preferPlace: boolean): string | undefined {
  const sentence = (rc.ctx.doc.tokens[i] as Token).sentence;
  const order: EntityType[] = preferPlace ? ['Place', 'Organization'] : ['Organization', 'Place'];
  const same = (rc.bySentence[sentence] ?? []).filter((x) => x.end <= i && isTopLevel(rc, x));
  for (const type of order) {
    const hit = same.filter((x) => x.type === type).pop();
    if (hit) return hit.key;
  }
  const before = (rc.bySentence[sentence - 1] ?? []).filter((x) => isTopLevel(rc, x));
  for (const type of order) {
    const hit = before.find((x) => x.type === type);
    if (hit) return hit.key;
  }
  return undefined;
}

/**
 * "Chilean President X", "her Peruvian counterpart, Trade Minister X": a title of state after a
 * demonym is held at that country, when the report names the country.
 */
function findDemonymTitles(rc: RelationContext): void {
  const toks = rc.ctx.doc.tokens;
  const { byDemonym } = countryGazetteer();
  const countryKey = new Map<string, string>();
  for (const e of rc.built.entities) if (e.type === 'Place' && e.geo?.featureCode.startsWith('PCL')) countryKey.set(e.geo.countryCode, e.key);
  if (countryKey.size === 0) return;
  for (const note of rc.ctx.roles) {
    const family = titleFamily(note.title);
    if (!family || (!STATE_OFFICES.has(family) && !isCabinetTitle(note.title))) continue;
    const cand = rc.ctx.candidates[note.person] as Candidate;
    // Back over the title ("Foreign Minister", "Deputy Prime Minister") to the word before it.
    let k = cand.start - 1;
    while (k >= 0 && toks[k]?.text === '.') k -= 1;
    const words = note.title.split(/\s+/).length;
    k -= words - 1;
    let d = k - 1;
    if (toks[d]?.text === ',' && toks[d - 1]?.lower === 'counterpart') d -= 2;
    const demonym = toks[d];
    const country = demonym && demonym.cap ? byDemonym.get(tokenKey(demonym)) : undefined;
    const place = country ? countryKey.get(country.code) : undefined;
    const person = rc.built.entityOf.get(note.person);
    if (place && person) addRelation(rc, person, 'HOLDS_ROLE', place, note.sentence, note.title);
    // "Transport Minister X" with no country said: a cabinet office of the country the report is datelined in.
    else if (person && !demonym?.cap && !isPossessiveMark(demonym) && note.at === undefined && note.atHead === undefined && isCabinetTitle(note.title)) {
      const home = datelineCountry(rc, countryKey);
      if (home && !rc.relations.some((r) => r.subject === person && r.predicate === 'HOLDS_ROLE')) addRelation(rc, person, 'HOLDS_ROLE', home, note.sentence, note.title);
    }
  }
}

/** "Interior Minister", "Prime Minister", "Foreign Secretary": a cabinet office (not "General Secretary"). */
function isCabinetTitle(title: string): boolean {
  const words = title.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (last === 'minister' || last === 'premier' || last === 'chancellor') return true;
  return last === 'secretary' && words.length >= 2 && !words.some((w) => /^(?:general|executive|press|first|second|third|permanent|deputy|assistant|private|party|union)$/.test(w));
}

/** The country of the report's dateline ("TARSK, Velmora —" or "VELMORA —"), when the report names it. */
function datelineCountry(rc: RelationContext, countryKey: ReadonlyMap<string, string>): string | undefined {
  const first = datelineMention(rc);
  if (!first) return undefined;
  const geo = rc.byKey.get(first.key)?.geo;
  return geo ? countryKey.get(geo.countryCode) : undefined;
}

/** Key of the latest mention before pos (mentions are in text order), else the first one. */
function nearestBefore(mentions: MentionRef[], pos: number): string | undefined {
  let best: string | undefined;
  for (const m of mentions) {
    if (m.start >= pos) break;
    best = m.key;
  }
  return best ?? mentions[0]?.key;
}
