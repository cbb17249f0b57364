/** The parse stage: raw inputs (text, JSON, JSON Lines, Markdown, HTML) → `Report`s. */
export { parseFile, parseContent, formatForPath, sniffFormat, decodeBytes, SUPPORTED_EXTENSIONS } from './parseFile';
export { collectInputs, type CollectedInputs } from './collectInputs';
export { parseText } from './parseText';
export { parseJson } from './parseJson';
export { parseJsonLines } from './parseJsonLines';
export { parseMarkdown } from './parseMarkdown';
export { parseHtml } from './parseHtml';
export { parseLooseDate } from './common';
export {
  formatParseError,
  INPUT_FORMATS,
  MAX_BODY_BYTES,
  MAX_FILE_BYTES,
  type ContentFormat,
  type InputFormat,
  type ParseError,
  type ParseResult,
} from './ParseResult';
