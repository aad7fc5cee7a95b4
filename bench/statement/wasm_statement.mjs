// The statement benchmark's WebAssembly side: the page's own reader (dealsheet-statement.js/.wasm, the module the
// statement worker runs) under node, fed the file in 1 MiB chunks as the worker feeds a File; one JSON line like
// bench_statement's (fastest of the runs, processor time of this process, peak resident memory).
//   node bench/statement/wasm_statement.mjs SITE_DIR [--runs N] FILE
import { createRequire } from 'node:module';
import { openSync, readSync, readFileSync, closeSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const site = resolve(args[0]);
const runsAt = args.indexOf('--runs');
const runs = runsAt > 0 ? Number(args[runsAt + 1]) : 3;
const file = args[args.length - 1];
const require = createRequire(import.meta.url);
const createDealsheetStatement = require(join(site, 'dealsheet-statement.js'));
// Emscripten 3.1.6 output would fetch() the .wasm by path under node ≥ 18: hand it the bytes instead.
const statement = await createDealsheetStatement({ wasmBinary: readFileSync(join(site, 'dealsheet-statement.wasm')) });
const chunk = Buffer.alloc(1 << 20);
let best = null;
for (let run = 0; run < runs; run += 1) {
  const wall0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  statement.clear();
  statement.begin(file.split('/').pop(), '');
  const fd = openSync(file, 'r');
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    if (!statement.feed(chunk.subarray(0, n))) break;
  }
  closeSync(fd);
  const finished = statement.finish();
  const summary = statement.summary();
  const cpu = process.cpuUsage(cpu0);
  const seconds = Number(process.hrtime.bigint() - wall0) / 1e9;
  if (!finished.ok || !summary.ok) throw new Error(JSON.stringify(finished.problems || summary.problems));
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (!best || cpuSeconds < best.cpu_seconds)
    best = { engine: 'dealsheet wasm (node)', file, rows: summary.summary.rows, seconds, cpu_seconds: cpuSeconds,
      rows_per_second: summary.summary.rows / cpuSeconds, earnings: summary.summary.totals.earnings_exact };
}
best.peak_rss_bytes = process.resourceUsage().maxRSS * 1024;
best.size = statSync(file).size;
console.log(JSON.stringify(best));
