import { addCandidate, isFree, releaseTokens } from './candidateStore';
import type { Candidate, ExtractContext, Token } from './internalTypes';
import { normalizeName } from './normalizeName';
import { ORG_HEADS } from './orgHeadWords';
import { spanKey, spanText } from './spanText';
import { tokenKey } from './tokenKey';

/**
 * Short forms of names found elsewhere in the report: a surname or given name alone ("Lopez",
 * when exactly one person found has it), an organisation without its head word ("Velmora State"
 * for "Velmora State University"), and repeats of any name already found. Only free capitalised runs count.
 */
export function findShortForms(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  const known = new Map<string, Candidate | null>(); // normalised form → candidate (null when ambiguous)
  const note = (form: string, c: Candidate): void => {
    if (!form) return;
    const prev = known.get(form);
    if (prev === undefined) known.set(form, c);
    else if (prev !== null && normalizeName(prev.name) !== normalizeName(c.name)) known.set(form, null);
  };
  for (const c of ctx.candidates) {
    if (c.anaphor || c.generic) continue;
    note(normalizeName(c.name), c);
    const words = c.name.split(/\s+/);
    if (c.type === 'Person' && words.length >= 2) {
      note(normalizeName(words[words.length - 1] as string), c);
    }
    if (c.type === 'Organization' && words.length >= 3 && ORG_HEADS.has((words[words.length - 1] as string).toLowerCase())) {
      note(normalizeName(words.slice(0, -1).join(' ')), c);
    }
  }
  if (known.size === 0) return;
  const firstWords = new Set<string>();
  for (const form of known.keys()) firstWords.add(form.split(' ')[0] as string);
  for (const chunk of ctx.chunks) {
    for (let s = chunk.start; s < chunk.end; s += 1) {
      const owner = ctx.owner[s] ?? -1;
      // A town name that only starts an organisation's short form ("Velmora State" for "Velmora State University").
      const town = owner >= 0 ? (ctx.candidates[owner] as Candidate) : undefined;
      if (town && (town.type !== 'Place' || town.start !== s || town.end >= chunk.end)) continue;
      if (!firstWords.has(tokenKey(toks[s] as Token))) continue;
      for (let e = Math.min(chunk.end, s + 4); e > s; e -= 1) {
        if (town ? e <= town.end || !isFree(ctx, town.end, e) : !isFree(ctx, s, e)) continue;
        const c = known.get(spanKey(ctx.doc, s, e));
        if (!c || (town && c.type !== 'Organization')) continue;
        const single = e - s === 1 ? (toks[s] as Token) : undefined;
        if (single && single.allCaps && c.type !== 'Organization') continue;
        if (town) releaseTokens(ctx, owner);
        const cand: Candidate = { type: c.type, start: s, end: e, name: spanText(ctx.doc, s, e), rule: 'short-form' };
        if (c.geo) cand.geo = c.geo;
        if (c.groupKey) cand.groupKey = c.groupKey;
        if (c.type === 'Organization' && normalizeName(cand.name) !== normalizeName(c.name)) cand.groupKey = `same:${normalizeName(c.name)}`;
        if (c.kind) cand.kind = c.kind;
        addCandidate(ctx, cand);
        s = e - 1;
        break;
      }
    }
  }
}
