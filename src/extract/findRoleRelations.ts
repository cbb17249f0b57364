import type { MentionRef } from './buildEntities';
import type { Candidate, Token } from './internalTypes';
import { addRelation, mentionStartingAt, skipDeterminers, type RelationContext } from './relationContext';
import { LEAD_VERBS, ROLE_MODIFIERS, ROLE_VERBS, roleFamily } from './roleWords';
import { normalizeName } from './normalizeName';
import { spanText } from './spanText';

/** Organisations whose members hold a seat: parliaments, councils, assemblies. */
const LEGISLATURE_WORDS = /\b(?:parliament|congress|senate|assembly|council|duma|legislature|chamber)\b/i;
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
  const embassyKeys = new Set(embassies.map((e) => e.key));
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
      const org = mentionStartingAt(rc, skipDeterminers(toks, k + 1), ['Organization']);
      if (org) {
        const title = (ctx.candidates[m.candidate] as Candidate).title;
        if (title && roleFamily(title.toLowerCase().split(/\s+/).pop() ?? '')) addRelation(rc, m.key, 'HOLDS_ROLE', org.key, m.sentence, title);
        else addRelation(rc, m.key, 'AFFILIATED_WITH', org.key, m.sentence);
      }
    }
    if (toks[k]?.text !== ',') continue;
    k = skipDeterminers(toks, k + 1);
    const roleStart = k;
    while (toks[k] && ROLE_MODIFIERS.has((toks[k] as Token).lower)) k += 1;
    const role = toks[k];
    if (!role) continue;
    // "X, a historian who chairs the Y"
    if (toks[k + 1]?.lower === 'who' && toks[k + 2] && ROLE_VERBS.has((toks[k + 2] as Token).lower)) {
      const target = mentionStartingAt(rc, skipDeterminers(toks, k + 3), ['Organization', 'Place']);
      if (target) addRelation(rc, m.key, 'HOLDS_ROLE', target.key, m.sentence, ROLE_VERBS.get((toks[k + 2] as Token).lower));
      continue;
    }
    if (!roleFamily(role.lower)) continue;
    k += 1;
    // Title words after the role ("Ambassador Extraordinary and Plenipotentiary") and a field ("professor of chemistry at").
    while (toks[k] && ((toks[k]?.cap && ROLE_MODIFIERS.has((toks[k] as Token).lower)) || (toks[k]?.lower === 'and' && k > roleStart && toks[k + 1]?.cap && ROLE_MODIFIERS.has((toks[k + 1] as Token).lower)))) k += 1;
    let titleEnd = k;
    if (toks[k]?.lower === 'of' && toks[k + 1] && !(toks[k + 1] as Token).cap && toks[k + 2]?.lower === 'at') {
      titleEnd = k + 2;
      k += 2;
    }
    if (toks[k]?.lower !== 'of' && toks[k]?.lower !== 'at') continue;
    let target = mentionStartingAt(rc, skipDeterminers(toks, k + 1), ['Organization', 'Place']);
    if (!target) continue;
    const title = spanText(ctx.doc, roleStart, titleEnd);
    const family = roleFamily(role.lower);
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
  // "<role> of the Y, X" and "Y <role> X" ("Foundation President X").
  for (const m of built.mentions) {
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

/** Key of the latest mention before pos (mentions are in text order), else the first one. */
function nearestBefore(mentions: MentionRef[], pos: number): string | undefined {
  let best: string | undefined;
  for (const m of mentions) {
    if (m.start >= pos) break;
    best = m.key;
  }
  return best ?? mentions[0]?.key;
}
