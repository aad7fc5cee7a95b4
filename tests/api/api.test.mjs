// node:test tests of the JavaScript API (site/dealsheet-api.js) on the same JSON fixtures as the C++ tests
// (tests/fixtures), plus a check that the API, the CLI's core and the page agree on every preset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = process.env.DEALSHEET_SITE;
if (!site) throw new Error('DEALSHEET_SITE must be set (ctest sets it)');
const here = dirname(fileURLToPath(import.meta.url));
const fixturesDir = join(here, '..', 'fixtures');

// Emscripten 3.1.6 output would fetch() the .wasm by path under node ≥ 18: hand it the bytes instead.
const createDealsheet = createRequire(import.meta.url)(join(site, 'dealsheet-api.js'));
const api = await createDealsheet({ wasmBinary: readFileSync(join(site, 'dealsheet-api.wasm')) });
const call = (name, ...args) => JSON.parse(api[name](...args));

const pointer = (object, path) => path.split('/').slice(1).reduce((node, key) => node?.[key], object);

for (const file of readdirSync(fixturesDir).filter((name) => name.endsWith('.json')).sort()) {
  test(`fixture ${file}`, () => {
    const fixture = JSON.parse(readFileSync(join(fixturesDir, file), 'utf8'));
    // A fixture names its preset instead of copying it, or holds its own scenario.
    const scenario = fixture.preset ? readFileSync(join(here, '..', '..', 'assets', 'presets', `${fixture.preset}.json`), 'utf8')
      : JSON.stringify(fixture.scenario);
    const reply = call('compute', scenario);
    if (fixture.expect) {
      assert.equal(reply.ok, true, JSON.stringify(reply.problems));
      for (const [path, expected] of Object.entries(fixture.expect)) assert.deepEqual(pointer(reply.result, path), expected, path);
    } else {
      assert.equal(reply.ok, false);
      assert.deepEqual(reply.problems.map((p) => p.field).sort(), fixture.problems);
      for (const problem of reply.problems) assert.ok(problem.message.length > 0);
    }
  });
}

test('errors come back as values with field paths, never as thrown numbers', () => {
  for (const input of ['', '{', 'null', '[]', '{"publishing":{"quick":{"year":"soon"}}}']) {
    for (const name of ['compute', 'validate', 'encodeLink']) {
      const reply = call(name, input);
      assert.equal(reply.ok, false, `${name}(${input})`);
      assert.ok(Array.isArray(reply.problems) && reply.problems.length > 0);
    }
  }
  const reply = call('validate', '{"publishing":{"quick":{"year":"soon"}}}');
  assert.deepEqual(reply.problems.map((p) => p.field), ['publishing.quick.year']);
  assert.equal(call('decodeLink', '#s=1.%%%').problems[0].field, 'link');
});

test('links: encode, decode from a full URL, round trip', () => {
  const encoded = call('encodeLink', '{"version":2,"publishing":{"quick":{"streams":2000000}}}');
  assert.equal(encoded.fragment, 's=2~q1YqULKqVioEEcVKVkYGYFBbWwsA');  // the same bytes as the native core's
  assert.equal(encoded.length, encoded.fragment.length);
  const decoded = call('decodeLink', `https://example.org/dealsheet/#${encoded.fragment}`);
  assert.equal(decoded.scenario.publishing.quick.streams, 2000000);
  assert.equal(decoded.scenario.publishing.quick.year, 2026);  // format 2's fixed default year
  // A format-1 link keeps format 1's year.
  assert.equal(call('decodeLink', '#s=1~q1YqULKqVioEEcVKVkYGYFBbWwsA').scenario.publishing.quick.year, 2025);
});

test('the full calculation reports the offering type, the floor and the weighted plays', () => {
  // 37 CFR 385.21: a bundled subscription (2025) counts active subscribers at 33¢ (385.21(d)); a 6:30 recording
  // counts 1.4 plays per play (385.21(c)). 100,000 active subscribers × $0.33 = $33,000 floor > headline
  // 15.25% × $100,000 = $15,250. Work: 1,000 plays × 1.4 = 1,400 of 1,000,000 + 400 weighted plays
  // → $33,000 × 1,400 / 1,000,400 = $46.1815... → $46.181527 (hand calculation).
  const scenario = { version: 2, publishing: { method: 'full', offering: {
    year: 2025, type: 'bundled_subscription', service_revenue: 100000, subscribers: { individual: 100000 },
    plays: { total: 1000000 }, work_plays: { total: 1000 }, work_duration_seconds: 390 } } };
  const { offering } = call('compute', JSON.stringify(scenario)).result.publishing;
  assert.equal(offering.offering_type, 'bundled_subscription');
  assert.equal(offering.subscribers_counted, 'active');
  assert.equal(offering.floor_per_subscriber.micros, 330000);
  assert.equal(offering.floor_binds, true);
  assert.equal(offering.play_weight, 1.4);
  assert.equal(offering.work_weighted_plays, 1400);
  assert.equal(offering.weighted_paid_plays, 1000400);
  assert.equal(offering.work_mechanical.micros, 46181527);
});

test('presets are listed and each computes', () => {
  const { presets } = call('presets');
  assert.ok(presets.length >= 2);
  for (const preset of presets) {
    assert.ok(preset.title.length > 0, preset.name);
    assert.equal(call('compute', JSON.stringify(preset.scenario)).ok, true, preset.name);
  }
  const billboard = presets.find((p) => p.name === 'billboard-1m-streams-2025');
  assert.equal(call('compute', JSON.stringify(billboard.scenario)).result.publishing_quick.publishing_total.micros, 1393529750);
});

test('compare offers: the verdict, break-evens and the default distribution, as the C++ core gives them', () => {
  const { presets } = call('presets');
  const preset = presets.find((p) => p.name === 'fee-or-points-compare');
  const { comparison } = call('compute', JSON.stringify(preset.scenario)).result;
  // 90 micros a stream (3 of 18 points at $3.00 per 1,000) reach the $7,500 fee cut at 166,666,667 streams.
  assert.equal(comparison.pairs[0].break_even_streams, 166666667);
  assert.equal(comparison.pairs[0].reach_one_in, 5125);  // through the Loud & Clear 2025 $500k tier (offers_test.cpp)
  assert.match(comparison.verdict, /^Take Full fee \(\$15,000\.00 fee up front\): .* 1 release in 5,125 reaches/);
  assert.equal(comparison.percentile_levels_ppm.length, comparison.stream_percentiles.length);
  assert.equal(call('compute', '{}').result.comparison, null);
  const bad = call('validate', JSON.stringify({ compare: { offers: [{ fee: 1 }], outcomes: { sigma: 11 } } }));
  assert.deepEqual(bad.problems.map((p) => p.field).sort(), ['compare.outcomes.sigma', 'compare.party']);
});

test('schema version, and the release as CMakeLists.txt names it', () => {
  const cmake = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'CMakeLists.txt'), 'utf8');
  const release = /project\(dealsheet VERSION ([0-9.]+)/.exec(cmake)[1];
  assert.deepEqual(call('schemaVersion'), { format_version: 2, api_version: 1, release });
});

// The native CLI (the C++ core built with g++) and the JavaScript API (the same core built as WebAssembly)
// must give byte-for-byte the same result on every preset.
test('CLI (native core) and JS API (wasm core) agree exactly on every preset', async () => {
  const cli = process.env.DEALSHEET_NATIVE_CLI;
  assert.ok(cli && existsSync(cli), `the native CLI must be built first (DEALSHEET_NATIVE_CLI=${cli})`);
  const { presets } = call('presets');
  for (const preset of presets) {
    const file = join(here, '..', '..', 'assets', 'presets', `${preset.name}.json`);
    const native = JSON.parse(execFileSync(cli, ['--json', file], { encoding: 'utf8' }));
    const wasm = call('compute', readFileSync(file, 'utf8'));
    assert.equal(wasm.ok, true, preset.name);
    assert.deepEqual(wasm.result, native, preset.name);
  }
});
