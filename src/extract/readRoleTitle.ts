import { isFunctionWord } from './functionWords';
import type { Token } from './internalTypes';
import { isLikelyVerb } from './partOfSpeech';
import { ROLE_MODIFIERS, SPEECH_VERBS, roleFamily } from './roleWords';

/** A title read from the tokens: "medical coordinator", "First Deputy Minister of Rural Affairs". */
export interface RoleTitle {
  /** First token of the title. */
  start: number;
  /** The role word ("coordinator", "Minister"). */
  role: number;
  /** Family of the role word (roleWords). */
  family: string;
  /** End (exclusive) of the title without its field: "chief executive". */
  end: number;
  /** End (exclusive) with the field after "of": "Minister of Roads and Ports". */
  fieldEnd: number;
}

/** Most words in front of the role word: "first deputy", "national", "board". */
const MAX_MODIFIERS = 3;
/** Most tokens of a field: "of Fisheries, Trade and Rural Affairs". */
const MAX_FIELD = 8;

function isPlainWord(tok: Token | undefined): boolean {
  return !!tok && tok.word && !tok.cap && !isFunctionWord(tok.lower) && !SPEECH_VERBS.has(tok.lower) && !isLikelyVerb(tok.lower) && !/\d/.test(tok.text);
}

/**
 * Reads a title starting at token i: up to three words in front of a role word (title modifiers,
 * or lower-case nouns: "medical coordinator", "project manager", "board chair"), the role word,
 * capitalised title words after it ("Ambassador Extraordinary and Plenipotentiary"), and a field
 * after "of" ("director of public health", "Minister of Rural Affairs, Agriculture and ...").
 * `isName(k)` says whether a mention starts at token k: a name ends the field ("... of the Republic
 * of X", "..., Agriculture and Processing Industry, <person>"). Undefined when no role word comes
 * within reach.
 */
export function readRoleTitle(toks: Token[], i: number, isName: (k: number) => boolean): RoleTitle | undefined {
  const sentence = toks[i]?.sentence;
  let role = -1;
  let k = i;
  for (; k < i + MAX_MODIFIERS + 1; k += 1) {
    const tok = toks[k];
    if (!tok || tok.sentence !== sentence || !tok.word) break;
    const family = roleFamily(tok.lower);
    if (family) {
      role = k;
      continue;
    }
    // "chief operating officer", "chief financial officer": a word between two role words.
    if (role >= 0 && !tok.cap && !isFunctionWord(tok.lower) && toks[k + 1]?.sentence === sentence && roleFamily(toks[k + 1]?.lower ?? '')) continue;
    if (role >= 0) break;
    // "Andes region director": capitalised words of a region or field before the role word too.
    if (!ROLE_MODIFIERS.has(tok.lower) && !isPlainWord(tok) && !(tok.cap && !tok.allCaps)) break;
  }
  if (role < 0) return undefined;
  const family = roleFamily((toks[role] as Token).lower) as string;
  let end = role + 1;
  // Title words after the role ("Ambassador Extraordinary and Plenipotentiary").
  while (toks[end] && ((toks[end]?.cap && ROLE_MODIFIERS.has((toks[end] as Token).lower)) || (toks[end]?.lower === 'and' && toks[end + 1]?.cap && ROLE_MODIFIERS.has((toks[end + 1] as Token).lower)))) end += 1;
  let fieldEnd = end;
  // "Minister of X", "Minister for X and the Y".
  if ((toks[end]?.lower === 'of' || (toks[end]?.lower === 'for' && toks[skipThe(toks, end + 1)]?.cap)) && !isName(skipThe(toks, end + 1))) {
    // "Minister of the Environment": the article belongs to a capitalised field ("director of the cultural
    // centre" is a title and the body it is held at).
    let f = toks[end + 2]?.cap ? skipThe(toks, end + 1) : end + 1;
    let last = -1;
    while (f < end + 1 + MAX_FIELD && toks[f] && toks[f]?.sentence === sentence) {
      const t = toks[f] as Token;
      if (t.word && (t.cap || isPlainWord(t)) && !(t.cap && isName(f))) {
        last = f;
        f += 1;
        continue;
      }
      // "Fisheries, Trade and Rural Affairs": a list inside the field.
      if ((t.lower === 'and' || t.text === ',') && toks[f + 1]?.cap && !isName(f + 1) && last >= 0) {
        f += 1;
        continue;
      }
      // "... and the Arctic".
      if (t.lower === 'and' && toks[f + 1]?.lower === 'the' && toks[f + 2]?.cap && !isName(f + 2) && last >= 0) {
        f += 2;
        continue;
      }
      break;
    }
    if (last >= 0) fieldEnd = last + 1;
  }
  return { start: i, role, family, end, fieldEnd };
}

function skipThe(toks: Token[], i: number): number {
  return toks[i]?.lower === 'the' ? i + 1 : i;
}
