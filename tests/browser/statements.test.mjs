// The statement view (issue #21) the way people use it: at 390×844 with a finger and at 1280×800 with a mouse,
// a distributor file picked through the file input is read on the device and its totals shown as page text
// equal the CLI's hand-checked totals (tests/core/statement_test.cpp, tests/CMakeLists.txt statement_report).
// Also: a damaged file names file, line and column; an unknown header offers "map your columns"; files in two
// currencies are not added; none of this changes the scenario, while "Use my numbers" does (and Undo is one
// step); "Split it" shares the real earnings; and no request ever leaves for anything but the site's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artifact, artifactsDir, finger, inkRatio, loadApp, recordErrors, settle, startBrowser, tap } from './lib.mjs';

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

// Picks the files at `paths` through the view's file input and waits for the read to end ('read' or 'failed').
async function pickPaths(page, paths, timeout = 30000) {
  await page.evaluate(() => { document.getElementById('statement').dataset.state = 'reading'; });
  await page.setInputFiles('#st-file', paths);
  await page.waitForFunction(() => ['read', 'failed'].includes(document.getElementById('statement').dataset.state), null, { timeout });
  return page.evaluate(() => document.getElementById('statement').dataset.state);
}
const pick = (page, names) => pickPaths(page, names.map(fixture));
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
    const wrapped = [...view.querySelectorAll('.st-totals dd, td.num')].filter((c) => lines(c) > 1);
    return { overflow: view.scrollWidth - view.clientWidth, small: small.map((b) => b.id || b.textContent), wrapped: wrapped.map((c) => c.textContent) };
  });
  assert.ok(layout.overflow <= 0, `the view fits 390 px (${layout.overflow} px over)`);
  assert.deepEqual(layout.small, [], 'every control is at least 44 px tall');
  assert.deepEqual(layout.wrapped, [], 'no number wraps inside itself');
  await page.screenshot({ path: artifact('statement-390.png') });
  // The charts are the app's: its canvas sits in the view between the actions and the tables, as tall as the
  // charts it draws (the view scrolls, never the canvas), with stores, countries and months drawn.
  await page.waitForFunction(() => window.dealsheet.widgetRect('statement_chart_months').width > 0);
  const charts = await page.evaluate(() => ({
    inView: !!document.querySelector('#statement #st-charts #canvas'),
    height: document.getElementById('canvas').getBoundingClientRect().height,
    drawn: ['stores', 'countries', 'months'].map((k) => window.dealsheet.widgetRect(`statement_chart_${k}`)),
  }));
  assert.ok(charts.inView, 'the canvas is in the statement view');
  assert.ok(charts.drawn.every((r) => r.width > 300), 'stores, countries and months are drawn across the width');
  const last = charts.drawn[2];
  const top = await page.evaluate(() => document.getElementById('canvas').getBoundingClientRect().top);
  assert.ok(last.y + last.height <= top + charts.height + 1, `the canvas is as tall as its charts (${charts.height} px)`);
  await page.locator('#st-charts').scrollIntoViewIfNeeded();
  assert.ok(await inkRatio(page, artifact('statement-390-charts.png')) > 0.02, 'the charts have ink');
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
  await page.waitForFunction(() => window.dealsheet.pageText().query === '?panel=streams');
  assert.match(new URL(page.url()).search, /^\?panel=streams$/, 'the streams panel, where the numbers are, has an address of its own');
  const used = await page.evaluate(() => window.dealsheet.fragment());
  // Back returns to the statement with the numbers still in use; Forward goes to the panel again.
  await page.goBack();
  await page.waitForSelector('#statement:not([hidden])');
  await settle(page);
  assert.equal(await page.evaluate(() => window.dealsheet.fragment()), used, 'Back to the statement keeps the numbers');
  await page.waitForFunction(() => window.dealsheet.widgetRect('statement_chart_stores').width > 0);
  assert.match(await text(page, '#st-use-note'), /now uses your statement/);
  await page.goForward();
  await page.waitForSelector('#statement', { state: 'hidden' });
  await page.waitForFunction(() => window.dealsheet.pageText().query === '?panel=streams');
  // The canvas is back under the answer, drawing the calculator.
  assert.ok(await page.evaluate(() => !document.querySelector('#statement #canvas')), 'the canvas left the view');
  await page.waitForFunction(() => window.dealsheet.widgetRect('panel_picker').width > 0);  // a phone picks panels from a list
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
  await page.waitForFunction(() => window.dealsheet.widgetRect('statement_chart_months').width > 0);
  await page.locator('#st-charts').scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifact('statement-1280-charts.png') });

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

// Hostile files, each made here: a binary file, a 10,000-column header, a single 100 MB line, ragged rows with bad
// numbers and a truncated last row, and a 1 GiB statement. Each gets a clear message or its exact totals; the
// scenario is kept; the page keeps drawing frames while the worker reads; the reader's memory stays bounded.
test('hostile files: binary, 10,000 columns, a 100 MB line, ragged rows, a 1 GiB statement', async () => {
  // In the build tree, not /tmp: a runner's /tmp may be a small tmpfs, and this holds a 1 GiB file.
  const dir = mkdtempSync(join(artifactsDir, 'hostile-'));
  try {
    const made = (name, write) => { const path = join(dir, name); write(path); return path; };
    const repeat = (path, head, chunk, bytes) => {
      const fd = openSync(path, 'w');
      writeSync(fd, head);
      const buffer = Buffer.from(chunk);
      let times = 0;
      for (let written = 0; written < bytes; written += buffer.length, times += 1) writeSync(fd, buffer);
      closeSync(fd);
      return times;
    };
    const binary = made('photo.zip', (p) => writeFileSync(p, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 8, 0, 10, 0x7a, 0x69, 0x70])));
    const wide = made('wide.csv', (p) => writeFileSync(p, `${Array.from({ length: 10000 }, (_, i) => `c${i}`).join(',')}\n1,2\n`));
    const oneLine = made('one-line.csv', (p) => repeat(p, '', 'x'.repeat(1 << 20), 100 << 20));
    const dk = readFileSync(fixture('distrokid-a.tsv'), 'utf8');
    const header = dk.slice(0, dk.indexOf('\n') + 1);
    const body = dk.slice(header.length);
    // Ragged: a row of 3 columns, a bad amount, then the file ends inside a quoted title.
    const ragged = made('ragged.tsv', (p) => writeFileSync(p, `${header}${body.split('\n')[0]}\n2025-03-05\t2024-12\tSpotify\n`
      + `${body.split('\n')[0].replace('3.123456789012', 'lots')}\n2025-03-05\t2024-12\tSpotify\tNova Tide\t"Low Orb`));
    let copies = 0;
    const huge = made('huge.tsv', (p) => { copies = repeat(p, header, body, 1 << 30); });

    const { context, page, errors } = await open({ viewport: { width: 1280, height: 800 } });
    await loadApp(page, env.url);
    const scenario = await page.evaluate(() => window.dealsheet.fragment());
    await page.evaluate(() => window.dealsheet.statement());
    await page.waitForSelector('#statement:not([hidden])');
    const failedWith = async (path, pattern) => {
      assert.equal(await pickPaths(page, [path]), 'failed', path);
      assert.match(await text(page, '#st-message'), pattern);
    };
    await failedWith(binary, /photo\.zip.*binary file/);
    await failedWith(wide, /wide\.csv line 1: the header row has more than 512 columns/);
    await failedWith(oneLine, /one-line\.csv line 1: the first line is longer than 1 MiB/);
    assert.match(await text(page, '#st-message'), /Your scenario is unchanged/);
    // Ragged: the first row counts ($3.12); the short row, the bad amount and the cut-off row are named.
    assert.equal(await pickPaths(page, [ragged]), 'read');
    assert.equal((await totals(page)).earnings, '$3.12');
    assert.equal((await totals(page)).skipped, '3');
    const skipped = await text(page, '#st-skipped');
    assert.match(skipped, /ragged\.tsv line 3: has 3 columns/);
    assert.match(skipped, /ragged\.tsv line 4, column Earnings \(USD\): is not a plain decimal number: 'lots'/);
    assert.match(skipped, /ragged\.tsv line 5.*ends inside a quoted field/);

    // 1 GiB: the page draws frames throughout (the worker reads), shows its progress in MB, and sums exactly:
    // `copies` times distrokid-a.tsv's 9 rows, 13,640 streams and 20.232456789013 dollars.
    await page.evaluate(() => {
      document.getElementById('statement').dataset.state = 'reading';
      window.longestFrameGap = 0;
      let last = performance.now();
      const tick = (now) => {
        window.longestFrameGap = Math.max(window.longestFrameGap, now - last);
        last = now;
        if (document.getElementById('statement').dataset.state === 'reading') requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const reading = pickPaths(page, [huge], 600000);
    await page.waitForFunction(() => / MB$/.test(document.querySelector('#st-progress span').textContent), null, { timeout: 60000 });
    assert.match(await text(page, '#st-progress'), /huge\.tsv: [\d,]+ of 1,024 MB/);
    await page.screenshot({ path: artifact('statement-1280-progress.png') });
    assert.equal(await reading, 'read');
    const exact = (BigInt(copies) * 20232456789013n).toString();
    const dollars = `${exact.slice(0, -12)}.${exact.slice(-12)}`;
    assert.match(await text(page, '#st-exact'), new RegExp(`Exactly ${dollars.replace('.', '\\.')} USD`));
    const shown = await totals(page);
    assert.equal(shown.rows, (9 * copies).toLocaleString('en-US'));
    assert.equal(shown.streams, (13640 * copies).toLocaleString('en-US'));
    const memory = await page.evaluate(() => window.dealsheetStatement.summary().memory_bytes);
    const gap = await page.evaluate(() => window.longestFrameGap);
    assert.ok(gap > 0, 'frames were counted while the file was read');
    const readMs = Number(await page.evaluate(() => document.getElementById('statement').dataset.readMs));
    console.log(`1 GiB statement (${copies.toLocaleString('en-US')} copies of distrokid-a.tsv): read in ${(readMs / 1000).toFixed(1)} s, `
      + `reader memory ${(memory / 1048576).toFixed(0)} MiB, longest gap between the page's frames ${gap.toFixed(0)} ms`);
    assert.ok(memory <= 64 * 1048576, `the reader's memory stays bounded: ${memory} bytes for a 1 GiB file`);
    assert.ok(gap < 1000, `the page kept drawing while the file was read (longest gap ${gap.toFixed(0)} ms)`);
    assert.equal(await page.evaluate(() => window.dealsheet.fragment()), scenario, 'no file changed the scenario');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
