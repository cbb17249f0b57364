import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { sampleCorpusFiles } from '../../src/api/sampleCorpusFiles';
import { ingestFiles } from '../../src/ingest/ingestFiles';
import { describeDb } from '../setup/testDb';
import { startApi, type ApiHarness } from './apiHarness';

const CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium (Debian's `chromium` package: CI must `apt-get install -y chromium`). */
describeDb('Playground: GraphiQL served offline', () => {
  let api: ApiHarness;
  let browser: Browser;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    api = await startApi();
    await ingestFiles(api.db, sampleCorpusFiles());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 180000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('serves the page at /playground and at /graphql for browsers, JSON errors stay for API clients', async () => {
    const page = await fetch(`${api.base}/playground`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    const viaGraphql = await fetch(`${api.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await viaGraphql.text()).toContain('newsgraph playground');
    const api2 = await fetch(`${api.base}/graphql?query=${encodeURIComponent('{ status { version } }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(((await api2.json()) as { data: { status: { version: string } } }).data.status.version).toMatch(/\d/);
    const css = await fetch(`${api.base}/playground/assets/graphiql.min.css`);
    expect(css.status).toBe(200);
  });

  it('runs a preloaded example in the browser, with every request kept on this server', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(api.base) || url.startsWith('data:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await page.goto(`${api.base}/playground`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30000 });
    const tabs = await page.locator('.graphiql-tab').count();
    expect(tabs).toBeGreaterThanOrEqual(6);
    // The first tab holds the first example of the docs (a person with roles and evidence).
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('Tural Rzayev'), null, { timeout: 30000 });
    const response = await page.locator('.graphiql-response').innerText();
    expect(response).toContain('"mentionCount"');
    expect(response).not.toContain('"errors"');
    expect(foreign).toEqual([]);
    await context.close();
  }, 90000);
});
