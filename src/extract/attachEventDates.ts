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

/**
 * Gives events their `when` from the dates of the sentences that mention them: a date inside the
 * event's name ("1994 ceasefire agreement"), an opening date adverbial ("On Feb. 25-26, 1992, ...
 * committed an act of ..."), or a date after the event in the same clause ("began in 1988",
 * "committed 26 years ago"). The most precise date wins; between equals, the first.
 */
export function attachEventDates(ctx: ExtractContext, built: BuiltEntities, dates: DateMention[]): void {
  const toks = ctx.doc.tokens;
  const byKey = new Map<string, ExtractedEntity>(built.entities.map((e) => [e.key, e]));
  const choose = (m: MentionRef, d: DateMention): void => {
    const e = byKey.get(m.key);
    if (!e) return;
    if (!e.when || RANK[d.span.precision] > RANK[e.when.span.precision]) e.when = { span: d.span, text: d.text, sentence: d.sentence };
  };
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
    const all = bySentence.get(d.sentence) ?? [];
    const inSentence = all.filter((m) => (ctx.owner[m.start] ?? -1) === m.candidate);
    const inside = all.find((m) => m.start <= ds && m.end >= de);
    if (inside) {
      choose(inside, d);
      continue;
    }
    const range = ctx.doc.sentenceTokens[d.sentence] ?? [0, 0];
    // Opening adverbial: "On DATE, ..." → the first event after the comma.
    let k = range[0];
    if (toks[k] && /^(?:on|in|since|by|during)$/.test((toks[k] as Token).lower)) k += 1;
    if (k === ds && toks[de]?.text === ',') {
      const next = inSentence.find((m) => m.start > de);
      if (next) choose(next, d);
      continue;
    }
    // Same clause after the event: no comma between.
    const before = inSentence.filter((m) => m.end <= ds);
    const last = before[before.length - 1];
    if (last && !toks.slice(last.end, ds).some((t) => t.text === ',' || t.text === ';')) choose(last, d);
  }
}
