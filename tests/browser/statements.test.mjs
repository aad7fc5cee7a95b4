// The statement view (issue #21) the way people use it: at 390×844 with a finger and at 1280×800 with a mouse,
// a distributor file picked through the file input is read on the device and its totals shown as page text
// equal the CLI's hand-checked totals (tests/core/statement_test.cpp, tests/CMakeLists.txt statement_report).
// Also: a damaged file names file, line and column; an unknown header offers "map your columns"; files in two
// currencies are not added; none of this changes the scenario, while "Use my numbers" does (and Undo is one
// step); "Split it" shares the real earnings; and no request ever leaves for anything but the site's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artifact, finger, loadApp, recordErrors, settle, startBrowser, tap } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (name) => join(root, 'tests', 'fixtures', 'statements', name);
// The site's own static files: the only requests the page may make, all GETs without a body.
const siteFiles = new Set(['', 'index.html', 'app.js', 'style.css', 'dealsheet.js', 'dealsheet.wasm', 'icon.svg',
  'statement.css', 'statement-page.js', 'statement-worker.js', 'dealsheet-statement.js', 'dealsheet-statement.wasm',
  'dealsheet-api.js', 'dealsheet-api.wasm', 'dealsheet-panels.js', 'dealsheet-panels.wasm']);
const statementFiles = ['statement.css', 'statement-page.js', 'statement-worker.js', 'dealsheet-statement.js', 'dealsheet-statement.wasm'];

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

// A page that records every request (the page's and its worker's) as {path, method, body}.
async function open(options) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const errors = recordErrors(page);
  const requests = [];
  context.on('request', (request) => requests.push({ url: request.url(), method: request.method(), body: request.postData() }));
  return { context, page, errors, requests };
}

function assertOnlySiteFiles(requests) {
  for (const r of requests) {
    assert.ok(r.url.startsWith(env.url), `no request leaves the site: ${r.url}`);
    const path = new URL(r.url).pathname.slice(1);
    assert.ok(siteFiles.has(path), `only the site's static files are requested: ${r.url}`);
    assert.equal(r.method, 'GET', `${r.url} is a GET`);
    assert.equal(r.body ?? null, null, `${r.url} carries no body`);
  }
}

// Picks `names` through the view's file input and waits for the read to end ('read' or 'failed').
async function pick(page, names) {
  await page.evaluate(() => { document.getElementById('statement').dataset.state = 'reading'; });
  await page.setInputFiles('#st-file', names.map(fixture));
  await page.waitForFunction(() => ['read', 'failed'].includes(document.getElementById('statement').dataset.state));
  return page.evaluate(() => document.getElementById('statement').dataset.state);
}
const totals = (page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#st-totals > div')]
  .map((d) => [d.dataset.key, d.querySelector('dd').textContent])));
const text = (page, selector) => page.locator(selector).innerText();

// distrokid-a.tsv: 20.232456789013 earned over 9 rows; 13,640 streams (every row but two iTunes sales) at $0.82
// per 1,000; Spotify 9.311111110112 over 3,400 streams = $2.74 per 1,000 (statement_test.cpp).
async function assertDistrokidA(page) {
  assert.deepEqual(await totals(page), { earnings: '$20.23', streams: '13,640', per_1000: '$0.82', rows: '9', skipped: '0' });
  assert.match(await text(page, '#st-exact'), /Exactly 20\.232456789013 USD/);
  const spotify = await page.locator('#st-by_store tbody tr').first().locator('td').allInnerTexts();
  assert.deepEqual(spotify.map((s) => s.trim()), ['Spotify', '$9.31', '3,400', '$2.74']);
  assert.equal(await page.locator('#st-by_month tbody tr').count(), 3, 'sale months 2024-12 to 2025-02');
  // The same numbers as the native CLI's `dealsheet statement --json` (when the native tree is built).
  const cli = process.env.DEALSHEET_NATIVE_CLI;
  if (cli && existsSync(cli)) {
    const native = JSON.parse(execFileSync(cli, ['statement', '--json', fixture('distrokid-a.tsv')], { encoding: 'utf8' }));
    const shown = await totals(page);
    assert.equal(shown.earnings, native.totals.earnings.display);
    assert.equal(shown.per_1000, native.totals.per_1000.display);
    assert.equal(shown.rows, native.rows.toLocaleString('en-US'));
    assert.equal(shown.skipped, String(native.skipped.count));
    assert.match(await text(page, '#st-exact'), new RegExp(`Exactly ${native.totals.earnings_exact.replace('.', '\\.')} `));
    assert.equal((await page.locator('#st-by_store tbody tr').first().locator('td').nth(1).innerText()).trim(), native.by_store[0].earnings.display);
  }
}

test('phone 390×844, touch: entry, privacy, a statement read on the device, its totals, Use my numbers', async () => {
  const { context, page, errors, requests } = await open({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
    hasTouch: true, isMobile: true });
  await loadApp(page, env.url);
  const firstLoad = requests.map((r) => new URL(r.url).pathname.slice(1));
  for (const name of statementFiles) assert.ok(!firstLoad.includes(name), `${name} is not on the first load`);
  // The start screen's entry, drawn by the app like a question, tapped with a finger (touch events through CDP).
  const entry = await page.evaluate(() => window.dealsheet.widgetRect('statement_entry'));
  assert.ok(entry.width > 0 && entry.y + entry.height <= 844, 'the entry is on the start screen, in view');
  assert.ok(entry.height >= 44, `the entry is a finger's size (${entry.height} CSS px tall)`);
  await page.screenshot({ path: artifact('statement-entry-390.png') });
  await tap(page, await finger(context, page), entry);
  await page.waitForSelector('#statement:not([hidden])');
  assert.match(await text(page, '#st-privacy'), /read on this device\. It is never uploaded, and nothing is kept unless you ask/);
  assert.ok(!requests.some((r) => r.url.includes('statement-worker.js')), 'the reader starts only when a file is picked');
  const before = await page.evaluate(() => window.dealsheet.fragment());

  assert.equal(await pick(page, ['distrokid-a.tsv']), 'read');
  await assertDistrokidA(page);
  // Phone layout: nothing wider than the screen but a table's own scroller; controls a finger's size; numbers whole.
  const layout = await page.evaluate(() => {
    const view = document.getElementById('statement');
    const small = [...view.querySelectorAll('button, .st-button, select')].filter((b) => b.offsetParent && b.getBoundingClientRect().height < 44);
    // A number on one line: every box of its text starts at the same height.
    const lines = (node) => { const range = document.createRange(); range.selectNodeContents(node); return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size; };
    const wrapped = [...view.querySelectorAll('.st-totals dd, td.num:not(.st-bar-cell), .st-value')].filter((c) => lines(c) > 1);
    return { overflow: view.scrollWidth - view.clientWidth, small: small.map((b) => b.id || b.textContent), wrapped: wrapped.map((c) => c.textContent) };
  });
  assert.ok(layout.overflow <= 0, `the view fits 390 px (${layout.overflow} px over)`);
  assert.deepEqual(layout.small, [], 'every control is at least 44 px tall');
  assert.deepEqual(layout.wrapped, [], 'no number wraps inside itself');
  await page.screenshot({ path: artifact('statement-390.png') });
  await page.locator('#st-by_store').scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifact('statement-390-tables.png') });
  assert.equal(await page.evaluate(() => window.dealsheet.fragment()), before, 'reading a statement changes no scenario');

  // Use my numbers: the scenario takes Spotify's 3,400 streams at $2.738562 and Apple Music's 200 at $7.00.
  await page.locator('#st-use').tap();
  await page.waitForFunction((b) => window.dealsheet.fragment() !== b, before);
  await settle(page);
  const result = await page.evaluate(() => window.dealsheet.result());
  const platforms = result.release.streaming.platforms.map((p) => [p.platform, p.streams, p.payout_per_1000.micros]);
  assert.deepEqual(platforms, [['spotify', 3400, 2738562], ['apple_music', 200, 7000000]]);
  for (const row of ['Low Orbit', 'Nova Tide', 'QZDA424', 'Instagram']) assert.ok(!JSON.stringify(result).includes(row), `no row of the file (${row}) goes into the scenario`);
  assert.ok(await page.locator('#statement').isHidden(), 'the scenario is shown with the numbers');
  // Undo (Ctrl+Z in the calculator) brings back the scenario before: one step.
  await page.locator('#canvas').focus();
  await page.keyboard.press('Control+z');
  await settle(page);
  assert.equal(await page.evaluate(() => window.dealsheet.fragment()), before, 'Undo restores the scenario');
  await page.screenshot({ path: artifact('statement-390-used.png') });
  assertOnlySiteFiles(requests);
  assert.ok(requests.some((r) => r.url.endsWith('dealsheet-statement.wasm')), 'the reader ran');
  assert.deepEqual(errors, []);
  await context.close();
});

test('desktop 1280×800: damaged, unknown, mixed currencies, merged files, map your columns, split it', async () => {
  const { context, page, errors, requests } = await open({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
  // The split's scenario: a featured artist with 30% after a $1,000 recoup-first (the preset).
  await loadApp(page, env.url);
  const preset = readFileSync(join(root, 'assets', 'presets', 'self-released-distrokid-split.json'), 'utf8');
  assert.ok(await page.evaluate((t) => window.dealsheet.importJson(t), preset));
  const scenario = await page.evaluate(() => window.dealsheet.fragment());
  await page.evaluate(() => window.dealsheet.statement());
  await page.waitForSelector('#statement:not([hidden])');

  // damaged.tsv: 2 rows read (5.00), 4 skipped, each named by file, line and column (statement_test.cpp).
  assert.equal(await pick(page, ['damaged.tsv']), 'read');
  assert.equal((await totals(page)).earnings, '$5.00');
  assert.equal((await totals(page)).skipped, '4');
  assert.match(await text(page, '#st-skipped'), /damaged\.tsv line 3, column Earnings \(USD\): is not a plain decimal number: '3,50'/);

  // An unknown header: the message names file and line, lists the columns, offers "map your columns".
  assert.equal(await pick(page, ['unknown.csv']), 'failed');
  assert.match(await text(page, '#st-message'), /unknown\.csv line 1: the header row is not a layout Dealsheet knows\. Found 3 columns: 'Date', 'Platform', 'Revenue'/);
  assert.ok(await page.locator('#st-map').isVisible());
  await page.screenshot({ path: artifact('statement-1280-map.png') });
  await page.selectOption('#st-map-date', 'Date');
  await page.selectOption('#st-map-store', 'Platform');
  await page.selectOption('#st-map-amount', 'Revenue');
  await page.evaluate(() => { document.getElementById('statement').dataset.state = 'reading'; });
  await page.click('#st-map-read');
  await page.waitForFunction(() => ['read', 'failed'].includes(document.getElementById('statement').dataset.state));
  assert.equal(await page.evaluate(() => document.getElementById('statement').dataset.state), 'read');
  assert.match(await text(page, '.st-source'), /your column map/);

  // Two currencies are never added: a message naming both files; the statement before stays.
  assert.equal(await pick(page, ['distrokid-a.tsv', 'tunecore.csv']), 'failed');
  assert.match(await text(page, '#st-message'), /tunecore\.csv: is in GBP and [^ ]*distrokid-a\.tsv in USD: statements in different currencies are never added/);
  // Two DistroKid files merge: 20.232456789013 + 6.38 = $26.61.
  assert.equal(await pick(page, ['distrokid-a.tsv', 'distrokid-b-bom-cr.tsv']), 'read');
  assert.equal((await totals(page)).earnings, '$26.61');
  assert.equal(await pick(page, ['distrokid-a.tsv']), 'read');
  await assertDistrokidA(page);
  assert.equal(await page.evaluate(() => window.dealsheet.fragment()), scenario, 'no read changed the scenario');

  // Split it: $20.23 all goes to the featured artist's $1,000 recoup-first; $979.77 still to recoup.
  await page.click('#st-split');
  await page.waitForSelector('#st-split-table');
  const rows = await page.locator('#st-split-table tr').allInnerTexts();
  assert.match(rows[1], /Featured artist\s+30%\s+\$1,000\.00\s+\$20\.23/);
  assert.match(rows[2], /You \(uploader\)\s+the rest\s+\$0\.00/);
  assert.match(await text(page, '#st-split-box'), /Still to recoup after this statement: \$979\.77/);
  await page.screenshot({ path: artifact('statement-1280.png'), fullPage: false });
  await page.click('#st-copy-csv');
  await page.waitForFunction(() => document.getElementById('toast').textContent === 'CSV copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()),
    'person,share,recoup_first,amount,currency\r\nFeatured artist,30%,1000.00,20.23,USD\r\nYou (uploader),the rest,0.00,0.00,USD\r\n');

  // A drop reads like a pick: distrokid-b-bom-cr.tsv earns 6.38 (26.61 merged − 20.23, statement_test.cpp).
  const dropped = [...readFileSync(fixture('distrokid-b-bom-cr.tsv'))];
  await page.evaluate((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'dropped.tsv'));
    document.getElementById('statement').dataset.state = 'reading';
    document.getElementById('st-drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, dropped);
  await page.waitForFunction(() => document.getElementById('statement').dataset.state === 'read');
  assert.equal((await totals(page)).earnings, '$6.38');
  assert.match(await text(page, '.st-source'), /dropped\.tsv/);

  // A big file shows its progress: 80,000 Spotify rows of 10 streams and $0.01 each (about 6.4 MB, seven slices)
  // are $800.00 over 800,000 streams: $0.01 ÷ 10 streams = $1.00 per 1,000.
  const header = 'Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)\n';
  const row = '2025-03-05\t2024-12\tSpotify\tNova Tide\tLow Orbit\tQZDA42400001\t0860001234567\t10\t100\tSong\tUS\t0\t0.01\n';
  await page.evaluate(() => {
    window.progressSeen = [];
    new MutationObserver(() => {
      const bar = document.querySelector('#st-progress progress');
      if (!document.getElementById('st-progress').hidden) window.progressSeen.push(bar.value);
    }).observe(document.getElementById('st-progress'), { attributes: true, childList: true, subtree: true, characterData: true });
    document.getElementById('statement').dataset.state = 'reading';
  });
  await page.setInputFiles('#st-file', { name: 'big.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(header + row.repeat(80000)) });
  await page.waitForFunction(() => document.getElementById('statement').dataset.state === 'read');
  assert.deepEqual(await totals(page), { earnings: '$800.00', streams: '800,000', per_1000: '$1.00', rows: '80,000', skipped: '0' });
  const seen = await page.evaluate(() => window.progressSeen);
  assert.ok(seen.some((v) => v > 0 && v < 1), `the progress bar moved (${seen.join(', ')})`);
  // Back closes the view (its own history entry) and keeps the scenario; Forward opens it again.
  await page.goBack();
  await page.waitForSelector('#statement', { state: 'hidden' });
  assert.equal(await page.evaluate(() => window.dealsheet.fragment()), scenario);
  await page.goForward();
  await page.waitForSelector('#statement:not([hidden])');
  await page.click('#st-back');
  await page.waitForSelector('#statement', { state: 'hidden' });
  assert.equal(new URL(page.url()).search, '', 'the address names no statement once it is closed');
  assertOnlySiteFiles(requests);
  assert.deepEqual(errors, []);
  await context.close();
});
