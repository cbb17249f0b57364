import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import { exampleOperations, type ExampleOperation } from '../api/exampleOperations';
import type { Context } from './context';

/**
 * The GraphiQL playground, served offline: GraphiQL, React and ReactDOM come from their npm
 * packages' browser builds in node_modules (no CDN), with the docs' example operations preloaded
 * as tabs. GET /playground, and GET /graphql from a browser (Accept: text/html).
 */

const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

const INIT = `(function () {
  var examples = JSON.parse(document.getElementById('examples').textContent);
  var tabs = examples.map(function (e) {
    return { query: '# ' + e.title + '\\n' + e.query, variables: JSON.stringify(e.variables, null, 2) };
  });
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true, shouldPersistHeaders: false }));
})();`;

function assetPath(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function page(examples: ExampleOperation[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph playground</title>
<link rel="stylesheet" href="/playground/assets/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the newsgraph playground…</div>
<script id="examples" type="application/json">${scriptJson(examples)}</script>
<script src="/playground/assets/react.production.min.js"></script>
<script src="/playground/assets/react-dom.production.min.js"></script>
<script src="/playground/assets/graphiql.min.js"></script>
<script src="/playground/assets/init.js"></script>
</body>
</html>
`;
}

function wantsHtml(req: IncomingMessage): boolean {
  return req.method === 'GET' && /\btext\/html\b/i.test(req.headers.accept ?? '');
}

function send(res: ServerResponse, type: string, body: string | Buffer, cache: string): void {
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-length': String(Buffer.byteLength(body)), 'cache-control': cache });
  res.end(body);
}

let cachedExamples: ExampleOperation[] | undefined;

/** Serves the playground and its assets; returns false for any other request. */
export function servePlayground(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (url.pathname === '/playground' || url.pathname === '/playground/' || (url.pathname === '/graphql' && wantsHtml(req) && url.search === '')) {
    cachedExamples ??= exampleOperations();
    send(res, 'text/html', page(cachedExamples), 'no-store');
    return true;
  }
  const prefix = '/playground/assets/';
  if (!url.pathname.startsWith(prefix)) return false;
  const name = url.pathname.slice(prefix.length);
  if (name === 'init.js') {
    send(res, 'text/javascript', INIT, 'no-store');
    return true;
  }
  const asset = ASSETS[name];
  if (asset === undefined) return false;
  send(res, asset.type, fs.readFileSync(assetPath(asset.pkg, asset.file)), 'public, max-age=86400');
  return true;
}

/** Apollo's own landing page (which loads from a CDN) is off: the playground above replaces it. */
export function playgroundPlugins(): ApolloServerPlugin<Context>[] {
  return [ApolloServerPluginLandingPageDisabled()];
}
