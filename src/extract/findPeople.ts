import { addCandidate, isFree } from './candidateStore';
import { cityGazetteer } from './cityGazetteer';
import { isCommonWord } from './commonWords';
import { countryGazetteer } from './countryGazetteer';
import { EVENT_HEADS } from './eventHeadWords';
import { isFunctionWord } from './functionWords';
import type { Candidate, ExtractContext, Token } from './internalTypes';
import { normalizeName } from './normalizeName';
import { LOWER_ORG_HEADS, ORG_HEADS } from './orgHeadWords';
import { HONORIFICS, ROLE_MODIFIERS, SPEECH_VERBS, isTitleWord, roleFamily, titleFamily } from './roleWords';
import { isSentenceInitial, spanKey, spanText } from './spanText';
import { tokenKey } from './tokenKey';
import { BASED_SUFFIX, COMPASS_WORDS, isForeignStreetName, PEOPLE_ADJECTIVE, isPlaceShaped } from './placeWords';

const DIPLOMATIC = new Set(['diplomat']);
/** Prepositions after which an unexplained capitalised pair is a place rather than a person. */
const NOT_BEFORE_NAMES = new Set(['in', 'at', 'near', 'into', 'across', 'over', 'throughout', 'toward', 'towards', 'inside', 'outside', 'within', 'around', 'from', 'to']);

/**
 * The organisation a title points to by its own words: "ministry spokesman" → ministry,
 * "Council President" → council, "Councilwoman" → council. Returns the org head word.
 */
function orgHeadBefore(toks: Token[], titleStart: number, title: string): string | undefined {
  const words = title.toLowerCase().split(/\s+/);
  for (const w of words) if (ORG_HEADS.has(w)) return w;
  for (const head of ['council', 'parliament', 'senate', 'assembly', 'congress']) if ((words[0] ?? '').startsWith(head)) return head;
  const prev = toks[titleStart - 1];
  if (prev && ORG_HEADS.has(prev.lower)) return prev.lower;
  return undefined;
}

/** The title with the org head word written right before it ("Council" + "President"), so the role reads in full. */
function withHeadBefore(toks: Token[], titleStart: number, title: string, head: string | undefined): string {
  const prev = toks[titleStart - 1];
  if (!head || !prev || prev.lower !== head || !prev.cap || title.toLowerCase().split(/\s+/).includes(head)) return title;
  return `${prev.text} ${title}`;
}

/** True when the word is the name of a town of 20,000 people or more. */
function isTownName(tok: Token): boolean {
  const g = cityGazetteer();
  return g.lookup(tokenKey(tok)).some((i) => g.population(i) >= 20000);
}

/** Words that open a place's name and never a person's: "Mount X", "Port Y", "Lake Z". */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['mount', 'mt', 'lake', 'port', 'fort', 'gulf', 'cape', 'river', 'bay', 'isle']);

/** Lower-case particles inside personal names: "von", "van der", "de la", "bin". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'ter', 'bin', 'ibn', 'zu']);

function isNameWord(tok: Token): boolean {
  return tok.word && tok.cap && !tok.allCaps && !isFunctionWord(tok.lower) && !ORG_HEADS.has(tok.lower) && !EVENT_HEADS.has(tok.lower) && !isTitleWord(tok.lower);
}

function isNameLike(tok: Token): boolean {
  return tok.cap && !ROLE_MODIFIERS.has(tok.lower);
}

/** Leading title tokens of a run: "Ambassador", "Vice-President", "Deputy Foreign Minister", "Mr". */
function titleLength(toks: Token[], start: number, end: number): number {
  let k = start;
  let last = start;
  while (k < end) {
    const t = toks[k] as Token;
    if (isTitleWord(t.lower)) {
      k += 1;
      last = k;
      if (toks[k]?.text === '.') k += 1;
      continue;
    }
    if (ROLE_MODIFIERS.has(t.lower) && k + 1 < end) {
      k += 1;
      continue;
    }
    break;
  }
  return last - start;
}

/** A role word in the few tokens before i with no verb or sentence break between ("leader of the X people, "). */
function roleBefore(toks: Token[], i: number): { title: string; index: number } | undefined {
  const sentence = (toks[i] as Token).sentence;
  for (let k = i - 1; k >= 0 && k >= i - 9; k -= 1) {
    const t = toks[k] as Token;
    if (t.sentence !== sentence) return undefined;
    if (roleFamily(t.lower) && !HONORIFICS.has(t.lower)) return { title: t.text, index: k };
    if (t.text === '.' || t.text === ';' || SPEECH_VERBS.has(t.lower)) return undefined;
  }
  return undefined;
}

/** ", head of ...", ", the ambassador ..." right after a name. */
function appositiveRole(toks: Token[], end: number): string | undefined {
  if (toks[end]?.text !== ',') return undefined;
  let k = end + 1;
  const sentence = (toks[end] as Token).sentence;
  for (let n = 0; n < 6 && k < toks.length; n += 1, k += 1) {
    const t = toks[k] as Token;
    if (t.sentence !== sentence) return undefined;
    if (roleFamily(t.lower) && !HONORIFICS.has(t.lower)) return t.text;
    if (!t.word) return undefined;
  }
  return undefined;
}

function speechNear(toks: Token[], start: number, end: number): boolean {
  const after = toks[end];
  const before = toks[start - 1];
  return (!!after && SPEECH_VERBS.has(after.lower)) || (!!before && SPEECH_VERBS.has(before.lower) && before.lower !== 'called');
}

/** True when a run looks like a personal name on its own: not everyday words, not a gazetteer place or demonym. */
function looksLikeName(toks: Token[], start: number, end: number): boolean {
  const { byName, byDemonym } = countryGazetteer();
  const cities = cityGazetteer();
  // "Republika X", "Mount Y", "Z Province": words that open or close a place's name.
  if (isPlaceShaped((toks[start] as Token).lower, (toks[end - 1] as Token).lower)) return false;
  for (let k = start; k < end; k += 1) {
    const t = toks[k] as Token;
    const key = tokenKey(t);
    if (isCommonWord(t.lower) || byName.has(key) || byDemonym.has(key)) return false;
  }
  let words = '';
  for (let k = start; k < end; k += 1) words += k > start ? ` ${(toks[k] as Token).text}` : (toks[k] as Token).text;
  const whole = normalizeName(words);
  if (byName.has(whole) || cities.lookup(whole).length > 0) return false;
  // Two known towns side by side ("calls Bombay Mumbai") are not a name.
  let towns = 0;
  for (let k = start; k < end; k += 1) if (isTownName(toks[k] as Token)) towns += 1;
  return towns < 2;
}

/**
 * Finds people: capitalised runs of two to four name words with a cue — a title before
 * ("Ambassador X Y", "Vice-President of the Z Foundation X Y"), a role in apposition
 * ("X Y, head of ..."), a role phrase before a comma, or a verb of saying — and definite role
 * references ("the envoy") kept for coreference. Records the roles for HOLDS_ROLE.
 */
export function findPeople(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  for (const chunk of ctx.chunks) {
    // Work on the free stretches of the run.
    let s = chunk.start;
    while (s < chunk.end) {
      if (!isFree(ctx, s, s + 1)) {
        s += 1;
        continue;
      }
      let e = s;
      while (e < chunk.end && isFree(ctx, e, e + 1)) e += 1;
      handleStretch(ctx, s, e);
      s = e;
    }
  }
  // Honorific + full stop + name: "Mr. Smith".
  for (let i = 0; i + 2 < toks.length; i += 1) {
    const t = toks[i] as Token;
    if (toks[i + 1]?.text !== '.' || !HONORIFICS.has(t.lower)) continue;
    let e = i + 2;
    while (e < toks.length && isNameWord(toks[e] as Token) && e < i + 6) e += 1;
    if (e > i + 2 && isFree(ctx, i + 2, e)) {
      addPerson(ctx, i + 2, e, 'honorific', t.text);
    }
  }
  findRoleAnaphors(ctx);
}

function addPerson(ctx: ExtractContext, start: number, end: number, rule: string, title?: string, at?: number, looseRole?: string, atHead?: string): number {
  // "Central Asian", "West African": a compass word and a people's adjective name no one.
  const toks = ctx.doc.tokens;
  if (COMPASS_WORDS.has((toks[start] as Token).lower) && PEOPLE_ADJECTIVE.test((toks[end - 1] as Token).lower)) return -1;
  const name = spanText(ctx.doc, start, end);
  // A country's name of several words ("Costa Rica said", "Sierra Leone's minister") is no one's, nor
  // a street's or square's in another language ("Parque das X"), nor "X-based" ("a Velmora City-based group").
  if (end - start > 1 && countryGazetteer().byName.has(normalizeName(name))) return -1;
  if (isForeignStreetName(name) || BASED_SUFFIX.test((toks[end - 1] as Token).lower) || PLACE_OPENERS.has((toks[start] as Token).lower)) return -1;
  const cand: Candidate = { type: 'Person', start, end, name, rule };
  if (title) cand.title = title;
  const index = addCandidate(ctx, cand);
  // A role word near the name ("X, head of ...", "ambassador to Y, X"): known for "the envoy" and, when diplomatic, for the embassy.
  if (index >= 0 && !title && looseRole) {
    const family = roleFamily(looseRole.toLowerCase());
    if (family) {
      ctx.roles.push({
        person: index,
        title: looseRole,
        ...(DIPLOMATIC.has(family) ? { diplomatic: true } : { note: true }),
        sentence: (ctx.doc.tokens[start] as Token).sentence,
      });
    }
  }
  if (index >= 0 && title && !HONORIFICS.has(title.toLowerCase().replace(/\.$/, ''))) {
    const sentence = (ctx.doc.tokens[start] as Token).sentence;
    const family = titleFamily(title);
    ctx.roles.push({
      person: index,
      title,
      ...(at !== undefined ? { at } : {}),
      ...(atHead !== undefined ? { atHead } : {}),
      ...(at === undefined && family && DIPLOMATIC.has(family) ? { diplomatic: true } : {}),
      sentence,
    });
  }
  return index;
}

const shortFormMemo = new WeakMap<ExtractContext, Set<string>>();

/** Names of the organisations found so far, and without their lower-case head word ("velmora green" for "Velmora Green party"). */
function orgShortForms(ctx: ExtractContext): Set<string> {
  let set = shortFormMemo.get(ctx);
  if (!set) {
    set = new Set();
    for (const c of ctx.candidates) {
      if (c.type !== 'Organization' || c.anaphor) continue;
      // The organisation's own name, written again later ("... the aid group X. X says ...").
      set.add(spanKey(ctx.doc, c.start, c.end));
      if (c.end - c.start < 3) continue;
      // Only a lower-case head ("the Velmora Green party"): a capitalised one is often named after a person
      // ("the Ana Rolt Foundation"), who stays a person of their own.
      const head = ctx.doc.tokens[c.end - 1] as Token;
      if (!head.cap && (ORG_HEADS.has(head.lower) || LOWER_ORG_HEADS.has(head.lower))) set.add(spanKey(ctx.doc, c.start, c.end - 1));
    }
    shortFormMemo.set(ctx, set);
  }
  return set;
}

function handleStretch(ctx: ExtractContext, s0: number, e: number): void {
  const toks = ctx.doc.tokens;
  // A title inside the run ("Velmora State Provost Ana Ruiz"): the name after it is what counts.
  let s = s0;
  if (!isTitleWord((toks[s0] as Token).lower) && !ROLE_MODIFIERS.has((toks[s0] as Token).lower)) {
    for (let k = s0 + 1; k < e; k += 1) {
      if (!isTitleWord((toks[k] as Token).lower)) continue;
      let m = k;
      while (m - 1 > s0 && ROLE_MODIFIERS.has((toks[m - 1] as Token).lower) && !isNameLike(toks[m - 1] as Token)) m -= 1;
      s = m;
      break;
    }
  }
  const tl = titleLength(toks, s, e);
  let ns = s + tl;
  // "Interior Secretary X" opening a sentence: the first word is left out of the capitalised run.
  const lead = toks[s - 1];
  if (tl > 0 && s === s0 && lead?.cap && lead.sentence === (toks[s] as Token).sentence && ROLE_MODIFIERS.has(lead.lower) && isSentenceInitial(ctx.doc, s - 1)) s -= 1;
  const title = tl > 0 ? spanText(ctx.doc, s, ns).replace(/\.$/, '') : undefined;
  while (ns < e && toks[ns]?.text === '.') ns += 1;
  // The name: contiguous name words.
  let ne = ns;
  for (;;) {
    while (ne < e && isNameWord(toks[ne] as Token)) ne += 1;
    // "Lothar von Velmo", "Ana de la Orlen": particles inside a name, between name words.
    let p = ne;
    while (p < e && p - ne < 2 && NAME_PARTICLES.has((toks[p] as Token).lower)) p += 1;
    // Not before a town's name: "X de <town>" is a body's or a place's name ("Port Autonome de X").
    if (p === ne || ne === ns || p >= e || !isNameWord(toks[p] as Token) || isTownName(toks[p] as Token)) break;
    ne = p;
  }
  const n = ne - ns;
  if (n === 0) return;
  if (n > 4) return;
  if (toks.slice(ns, ne).every((t) => ROLE_MODIFIERS.has(t.lower))) return;
  // Title in the same run: "Ambassador X Y", "President X".
  if (title) {
    const head = orgHeadBefore(toks, s, title);
    addPerson(ctx, ns, ne, 'title', withHeadBefore(toks, s, title, head), undefined, undefined, head);
    return;
  }
  // A lower-case role right before the run: "spokesman X Y", "ministry spokesman X Y".
  const lowerRole = toks[ns - 1];
  // ("analyst X Y of the Z Group": the name ends at "of".)
  if (lowerRole && !lowerRole.cap && roleFamily(lowerRole.lower) && !HONORIFICS.has(lowerRole.lower) && n >= 2 && (ne === e || toks[ne]?.lower === 'of')) {
    // "Foreign Ministry spokesman X": the organisation named right before the role.
    const orgBefore = ctx.owner[ns - 2] ?? -1;
    const org = orgBefore >= 0 ? ctx.candidates[orgBefore] : undefined;
    if (org && org.type === 'Organization' && org.end === ns - 1) addPerson(ctx, ns, ne, 'lower-title', lowerRole.text, orgBefore);
    else addPerson(ctx, ns, ne, 'lower-title', lowerRole.text, undefined, undefined, orgHeadBefore(toks, ns - 1, lowerRole.text));
    return;
  }
  // "X Y of the Z Party": a name the run continues with "of (the)" and an organisation.
  const ofOrganization = toks[ne]?.lower === 'of' && toks.slice(ne, e).every((t) => t.lower === 'of' || t.lower === 'the') && ctx.candidates[ctx.owner[e] ?? -1]?.type === 'Organization';
  if (n < 2 || (ne < e && !ofOrganization)) return;
  // "the Velmora Green party" named before: "Velmora Green" alone is the party, not a person (nor is the party's full name).
  if (orgShortForms(ctx).has(spanKey(ctx.doc, ns, ne))) return;
  // "<Title> of the <Org> X Y": the org right before, with a role word before it.
  const prevOrgIndex = ctx.owner[ns - 1] ?? -1;
  const prevOrg = prevOrgIndex >= 0 ? ctx.candidates[prevOrgIndex] : undefined;
  if (prevOrg && prevOrg.type === 'Organization' && prevOrg.end === ns) {
    let k = prevOrg.start - 1;
    if (toks[k]?.lower === 'the') k -= 1;
    if (toks[k]?.lower === 'of' && toks[k - 1] && roleFamily((toks[k - 1] as Token).lower)) {
      let ts = k - 1;
      while (ts - 1 >= 0 && ROLE_MODIFIERS.has((toks[ts - 1] as Token).lower)) ts -= 1;
      addPerson(ctx, ns, ne, 'title-of-org', spanText(ctx.doc, ts, k), prevOrgIndex);
      return;
    }
  }
  const appositive = appositiveRole(toks, ne);
  if (appositive) {
    addPerson(ctx, ns, ne, 'appositive', undefined, undefined, appositive);
    return;
  }
  // "... leader of the X people, Ana Y," — a role phrase and a comma right before.
  if (toks[ns - 1]?.text === ',') {
    const role = roleBefore(toks, ns - 1);
    if (role) {
      addPerson(ctx, ns, ne, 'role-before', undefined, undefined, role.title);
      return;
    }
  }
  const before = toks[ns - 1];
  // "the X Y said": a name after "the" is a body's, not a person's.
  if (before?.lower === 'the') return;
  if (speechNear(toks, ns, ne)) {
    addPerson(ctx, ns, ne, 'speech');
    return;
  }
  if (before && !before.cap && NOT_BEFORE_NAMES.has(before.lower)) return;
  if (n >= 2 && looksLikeName(toks, ns, ne)) addPerson(ctx, ns, ne, 'name-shape');
}

/** "the envoy", "the ambassador": a definite role word that may refer to a person named before. */
function findRoleAnaphors(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  for (let i = 1; i < toks.length; i += 1) {
    const t = toks[i] as Token;
    if (toks[i - 1]?.lower !== 'the') continue;
    const family = roleFamily(t.lower);
    if (!family || HONORIFICS.has(t.lower) || !isFree(ctx, i, i + 1)) continue;
    const next = toks[i + 1];
    if (next && (next.lower === 'of' || next.lower === 'for' || (next.cap && next.word))) continue;
    // "the chief executive", "the deputy mayor": the word is part of a longer title.
    if (next && roleFamily(next.lower) && next.lower !== t.lower) continue;
    addCandidate(ctx, { type: 'Person', start: i, end: i + 1, name: t.text, rule: 'role-anaphor', anaphor: true, head: family });
  }
}
