// GraphiQL in Debian's Chromium, driven by playwright-core (no browser download): opens /graphql, runs the
// first example query and finds Viet Nam's EGDI rank in the result pane, loads another example from the
// Examples panel, and browses the schema in the docs explorer. Nothing may be fetched from anywhere but
// the server under test, and the page must log no errors under its Content-Security-Policy.
//
//   OPENDATA_URL=http://127.0.0.1:5080 node --test graphiql.test.mjs
//
// Screenshots go to $ARTIFACTS (default: artifacts/ at the repository root): graphiql.png, graphiql-docs.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = (process.env.OPENDATA_URL ?? 'http://127.0.0.1:5080').replace(/\/$/, '');
const origin = new URL(base).origin;
const artifacts = resolve(process.env.ARTIFACTS ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artifacts'));
mkdirSync(artifacts, { recursive: true });

let browser;
let page;
const foreignRequests = [];
const consoleErrors = [];
const started = Date.now();

// Monaco renders with non-breaking spaces; compare plain text.
const text = async (selector) => (await page.locator(selector).innerText()).replace(/\u00a0/g, ' ');

async function waitForResponseText(predicate, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await text('.graphiql-response .view-lines').catch(() => '');
    if (predicate(last)) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`the result pane did not show the expected answer; it shows:\n${last}`);
}

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  // A tall window: Monaco draws only the lines in view, and the whole answer should be.
  page = await browser.newPage({ viewport: { width: 1400, height: 2000 } });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreignRequests.push(request.url());
  });
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
});

after(async () => {
  await browser?.close();
  console.log(`browser test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test('GET /graphql in a browser opens GraphiQL with the example queries', async () => {
  const response = await page.goto(`${base}/graphql`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'], /script-src 'self'/);
  await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });
  const tabs = await page.locator('.graphiql-tab').allInnerTexts();
  assert.ok(tabs.some((t) => t.includes('VietNamRankings')), `tabs: ${tabs.join(', ')}`);
  assert.match(await text('.graphiql-query-editor .view-lines'), /query VietNamRankings/);
});

test("running the first example shows Viet Nam's EGDI rank in the result pane", async () => {
  await page.locator('button.graphiql-execute-button').click();
  const answer = await waitForResponseText((t) => t.includes('"EGDI"') && t.includes('"rank": 71'));
  // The rank belongs to the EGDI entry: it comes after "EGDI" and before the next entry's index.
  const entry = answer.slice(answer.indexOf('"EGDI"')).split('"index"')[0];
  assert.match(entry, /"rank": 71,/);
  assert.match(entry, /"outOf": 193/);
  assert.match(answer, /"name": "Việt Nam"/);
  await page.screenshot({ path: join(artifacts, 'graphiql.png') });
});

test('an example from the Examples panel loads into the editor and runs', async () => {
  await page.locator('button[aria-label="Show Examples"]').click();
  await page.locator('.od-examples button', { hasText: 'Coverage comparisons' }).click();
  assert.match(await text('.graphiql-query-editor .view-lines'), /query MobileCoverageComparison/);
  await page.locator('button.graphiql-execute-button').click();
  const answer = await waitForResponseText((t) => t.includes('MOBILE') || t.includes('"value": 99.8'));
  assert.match(answer, /"code": "VNM"/);
  assert.match(answer, /"value": 99.8/);
});

test("the docs explorer browses the schema's descriptions", async () => {
  await page.locator('button[aria-label="Show Documentation Explorer"]').click();
  const explorer = page.locator('.graphiql-doc-explorer');
  await explorer.waitFor();
  await explorer.getByRole('link', { name: 'Query' }).first().click();
  await explorer.getByText('An area by its code').waitFor();
  await explorer.getByRole('link', { name: 'area', exact: true }).first().click();
  await explorer.getByText('The code, exactly as the API gives it').first().waitFor();
  await page.screenshot({ path: join(artifacts, 'graphiql-docs.png') });
});

test('nothing was fetched from another origin and the page logged no errors', () => {
  assert.deepEqual(foreignRequests, []);
  assert.deepEqual(consoleErrors, []);
});
