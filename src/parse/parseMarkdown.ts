/**
 * Markdown posts with optional front matter.
 *
 * Front matter (YAML or JSON, read by gray-matter) gives `title`, `source`/`publisher`,
 * `date`/`publishedAt`/`published`, `url`/`link` (synonyms as in `record.ts`). JavaScript front matter,
 * which gray-matter would `eval`, is refused. The body is parsed with markdown-it and turned into plain
 * text: one paragraph per block (paragraph, heading, list item, quote, code block, table row group),
 * separated by blank lines; emphasis, links, images and inline HTML markup are dropped, their words kept
 * (link text yes, image alt text no). When there is no front-matter title, a leading `# Heading` is the
 * title and is not repeated in the text; a leading heading equal to the front-matter title is dropped too.
 */
import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';
import { buildReport, describeError, isParseError, normalizeLine, normalizeNewlines } from './common';
import { emptyResult, type ParseResult } from './ParseResult';
import { isPlainObject, readMeta } from './record';

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

function refuse(language: string): () => never {
  return () => {
    throw new Error(`${language} front matter is not accepted (only YAML or JSON)`);
  };
}

/** Engines for gray-matter: its default `javascript` engine evaluates the block, which we never allow. */
const MATTER_OPTIONS = {
  engines: {
    javascript: { parse: refuse('JavaScript') },
    coffee: { parse: refuse('CoffeeScript') },
  },
};

const ALLOWED_LANGUAGES = new Set(['', 'yaml', 'yml', 'json']);

function htmlBlockText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, ' ');
  return md.utils.unescapeAll(stripped).replace(/[ \t]+/g, ' ').trim();
}

function inlineText(tokens: MarkdownIt.Token[] | null): string {
  if (!tokens) return '';
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        out += token.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += '\n';
        break;
      default:
        // link_open/close, em/strong/s open/close, image, html_inline: markup only.
        break;
    }
  }
  return out;
}

interface Blocks {
  blocks: string[];
  /** Text of the first block when it is a level-1 heading. */
  leadingH1?: string;
}

/** Plain-text blocks of a Markdown body. */
export function markdownToBlocks(markdown: string): Blocks {
  const tokens = md.parse(markdown, {});
  const blocks: string[] = [];
  let leadingH1: string | undefined;
  let headingTag: string | undefined;
  let tableRows: string[] | undefined;
  let rowCells: string[] | undefined;
  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        headingTag = token.tag;
        break;
      case 'heading_close':
        headingTag = undefined;
        break;
      case 'table_open':
        tableRows = [];
        break;
      case 'table_close':
        if (tableRows && tableRows.length > 0) blocks.push(tableRows.join('\n'));
        tableRows = undefined;
        break;
      case 'tr_open':
        rowCells = [];
        break;
      case 'tr_close':
        if (rowCells && tableRows) tableRows.push(rowCells.join('\t'));
        rowCells = undefined;
        break;
      case 'inline': {
        const text = inlineText(token.children).trim();
        if (rowCells) {
          rowCells.push(text);
          break;
        }
        if (text === '') break;
        if (blocks.length === 0 && headingTag === 'h1') leadingH1 = text;
        blocks.push(text);
        break;
      }
      case 'fence':
      case 'code_block': {
        const text = token.content.trimEnd();
        if (text.trim() !== '') blocks.push(text);
        break;
      }
      case 'html_block': {
        const text = htmlBlockText(token.content);
        if (text !== '') blocks.push(text);
        break;
      }
      default:
        break;
    }
  }
  return leadingH1 === undefined ? { blocks } : { blocks, leadingH1 };
}

export function parseMarkdown(content: string, origin: string): ParseResult {
  const result = emptyResult();
  const source = normalizeNewlines(content);
  if (source.trim() === '') {
    result.errors.push({ origin, reason: 'empty input: the file holds no text' });
    return result;
  }
  const language = /^---[ \t]*(\S*)[ \t]*\n/.exec(source)?.[1]?.toLowerCase();
  if (language !== undefined && !ALLOWED_LANGUAGES.has(language)) {
    result.errors.push({ origin, reason: `invalid front matter: language "${language}" is not accepted (only YAML or JSON)` });
    return result;
  }
  let parsed: { data: unknown; content: string };
  try {
    parsed = matter(source, MATTER_OPTIONS);
  } catch (err) {
    result.errors.push({ origin, reason: `invalid front matter: ${describeError(err).replace(/:\s*$/, '')}` });
    return result;
  }
  if (!isPlainObject(parsed.data)) {
    result.errors.push({ origin, reason: 'invalid front matter: expected key: value pairs' });
    return result;
  }
  const meta = readMeta(parsed.data);
  if ('error' in meta) {
    result.errors.push({ origin, reason: `invalid front matter: ${meta.error}` });
    return result;
  }
  const { blocks, leadingH1 } = markdownToBlocks(parsed.content);
  let title = meta.meta.title;
  if (leadingH1 !== undefined) {
    const sameAsTitle = title !== undefined && normalizeLine(title).toLowerCase() === normalizeLine(leadingH1).toLowerCase();
    if (title === undefined || sameAsTitle) {
      title = title ?? leadingH1;
      blocks.shift();
    }
  }
  const report = buildReport({ ...meta.meta, title, text: blocks.join('\n\n') }, origin);
  if (isParseError(report)) result.errors.push(report);
  else result.reports.push(report);
  return result;
}
