import * as chrono from 'chrono-node';
import type { Doc } from './internalTypes';
import type { DateMention, TimeSpan } from './types';

const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const UNITS = '(?:week|month|year|weekend|decade|century|spring|summer|autumn|fall|winter|night|morning|evening)s?';
/**
 * Words that may be part of a date: capitalised month and weekday names, relative phrases, years
 * and numeric dates. chrono only reads short windows of text around them, which keeps extraction fast.
 */
const DATE_TRIGGER = new RegExp(
  `\\b(?:${MONTHS}|${WEEKDAYS}|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|ago|(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Ee]arlier|[Ll]ater)\\s+${UNITS}|(?:1[5-9]|20)\\d\\d(?:s)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\b`,
  'g',
);
/** Between two windows in the joined text given to chrono: no date pattern crosses it. */
const SEPARATOR = '\n\n;;\n\n';
/** Characters of context taken on each side of a trigger. */
const WINDOW = 22;
/** Triggers that need chrono; a window with only bare years is read by YEAR_PARSER's pattern directly. */
const CHRONO_TRIGGER = new RegExp(
  `\\b(?:${MONTHS}|${WEEKDAYS}|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|ago|(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Ee]arlier|[Ll]ater)\\s+${UNITS}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\b`,
);
const RELATIVE = /\b(?:ago|last|next|this|yesterday|today|tomorrow|tonight|week|month|year|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** Bare years ("in 1988", "the 2003 truce") and decades ("the 1990s"), which chrono leaves alone. */
const YEAR_PARSER: chrono.Parser = {
  pattern: () =>
    /\b(?:in|since|by|until|till|from|of|during|before|after|the|early|late|mid|around|circa|between|and|to|year)[\s-]+((?:1[5-9]|20)\d{2})(s)?\b(?![.,]\d|\s*(?:%|percent|per cent|people|persons|men|women|children|residents|soldiers|troops|civilians|refugees|families|dollars|euros|km|kilometres|kilometers|hectares|tons|tonnes|meters|metres|square|feet|miles)\b)/i,
  extract: (context, match) => {
    const year = Number(match[1]);
    const result = context.createParsingResult(match.index ?? 0, match[0], { year });
    if (match[2]) result.tags().add('decade');
    return result;
  },
};

const BARE_YEAR = new RegExp(YEAR_PARSER.pattern(undefined as never).source, 'gi');

/** chrono's casual English date parsers that news dates need (no clock times, no "within 2 days"). */
const DATE_PARSERS = new Set([
  'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser', 'ENTimeUnitAgoFormatParser', 'ENCasualDateParser', 'ENMonthNameParser', 'ENRelativeDateFormatParser',
]);
/** Refiners for clock times and time zones, which dates do not need. */
const TIME_REFINERS = new Set(['ExtractTimezoneAbbrRefiner', 'ExtractTimezoneOffsetRefiner', 'ENMergeDateTimeRefiner', 'ForwardDateRefiner', 'ENExtractYearSuffixRefiner']);

/** chrono's "end of <period>" refiner: it tests the whole text before every result against this pattern. */
const END_OF_PERIOD_REFINER = 'ENEndOfPeriodRefiner';
const END_OF_PERIOD_PREFIX = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;

/**
 * Runs chrono's end-of-period refiner only on results whose own window ends in "end of" or
 * "last day of". The refiner matches its prefix pattern against all the text before a result,
 * which grows with the joined windows; a match cannot cross a SEPARATOR (";" is no part of it),
 * so testing the window alone gives the same answer at a cost independent of the text length.
 */
function windowedEndOfPeriod(inner: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      const text = context.text;
      const hits = results.filter((r) => {
        const sep = text.lastIndexOf(SEPARATOR, r.index);
        const from = sep < 0 ? 0 : sep + SEPARATOR.length;
        return END_OF_PERIOD_PREFIX.test(text.slice(from, r.index));
      });
      if (hits.length > 0) inner.refine(context, hits);
      return results;
    },
  };
}

let parser: chrono.Chrono | undefined;
function dateParser(): chrono.Chrono {
  if (!parser) {
    const casual = chrono.casual.clone();
    parser = new chrono.Chrono({
      parsers: [...casual.parsers.filter((p) => DATE_PARSERS.has(p.constructor.name)), YEAR_PARSER],
      refiners: casual.refiners
        .filter((r) => !TIME_REFINERS.has(r.constructor.name))
        .map((r) => (r.constructor.name === END_OF_PERIOD_REFINER ? windowedEndOfPeriod(r) : r)),
    });
  }
  return parser;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Turns chrono components into an inclusive ISO span with the precision the text gave. */
function toSpan(result: chrono.ParsedResult, decade: boolean): TimeSpan | undefined {
  const s = result.start;
  const e = result.end ?? result.start;
  const y = s.get('year');
  if (y === null) return undefined;
  if (decade) return { start: `${y}-01-01`, end: `${y + 9}-12-31`, precision: 'year' };
  const ey = e.get('year') ?? y;
  if (s.isCertain('day') || (s.isCertain('weekday') && RELATIVE.test(result.text))) {
    const m = s.get('month') ?? 1;
    const d = s.get('day') ?? 1;
    const em = e.get('month') ?? m;
    const ed = e.get('day') ?? d;
    return { start: `${y}-${pad(m)}-${pad(d)}`, end: `${ey}-${pad(em)}-${pad(ed)}`, precision: 'day' };
  }
  if (s.isCertain('month')) {
    const m = s.get('month') ?? 1;
    const em = e.isCertain('month') ? (e.get('month') ?? m) : m;
    return { start: `${y}-${pad(m)}-01`, end: `${ey}-${pad(em)}-${pad(lastDay(ey, em))}`, precision: 'month' };
  }
  const yEnd = e.isCertain('year') ? ey : y;
  return { start: `${y}-01-01`, end: `${yEnd}-12-31`, precision: 'year' };
}

/**
 * Finds date expressions with chrono-node (plus bare years and decades) and resolves them against
 * the publication date: "26 years ago" → 1992 (year), "Feb. 25-26, 1992" → 1992-02-25..26 (day).
 * Without a publication date, relative expressions and dates without a year are skipped.
 */
export function findDates(doc: Doc, publishedAt: string | undefined): DateMention[] {
  const out: DateMention[] = [];
  const refDate = publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? new Date(`${publishedAt.slice(0, 10)}T12:00:00Z`) : undefined;
  const p = dateParser();
  const seen = new Set<number>();
  // Windows that need chrono are joined into one text (separated so no date can span two of them)
  // and parsed in one call: chrono's cost is mostly per call.
  const parts: string[] = [];
  const origin: Array<{ at: number; offset: number; sentence: number; length: number }> = [];
  let at = 0;
  for (const sentence of doc.sentences) {
    for (const [from, to] of windows(sentence.text)) {
      const windowText = sentence.text.slice(from, to);
      if (!CHRONO_TRIGGER.test(windowText)) {
        addBareYears(out, seen, windowText, sentence.start + from, sentence.index);
        continue;
      }
      origin.push({ at, offset: sentence.start + from, sentence: sentence.index, length: windowText.length });
      parts.push(windowText);
      at += windowText.length + SEPARATOR.length;
    }
  }
  if (parts.length > 0) {
    const results = p.parse(parts.join(SEPARATOR), refDate ? { instant: refDate, timezone: 0 } : undefined);
    let w = 0;
    for (const r of results) {
      while (w + 1 < origin.length && (origin[w + 1] as { at: number }).at <= r.index) w += 1;
      const o = origin[w];
      if (!o || r.index + r.text.length > o.at + o.length) continue;
      addResult(out, seen, r, o.offset - o.at, o.sentence, refDate);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Merged [from, to) windows of a sentence around date triggers, cut at word boundaries. */
function windows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  DATE_TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_TRIGGER.exec(text)) !== null) {
    let from = Math.max(0, m.index - WINDOW);
    let to = Math.min(text.length, m.index + m[0].length + WINDOW);
    while (from > 0 && /\S/.test(text[from - 1] ?? '')) from -= 1;
    while (to < text.length && /\S/.test(text[to] ?? '')) to += 1;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Bare years and decades in a window that holds no other date word (same rule as YEAR_PARSER, without chrono). */
function addBareYears(out: DateMention[], seen: Set<number>, text: string, offset: number, sentence: number): void {
  const re = BARE_YEAR;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const year = Number(m[1]);
    const yearText = `${m[1] ?? ''}${m[2] ?? ''}`;
    const start = offset + m.index + m[0].indexOf(yearText);
    if (seen.has(start)) continue;
    seen.add(start);
    const span: TimeSpan = m[2] ? { start: `${year}-01-01`, end: `${year + 9}-12-31`, precision: 'year' } : { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' };
    out.push({ text: yearText, sentence, start, end: start + yearText.length, span });
  }
}

function addResult(out: DateMention[], seen: Set<number>, r: chrono.ParsedResult, offset: number, sentence: number, refDate: Date | undefined): void {
  if (!refDate && (RELATIVE.test(r.text) || !r.start.isCertain('year'))) return;
  // Times of day alone ("at 10:00") are not dates.
  if (!r.start.isCertain('year') && !r.start.isCertain('month') && !r.start.isCertain('day') && !r.start.isCertain('weekday') && !RELATIVE.test(r.text)) return;
  const span = toSpan(r, r.tags().has('decade'));
  if (!span) return;
  const lead = /^(?:on|in|at|since|by|until|till|from|the|of|during|before|after|early|late|mid|around|circa|between|and|to|year)[\s-]+/i.exec(r.text)?.[0].length ?? 0;
  const text = r.text.slice(lead).replace(/[\s,.;:]+$/, '');
  const start = offset + r.index + lead;
  if (seen.has(start)) return;
  seen.add(start);
  out.push({ text, sentence, start, end: start + text.length, span });
}
