/**
 * HTML article pages.
 *
 * The page is parsed with jsdom (scripts are not run, nothing is fetched), <nav> and hidden elements are
 * removed, and the article is found by Mozilla Readability (the Firefox Reader View algorithm), which
 * drops ads, share bars, related links and other boilerplate. When Readability finds nothing, the page
 * body less nav/header/footer/aside/form is used.
 * Metadata comes from the page head before Readability touches the document:
 *   title — og:title, twitter:title, JSON-LD headline, <meta name="title">, Readability's title, <title>
 *   date  — article:published_time, JSON-LD datePublished, <meta name="date"|"pubdate"|"dc.date.issued"…>,
 *           <time itemprop="datePublished"|pubdate>
 *   url   — <link rel="canonical">, og:url, JSON-LD url (relative ones resolved against an absolute one)
 *   source — og:site_name, JSON-LD publisher.name, <meta name="publisher"|"application-name">
 * The article HTML is turned into plain text with one paragraph per block element, separated by blank
 * lines; <br> becomes a line break; table cells are separated by tabs.
 */
import { Readability } from '@mozilla/readability';
import type * as Jsdom from 'jsdom';
import { buildReport, describeError, isParseError, normalizeLine, parseLooseDate } from './common';
import { emptyResult, type ParseResult } from './ParseResult';
import { isPlainObject, type Fields } from './record';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'BUTTON', 'SELECT']);
/** Removed before Readability runs. */
const NAVIGATION_SELECTOR = 'nav, [role="navigation"], [aria-hidden="true"]';
/** Removed before the fallback (used only when Readability finds no article). */
const BOILERPLATE_SELECTOR = 'script, style, noscript, template, nav, header, footer, aside, form, iframe';

/** jsdom takes most of a second to load: load it the first time an HTML page is parsed, not at start-up. */
let jsdomModule: typeof Jsdom | undefined;
function loadJsdom(): typeof Jsdom {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  jsdomModule ??= require('jsdom') as typeof Jsdom;
  return jsdomModule;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Plain text of an element: paragraphs at block boundaries, `<br>` as a line break. */
export function elementToText(root: Element): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const lines = current.split('\n').map((line) => line.replace(/[ \t\f\r\u00A0]+/g, ' ').trim());
    const text = lines.filter((line) => line !== '').join('\n');
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      current += pre ? value : value.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') {
      return;
    }
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === 'TD' || tag === 'TH') {
      if (current.trim() !== '') current += '\t';
    }
    for (const child of Array.from(element.childNodes)) walk(child, pre || tag === 'PRE');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}

/** Lower-cased `property`/`name`/`itemprop` of every <meta> → its content (first one wins). */
function readMetaTags(document: Document): Map<string, string> {
  const metas = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(key)) metas.set(key, content.trim());
    }
  }
  return metas;
}

const ARTICLE_TYPES = /article|posting|report/i;

/** The first JSON-LD object that describes an article (NewsArticle, Article, BlogPosting, ...). */
function readJsonLd(document: Document): Fields | undefined {
  const candidates: Fields[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isPlainObject(value)) {
      candidates.push(value);
      if (value['@graph'] !== undefined) visit(value['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common on the web; the other metadata still counts.
    }
  }
  return candidates.find((c) => {
    const type = c['@type'];
    const types = Array.isArray(type) ? type : [type];
    return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
  });
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (isPlainObject(value)) return stringOf(value['name']) ?? stringOf(value['@id']);
  if (Array.isArray(value)) return stringOf(value[0]);
  return undefined;
}

function firstOf(...values: Array<string | null | undefined>): string | undefined {
  for (const value of values) {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function isAbsoluteUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** The canonical URL: absolute as given, or relative resolved against another absolute candidate. */
function pickUrl(candidates: Array<string | undefined>): string | undefined {
  const present = candidates.filter((c): c is string => c !== undefined && c.trim() !== '').map((c) => c.trim());
  const base = present.find(isAbsoluteUrl);
  const first = present[0];
  if (first === undefined) return undefined;
  if (isAbsoluteUrl(first)) return first;
  if (base === undefined) return undefined;
  try {
    return new URL(first, base).toString();
  } catch {
    return base;
  }
}

const DATE_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'article.published',
];

export function parseHtml(content: string, origin: string): ParseResult {
  const result = emptyResult();
  if (content.trim() === '') {
    result.errors.push({ origin, reason: 'empty input: the file holds no HTML' });
    return result;
  }
  let dom: Jsdom.JSDOM;
  try {
    const { JSDOM, VirtualConsole } = loadJsdom();
    dom = new JSDOM(content, { virtualConsole: new VirtualConsole() });
  } catch (err) {
    result.errors.push({ origin, reason: `invalid HTML: ${describeError(err)}` });
    return result;
  }
  try {
    const document = dom.window.document;
    const metas = readMetaTags(document);
    const ld = readJsonLd(document);
    const timeElement = document.querySelector('time[itemprop="datePublished"], time[pubdate]');
    const dateCandidates = [
      ...DATE_META_KEYS.map((k) => metas.get(k)),
      stringOf(ld?.['datePublished']),
      timeElement?.getAttribute('datetime') ?? timeElement?.textContent ?? undefined,
    ];
    const url = pickUrl([
      document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined,
      metas.get('og:url'),
      stringOf(ld?.['url']),
    ]);
    const pageTitle = firstOf(
      metas.get('og:title'),
      metas.get('twitter:title'),
      stringOf(ld?.['headline']),
      metas.get('title'),
    );
    const documentTitle = document.title;
    const source = firstOf(
      metas.get('og:site_name'),
      stringOf(ld?.['publisher']),
      metas.get('publisher'),
      metas.get('application-name'),
    );
    const fallbackRoot = document.body ? (document.body.cloneNode(true) as HTMLElement) : undefined;

    // Navigation is never article text; Readability can mistake a lone menu for content on thin pages.
    for (const el of Array.from(document.querySelectorAll(NAVIGATION_SELECTOR))) el.remove();
    let article: ReturnType<Readability<string>['parse']> = null;
    try {
      article = new Readability(document).parse();
    } catch {
      article = null; // fall back to the page body below
    }
    let text = '';
    if (article?.content) {
      const container = document.createElement('div');
      container.innerHTML = article.content;
      text = elementToText(container);
    }
    if (text.trim() === '' && fallbackRoot) {
      for (const el of Array.from(fallbackRoot.querySelectorAll(BOILERPLATE_SELECTOR))) el.remove();
      text = elementToText(fallbackRoot);
    }
    const title = firstOf(pageTitle, article?.title, documentTitle);
    if (title !== undefined) {
      // Readability usually drops a heading that repeats the title; make sure the text does not start with it.
      const [firstParagraph, ...rest] = text.split('\n\n');
      if (firstParagraph !== undefined && rest.length > 0 && normalizeLine(firstParagraph).toLowerCase() === normalizeLine(title).toLowerCase()) {
        text = rest.join('\n\n');
      }
    }
    const publishedAt = dateCandidates
      .concat(article?.publishedTime ?? undefined)
      .map((d) => (d === undefined ? undefined : parseLooseDate(d)))
      .find((d) => d !== undefined);
    const report = buildReport(
      { text, title, source: source ?? article?.siteName ?? undefined, publishedAt, url },
      origin,
    );
    if (isParseError(report)) result.errors.push(report);
    else result.reports.push(report);
  } catch (err) {
    result.errors.push({ origin, reason: `could not read the HTML page: ${describeError(err)}` });
  } finally {
    dom.window.close();
  }
  return result;
}
