import type { Doc } from './internalTypes';
import { sentencesFromStarts, sentenceStarts } from './splitSentences';
import { tokenize } from './tokenize';

const BLANK_LINE = /\n[ \t\r\f\v]*\n/;

/** Tokenizes the text, splits it into sentences and numbers the paragraphs (blank-line separated). */
export function buildDocument(text: string): Doc {
  const tokens = tokenize(text);
  const starts = sentenceStarts(text, tokens);
  const sentences = sentencesFromStarts(text, tokens, starts);
  const sentenceTokens: Array<[number, number]> = [];
  const sentenceParagraph: number[] = [];
  let paragraph = 0;
  for (let s = 0; s < starts.length; s += 1) {
    const from = starts[s] as number;
    const to = s + 1 < starts.length ? (starts[s + 1] as number) : tokens.length;
    sentenceTokens.push([from, to]);
    for (let t = from; t < to; t += 1) (tokens[t] as { sentence: number }).sentence = s;
    if (s > 0) {
      const prevEnd = (sentences[s - 1] as { end: number }).end;
      const start = (sentences[s] as { start: number }).start;
      if (BLANK_LINE.test(text.slice(prevEnd, start))) paragraph += 1;
    }
    sentenceParagraph.push(paragraph);
  }
  return { text, tokens, sentences, sentenceTokens, sentenceParagraph };
}
