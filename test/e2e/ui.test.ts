import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { loadKnowledgeBase } from '../../src/kb/index.js';
import { createApp } from '../../src/server/app.js';
import { listen } from '../../src/server/listen.js';
import { ensureWebBuilt, packageRoot } from '../../src/server/web-assets.js';
import { SqliteStore, type CanonicalEvent } from '../../src/store/index.js';
import { loadCorpus } from './corpus.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(packageRoot, 'test-output');
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** The country pair with the most events whose sources carry evidence: the timeline filter to try. */
function busiestPair(events: readonly CanonicalEvent[]): [string, string] | null {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!e.sources.some((s) => s.evidence.length)) continue;
    const cs = [...new Set(e.countries)].sort();
    for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) counts.set(`${cs[i]},${cs[j]}`, (counts.get(`${cs[i]},${cs[j]}`) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? (best[0].split(',') as [string, string]) : null;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM}: install it with \`apt-get install chromium\` to run the web UI test`;

test('web UI end to end: timeline, country-pair filter, event with its highlighted source sentence, every main page', { skip, timeout: 180_000 }, async () => {
  ensureWebBuilt((line) => console.log(line));
  mkdirSync(SHOTS, { recursive: true });
  const store = SqliteStore.open(':memory:', { create: true });
  const kb = loadKnowledgeBase();
  const corpus = await loadCorpus(store, kb);
  assert.ok(corpus.articles > 0, `no articles in ${corpus.name}`);
  const events = (await store.listEvents({}, { limit: 500 })).items;
  const pair = busiestPair(events);
  assert.ok(pair, `the corpus (${corpus.name}, ${corpus.articles} articles) gave no event between two countries`);

  const server = await listen(createApp({ store, kb, webRoot: join(packageRoot, 'web', 'dist') }), '127.0.0.1', 0);
  const problems: string[] = [];
  // a plain launch runs on a fresh temporary profile that playwright removes on close
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS }).catch(async (err: unknown) => {
    await server.close();
    throw err;
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });

    // the timeline, then filtered to a country pair through the form
    await page.goto(`${server.url}#/events`);
    await page.locator('table.events tbody tr').first().waitFor();
    await shot(page, 'timeline');
    await page.fill('input[name=country-a]', pair[0]);
    await page.fill('input[name=country-b]', pair[1]);
    await page.click('form[aria-label=filters] button[type=submit]');
    await page.waitForURL(new RegExp(`country=${pair[0]}%2C${pair[1]}|country=${pair[0]},${pair[1]}`));
    await page.locator('h1', { hasText: `${pair[0]} – ${pair[1]}` }).waitFor();
    await page.locator('table.events tbody tr').first().waitFor();
    const expected = (await store.listEvents({ between: pair }, { limit: 100 })).total;
    assert.equal(await page.locator('table.events tbody tr').count(), Math.min(expected, 100), 'rows shown = events between the pair');
    await shot(page, 'timeline-pair');

    // an event: its supporting sentence highlighted in a source
    await page.locator('a.event-link').first().click();
    await page.waitForURL(/#\/event\//);
    const mark = page.locator('.source mark.hl-support').first();
    await mark.waitFor();
    const eventId = decodeURIComponent(new URL(page.url()).hash.replace('#/event/', ''));
    const event = await store.getEvent(eventId);
    assert.ok(event, `event ${eventId} from the URL is in the store`);
    assert.ok(event.countries.includes(pair[0]) && event.countries.includes(pair[1]), 'the event is between the chosen pair');
    const highlighted = (await mark.textContent()) ?? '';
    assert.ok(highlighted.trim().length > 10, `highlighted text "${highlighted}"`);
    assert.ok(event.sources.some((s) => s.evidenceText.some((t) => t.includes(highlighted.trim()) || highlighted.includes(t))),
      `"${highlighted}" is a supporting sentence of the event`);
    await shot(page, 'event');

    // the source article with every fact highlighted
    await page.locator('.source a').first().click();
    await page.locator('.article-text mark').first().waitFor();
    await shot(page, 'article');

    // an actor page: a person of the event when it names one (roles over time), else its first participant
    const actor = event.participants.find((p) => p.kind === 'person') ?? event.participants[0]!;
    await page.goto(`${server.url}#/actor/${encodeURIComponent(actor.id)}`);
    await page.locator('h2', { hasText: 'Meetings' }).waitFor();
    await shot(page, 'actor');

    await page.goto(`${server.url}#/network`);
    await page.locator('.network canvas').first().waitFor();
    await page.waitForTimeout(300); // let cytoscape paint its first frame before the screenshot
    await shot(page, 'network');

    await page.goto(`${server.url}#/map`);
    await page.locator('svg.world-map path.country').first().waitFor();
    assert.ok((await page.locator('svg.world-map path.country').count()) > 100, 'country shapes drawn from the bundled atlas');
    await shot(page, 'map');

    await page.goto(`${server.url}#/quotes`);
    await page.locator('.quote').first().or(page.getByText('No quotes match.')).waitFor();
    await shot(page, 'quotes');
    // one click from a quote to its sentences in the article
    const quoteLink = page.locator('.quote a[href*="quote="]').first();
    if (await quoteLink.count()) {
      await quoteLink.click();
      const active = page.locator('.article-text mark.hl-active').first();
      await active.waitFor();
      await page.waitForTimeout(600); // the smooth scroll to the quote
      const box = await active.boundingBox();
      assert.ok(box && box.y >= 0 && box.y < 860, 'the article opens scrolled to the quote');
    }

    // try it: pasted text is extracted live, and hostile markup stays text
    await page.goto(`${server.url}#/try`);
    const hostile = '<img src=x onerror="window.__pwned = 1">';
    await page.fill('textarea[name=text]', `MOSCOW, March 3 -- Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Moscow on Monday. ${hostile}`);
    await page.click('form button[type=submit]');
    await page.locator('.article-text mark').first().waitFor();
    assert.ok(((await page.locator('.article-text').textContent()) ?? '').includes(hostile), 'markup in articles is shown as text');
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, 'markup in articles never runs');
    await shot(page, 'try');
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
  assert.deepEqual(problems, [], 'no errors in the browser');
});
