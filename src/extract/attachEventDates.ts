import type { BuiltEntities, MentionRef } from './buildEntities';
import type { ExtractContext, Token } from './internalTypes';
import type { DateMention, ExtractedEntity } from './types';

const RANK = { day: 3, month: 2, year: 1 } as const;

function tokenRange(ctx: ExtractContext, d: DateMention): [number, number] {
  const toks = ctx.doc.tokens;
  const range = ctx.doc.sentenceTokens[d.sentence] ?? [0, 0];
  let s = -1;
  let e = -1;
  for (let k = range[0]; k < range[1]; k += 1) {
    const t = toks[k] as Token;
    if (t.start >= d.start && t.end <= d.end) {
      if (s < 0) s = k;
      e = k + 1;
    }
  }
  return [s, e];
}

/** Gives entity e the date d unless it already has one at least as precise. */
function choose(e: ExtractedEntity | undefined, d: DateMention): void {
  if (!e) return;
  if (!e.when || RANK[d.span.precision] > RANK[e.when.span.precision]) e.when = { span: d.span, text: d.text, sentence: d.sentence };
}

/** True when a comma or semicolon lies in tokens [from, to). */
function hasClauseBreak(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const t = (toks[k] as Token).text;
    if (t === ',' || t === ';') return true;
  }
  return false;
}

const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['on', 'in', 'since', 'by', 'during']);

/**
 * Gives events their `when` from the dates of the sentences that mention them: a date inside the
 * event's name ("2003 truce agreement"), an opening date adverbial ("On Feb. 25-26, 1992, ...
 * committed an act of ..."), or a date after the event in the same clause ("began in 1988",
 * "committed 26 years ago"). The most precise date wins; between equals, the first.
 */
export function attachEventDates(ctx: ExtractContext, built: BuiltEntities, dates: DateMention[]): void {
  const toks = ctx.doc.tokens;
  const byKey = new Map<string, ExtractedEntity>();
  for (const e of built.entities) byKey.set(e.key, e);
  const bySentence = new Map<number, MentionRef[]>();
  for (const m of built.mentions) {
    if (m.type !== 'Event') continue;
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const d of dates) {
    const [ds, de] = tokenRange(ctx, d);
    if (ds < 0) continue;
    const all = bySentence.get(d.sentence);
    if (!all) continue;
    let inside: MentionRef | undefined;
    for (const m of all) {
      if (m.start <= ds && m.end >= de) {
        inside = m;
        break;
      }
    }
    if (inside) {
      choose(byKey.get(inside.key), d);
      continue;
    }
    const range = ctx.doc.sentenceTokens[d.sentence] ?? [0, 0];
    // Opening adverbial: "On DATE, ..." → the first (top-level) event after the comma.
    let k = range[0];
    if (toks[k] && CLAUSE_OPENERS.has((toks[k] as Token).lower)) k += 1;
    if (k === ds && toks[de]?.text === ',') {
      for (const m of all) {
        if (m.start > de && (ctx.owner[m.start] ?? -1) === m.candidate) {
          choose(byKey.get(m.key), d);
          break;
        }
      }
      continue;
    }
    // Same clause after the event: the last top-level event before the date, no comma between.
    let last: MentionRef | undefined;
    for (const m of all) if (m.end <= ds && (ctx.owner[m.start] ?? -1) === m.candidate) last = m;
    if (last && !hasClauseBreak(toks, last.end, ds)) choose(byKey.get(last.key), d);
  }
}
