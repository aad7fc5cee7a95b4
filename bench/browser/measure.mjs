// Browser measurements of docs/performance.md: the built site and the bare ImGui page (the floor), each served on
// 127.0.0.1 and opened in Debian's Chromium (headless, SwiftShader WebGL, as the browser tests do):
//   first load   every response of a cold load until the app runs: bytes raw and gzip -9
//   first frame  navigation start → the first WebGL draw call (median of --runs cold loads, app and bare alternating),
//                and → the GPU has finished that frame (gl.finish() in the task after it: nothing is left queued)
//   idle         draw calls and main-loop wake-ups in 3 s without input (must draw nothing)
//   drag         per-frame work (the page's requestAnimationFrame callbacks, timed with performance.now())
//                while the mouse drags a value (--widget, a slider) on the largest preset; p50 / p95 / max,
//                split into the time inside WebGL calls (submitting the draw lists: in this environment
//                SwiftShader, a CPU renderer) and the rest, the page's own work: input, recalculation, layout
//                and building the draw lists in wasm; and each callback's thread CPU time from Chromium's trace
//                (the same work without waits and without time the OS gave to SwiftShader's threads)
// It reports and never fails on timing.
//   node bench/browser/measure.mjs --site build/perf-wasm/site --bare build/perf-wasm/bench-bare \
//        [--preset <name>] [--panel points] [--widget a,b,c] [--runs 15] [--out build/perf/browser.json]
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serveSite } from '../../tools/serve.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// playwright-core is installed for the browser tests (scripts/setup.sh: npm ci in tests/browser).
const { chromium } = createRequire(join(repo, 'tests', 'browser', 'package.json'))('playwright-core');

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const siteDir = resolve(args.site ?? join(repo, 'build', 'perf-wasm', 'site'));
const bareDir = resolve(args.bare ?? join(repo, 'build', 'perf-wasm', 'bench-bare'));
// The largest bundled preset (by its JSON's size), as in bench_core; the drag happens on it.
const presetsDir = join(repo, 'assets', 'presets');
const largestPreset = readdirSync(presetsDir).filter((f) => f.endsWith('.json'))
  .sort((a, b) => statSync(join(presetsDir, b)).size - statSync(join(presetsDir, a)).size)[0].replace(/\.json$/, '');
const preset = args.preset ?? largestPreset;
// The control dragged: the first of these the page has drawn (window.dealsheet.widgetRect), on the panel shown
// with ?panel=… (a slider whose every step changes the scenario, so each frame recalculates it).
const widgets = (args.widget ?? 'streams,recording.points[0].tracks_total,publishing.quick.year').split(',');
const panel = args.panel ?? 'points';
const runs = Number(args.runs ?? 15);

// Installed before any page script: counts WebGL draw calls (the first one's time is the first frame) and times
// every requestAnimationFrame callback (Emscripten's main loop runs in them) while `recording`.
const instrument = () => {
  const perf = { firstDraw: null, firstFrameDone: null, contextMs: 0, draws: 0, wakeups: 0, recording: false, frames: [], glMs: 0 };
  window.__perf = perf;
  // Making the WebGL context blocks the page until the GPU process has made it: timed, as it varies the most.
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function timedGetContext(...rest) {
    const start = performance.now();
    try { return getContext.apply(this, rest); } finally { perf.contextMs += performance.now() - start; }
  };
  const draws = ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements'];
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (typeof descriptor.value !== 'function' || name === 'constructor') continue;
      const original = descriptor.value;
      const draw = draws.includes(name);
      proto[name] = function timedCall(...rest) {  // every WebGL call: its time counts as the GL part of a frame
        if (draw) {
          perf.draws += 1;
          if (perf.firstDraw === null) {
            perf.firstDraw = performance.now();
            // The task after the first frame's: the frame has sent all its commands; finish() returns once
            // the GPU process has carried them out (a page that reads nothing back is not done at its draw call).
            setTimeout(() => { this.finish(); perf.firstFrameDone = performance.now(); }, 0);
          }
        }
        const start = performance.now();
        try { return original.apply(this, rest); } finally { perf.glMs += performance.now() - start; }
      };
    }
  }
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((time) => {
    perf.wakeups += 1;
    const draws = perf.draws;
    const gl = perf.glMs;
    const start = performance.now();
    try { callback(time); } finally {
      if (perf.recording) {
        perf.frames.push({ ms: performance.now() - start, glMs: perf.glMs - gl, draws: perf.draws - draws });
      }
    }
  });
};

const pages = {
  app: { dir: siteDir, path: '', ready: () => window.dealsheet.ready },
  bare: { dir: bareDir, path: '', ready: () => window.bare.ready },
};

const quantile = (values, q) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const round = (value, digits = 2) => (value === null ? null : Number(value.toFixed(digits)));
const frame = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
async function settle(page, frames = 6) { for (let i = 0; i < frames; i += 1) await frame(page); }

async function open(browser, which, url, { width = 1280, height = 800, scale = 1, responses = null } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  if (responses) page.on('response', (response) => responses.push(response));
  await page.goto(url);
  await page.evaluate(pages[which].ready);
  await page.waitForFunction(() => window.__perf.firstDraw !== null);
  return { context, page, errors };
}

// Every response of one cold load, raw and gzip -9 (what a static host sends compressed).
async function firstLoad(browser, which, url) {
  const responses = [];
  const { context, errors } = await open(browser, which, url, { responses });
  const files = [];
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    files.push({ file: new URL(response.url()).pathname.slice(1) || 'index.html', raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length });
  }
  await context.close();
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0), errors };
}

async function firstFrame(browser, which, url) {
  const { context, page, errors } = await open(browser, which, url);
  await page.waitForFunction(() => window.__perf.firstFrameDone !== null);
  const times = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    return { firstDraw: window.__perf.firstDraw, firstFrameDone: window.__perf.firstFrameDone, domContentLoaded: nav.domContentLoadedEventEnd,
      wasmFetched: wasm ? wasm.responseEnd : null, context: window.__perf.contextMs };
  });
  await context.close();
  return { ...times, errors };
}

async function idle(browser, which, url, seconds = 3) {
  const { context, page, errors } = await open(browser, which, url);
  await settle(page, 10);
  await page.evaluate(() => { Object.assign(window.__perf, { draws: 0, wakeups: 0, frames: [], recording: true }); });
  await page.waitForTimeout(seconds * 1000);
  const perf = await page.evaluate(() => ({ draws: window.__perf.draws, wakeups: window.__perf.wakeups,
    ms: window.__perf.frames.reduce((s, f) => s + f.ms, 0) }));
  await context.close();
  return { seconds, drawCalls: perf.draws, wakeupsPerSecond: round(perf.wakeups / seconds, 1),
    loopMsPerSecond: round(perf.ms / seconds, 3), errors };
}

// Presses on the target and drags across it and back, one mouse move per frame the page draws.
async function drag(browser, which, url, { scale = 1, moves = 90 } = {}) {
  const { context, page, errors } = await open(browser, which, url, { scale });
  await settle(page, 10);
  let target = null;
  let note = '';
  if (which === 'app') {
    for (const name of widgets) {
      target = await page.evaluate((n) => (window.dealsheet.widgetRect ? window.dealsheet.widgetRect(n) : null), name);
      if (target && target.width > 0) { target.name = name; break; }
      target = null;
    }
    if (!target) note = `none of the controls ${widgets.join(', ')} drawn: dragged at (44..396, 120)`;
  }
  target ??= { x: 40, y: 110, width: 360, height: 20 };
  const y = target.y + target.height / 2;
  const x = (i) => target.x + 4 + (target.width - 8) * (i <= moves / 2 ? (2 * i) / moves : 2 - (2 * i) / moves);
  await page.mouse.move(x(0), y);
  await settle(page, 3);
  // Chromium's trace gives every requestAnimationFrame callback its thread CPU time (tdur) beside its wall time:
  // the page's own work without waits and without the time the OS gave other threads (SwiftShader renders on
  // the same two cores). While it records, the test waits for the page's frames by polling a counter (a timer,
  // not requestAnimationFrame), so every callback in the trace is the page's main loop.
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (event) => events.push(...event.value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', options: 'record-as-much-as-possible' });
  await page.evaluate(() => { Object.assign(window.__perf, { frames: [], recording: true }); });
  const nextFrame = async () => {
    const seen = await page.evaluate(() => window.__perf.wakeups);
    await page.waitForFunction((n) => window.__perf.wakeups > n, seen, { polling: 4 });
  };
  await page.mouse.down();
  for (let i = 1; i <= moves; i += 1) {
    await page.mouse.move(x(i), y);
    await nextFrame();
  }
  await page.mouse.up();
  await page.waitForTimeout(300);  // the frames after the release (the app then pauses: no more to wait for)
  const frames = await page.evaluate(() => { window.__perf.recording = false; return window.__perf.frames; });
  await cdp.send('Tracing.end');
  await traced;
  await context.close();
  const drawn = frames.filter((f) => f.draws > 0);
  const stats = (values) => ({ p50: round(quantile(values, 0.5)), p95: round(quantile(values, 0.95)),
    max: round(Math.max(...values)) });
  // The page's main-loop callbacks: FireAnimationFrame events of the renderer that ran the most of them.
  const fires = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X' && e.tdur !== undefined);
  const perPid = new Map();
  for (const e of fires) perPid.set(e.pid, (perPid.get(e.pid) || 0) + 1);
  const pid = [...perPid.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const cpu = fires.filter((e) => e.pid === pid).map((e) => e.tdur / 1000);
  return { scale, frames: drawn.length, ...stats(drawn.map((f) => f.ms)),
    gl: stats(drawn.map((f) => f.glMs)), own: stats(drawn.map((f) => f.ms - f.glMs)),
    cpu: cpu.length ? { ...stats(cpu), callbacks: cpu.length } : null,
    drawsPerFrame: round(quantile(drawn.map((f) => f.draws), 0.5), 0), target, note, errors };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run'],
});
const servers = {};
for (const [which, { dir }] of Object.entries(pages)) servers[which] = await serveSite(dir);
const urls = { app: servers.app.url, bare: servers.bare.url };
const presetUrl = `${urls.app}?preset=${encodeURIComponent(preset)}${panel ? `&panel=${encodeURIComponent(panel)}` : ''}`;

const result = { chromium: browser.version(), runs, preset, panel, app: {}, bare: {} };
const started = performance.now();
const progress = (what) => console.error(`[measure] ${what} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
try {
  for (const which of ['app', 'bare']) result[which].load = await firstLoad(browser, which, urls[which]);
  progress('first load');
  const frames = { app: [], bare: [] };
  for (let run = 0; run < runs; run += 1) {
    for (const which of ['app', 'bare']) frames[which].push(await firstFrame(browser, which, urls[which]));
  }
  for (const which of ['app', 'bare']) {
    const spread = (key) => {  // median, fastest and slowest of one time over the loads
      const times = frames[which].map((f) => f[key]);
      return [quantile(times, 0.5), Math.min(...times), Math.max(...times)].map((t) => round(t, 1));
    };
    const [median, min, max] = spread('firstDraw');
    const [doneMedian, doneMin, doneMax] = spread('firstFrameDone');
    result[which].firstFrame = { median, min, max, doneMedian, doneMin, doneMax,
      wasmFetchedMedian: round(quantile(frames[which].map((f) => f.wasmFetched), 0.5), 1),
      // each load in order: [first draw, drawn by the GPU, making the WebGL context] in ms
      loads: frames[which].map((f) => [f.firstDraw, f.firstFrameDone, f.context].map((t) => round(t, 0))),
      errors: frames[which].flatMap((f) => f.errors) };
    result[which].idle = await idle(browser, which, which === 'app' ? presetUrl : urls[which]);
  }
  progress('first frame, idle');
  result.app.drag = [await drag(browser, 'app', presetUrl), await drag(browser, 'app', presetUrl, { scale: 2 })];
  progress('drag: app');
  result.bare.drag = [await drag(browser, 'bare', urls.bare), await drag(browser, 'bare', urls.bare, { scale: 2 })];
  progress('drag: bare');
} finally {
  await browser.close();
  for (const { server } of Object.values(servers)) server.close();
}

const json = JSON.stringify(result, null, 2);
if (args.out) writeFileSync(args.out, `${json}\n`);
else console.log(json);
