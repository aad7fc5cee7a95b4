// The runnable JavaScript API example page (docs/api.md): it loads under the strict CSP, lists the presets,
// computes one with a real click, and shows problems as values.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { artifact, openPage, startBrowser } from './lib.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

test('the API example page computes a preset and reports problems by field', async () => {
  const { page, context, errors, foreignRequests } = await openPage(env.browser, env.url, { width: 900, height: 900 });
  await page.goto(`${env.url}api-example.html`);
  await page.waitForFunction(() => document.getElementById('preset').options.length > 0);
  await page.selectOption('#preset', 'recoupment-paid');
  await page.click('#compute');
  const output = JSON.parse(await page.textContent('#output'));
  // Domain notes 3: $100k royalties against $80k recoupable pays the artist $20k.
  assert.equal(output.release.recording.artist.paid_total.display, '$20,000.00');
  assert.match(await page.textContent('#summary'), /US on-demand streams/);

  await page.fill('#scenario', '{"recording": {"royalty_rate": "high"}}');
  await page.click('#compute');
  assert.match(await page.textContent('#summary'), /^recording\.royalty_rate: must be a number/);
  await page.screenshot({ path: artifact('api-example.png') });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests, []);
  await context.close();
});
