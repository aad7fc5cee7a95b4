// The statement benchmark in the page: Chromium (headless, Debian's) opens the built site's statement view, picks
// FILE through the file input and times the read as the page shows it (statement-page.js: from the pick to the
// summary on screen, through the worker, 1 MiB slices). One JSON line; fastest of the runs.
//   DEALSHEET_SITE=build/wasm/site DEALSHEET_ARTIFACTS=build/perf node bench/statement/page_statement.mjs [--runs N] FILE
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { startBrowser } from '../../tests/browser/lib.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const file = resolve(args[args.length - 1]);
const env = await startBrowser();
let best = null;
try {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${env.url}?statement`);
  await page.waitForSelector('#statement:not([hidden])');
  for (let run = 0; run < runs; run += 1) {
    await page.evaluate(() => { document.getElementById('statement').dataset.state = 'reading'; });
    await page.setInputFiles('#st-file', file);
    await page.waitForFunction(() => ['read', 'failed'].includes(document.getElementById('statement').dataset.state), null, { timeout: 120000 });
    const read = await page.evaluate(() => ({ state: document.getElementById('statement').dataset.state,
      ms: Number(document.getElementById('statement').dataset.readMs),
      rows: document.querySelector('#st-totals [data-key=rows] dd').textContent }));
    if (read.state !== 'read') throw new Error(`the page could not read ${file}`);
    if (!best || read.ms < best.ms) best = read;
  }
} finally {
  await env.close();
}
console.log(JSON.stringify({ engine: 'dealsheet in the page (Chromium, worker)', file, rows: Number(best.rows.replace(/,/g, '')),
  seconds: best.ms / 1000, size: statSync(file).size }));
