// Foundation browser test: the built site in headless Chromium — it renders, is crisp at DPR 2, opens a
// scenario from the link, keeps the defaults (with a message) on a malformed link, and an edit made with real
// clicks and keys updates the link, which reopens the same number; a dragged value reaches the address when the
// drag ends.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { artifact, inkRatio, loadApp, openPage, settle, showPanel, startBrowser } from './lib.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

// 2,500,000 streams, 2018, $0.004 per stream → $10,000 revenue × 11.4% = $1,140.00 (hand calculation).
const scenarioFragment = '#s=1.eyJwIjp7InEiOnsiciI6MC4wMDQsInMiOjI1MDAwMDAsInkiOjIwMTh9fX0';

for (const { name, width, height, scale } of [
  { name: 'desktop-1280x800', width: 1280, height: 800, scale: 1 },
  { name: 'phone-390x844', width: 390, height: 844, scale: 2 },
]) {
  test(`renders the default scenario at ${width}x${height}, DPR ${scale}`, async () => {
    const { page, context, errors, foreignRequests } = await openPage(env.browser, env.url, { width, height, scale });
    await loadApp(page, env.url);
    const canvas = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      const r = c.getBoundingClientRect();
      return { width: c.width, height: c.height, cssWidth: r.width, cssHeight: r.height };
    });
    assert.deepEqual(canvas, { width: width * scale, height: height * scale, cssWidth: width, cssHeight: height },
      'backing store = CSS size × devicePixelRatio, filling the window');
    const ink = await inkRatio(page, artifact(`${name}.png`));
    assert.ok(ink > 0.01, `the canvas shows the UI (${(ink * 100).toFixed(2)}% non-background pixels)`);
    const result = await page.evaluate(() => window.dealsheet.result());
    assert.equal(result.publishing_quick.publishing_total.display, '$1,398.10');  // Billboard 2026 (domain §5.3): format 2's default year
    assert.match(await page.evaluate(() => window.dealsheet.summary()), /\$1,398\.10/);
    assert.equal(await page.locator('#status').isHidden(), true, 'the loading message is gone');
    assert.equal(await page.evaluate(() => window.dealsheet.notice()), '', 'a plain visit shows no link message');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });
}

test('the canvas follows a window resize', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 800, height: 600, scale: 2 });
  await loadApp(page, env.url);
  await page.setViewportSize({ width: 500, height: 700 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 1000);
  await settle(page);
  assert.equal(await page.evaluate(() => document.getElementById('canvas').height), 1400);
  assert.ok(await inkRatio(page, artifact('resized-500x700.png')) > 0.01);
  assert.deepEqual(errors, []);
  await context.close();
});

// The font atlas (text rasterised for the device pixels) is made and uploaded once before the first frame, and
// again at the new size when the pixel ratio changes (browser zoom, a window moved to another screen).
test('the font atlas is uploaded once at start and again when the pixel ratio changes', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 800, height: 600, scale: 1 });
  await context.addInitScript(() => {
    window.__atlas = [];
    const upload = WebGL2RenderingContext.prototype.texImage2D;
    WebGL2RenderingContext.prototype.texImage2D = function (...args) {
      if (args.length >= 9) window.__atlas.push([args[3], args[4]]);
      return upload.apply(this, args);
    };
  });
  await loadApp(page, env.url);
  const [first] = await page.evaluate(() => window.__atlas);
  assert.equal(await page.evaluate(() => window.__atlas.length), 1, 'one upload before and during the first frames');
  // As when a window moves to a screen with twice the pixels (headless Chromium only reports a new ratio to the
  // page together with a new size).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 700, height: 600, deviceScaleFactor: 2, mobile: false });
  await page.waitForFunction(() => window.__atlas.length === 2 && document.getElementById('canvas').width === 1400);
  await settle(page);
  const [, second] = await page.evaluate(() => window.__atlas);
  assert.equal(second[0], first[0], 'same width');
  assert.ok(second[1] > 2 * first[1], `the atlas at DPR 2 holds glyphs twice as large (${first} → ${second})`);
  assert.equal(await page.evaluate(() => window.__atlas.length), 2, 'no further upload');
  assert.ok(await inkRatio(page, artifact('dpr-changed-to-2.png')) > 0.01, 'the UI is drawn after the change');
  assert.deepEqual(errors, []);
  await context.close();
});

// Each frame starts by clearing the whole canvas: the renderer leaves no clip rectangle switched on behind it
// (a clear inside the last frame's scissor box would leave strips of the canvas from before).
test('every frame clears the whole canvas', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await context.addInitScript(() => {
    window.__clears = [];
    const clear = WebGL2RenderingContext.prototype.clear;
    WebGL2RenderingContext.prototype.clear = function (mask) {
      window.__clears.push(this.isEnabled(this.SCISSOR_TEST));
      return clear.call(this, mask);
    };
  });
  await loadApp(page, env.url);
  await page.mouse.move(400, 300);  // a few more frames after the first ones
  await settle(page);
  const clears = await page.evaluate(() => window.__clears);
  assert.ok(clears.length >= 3, `several frames were drawn (${clears.length})`);
  assert.deepEqual(clears.filter((scissored) => scissored), [], 'no clear was clipped to a scissor box');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link with a scenario opens that scenario and its number', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await loadApp(page, env.url + scenarioFragment);
  const result = await page.evaluate(() => window.dealsheet.result());
  assert.equal(result.publishing_quick.service_revenue.micros, 10_000_000_000);
  assert.equal(result.publishing_quick.publishing_total.display, '$1,140.00');
  assert.equal(result.publishing_quick.rate.year, 2018);
  assert.equal(await page.evaluate(() => window.dealsheet.notice()), '');
  assert.equal(await page.evaluate(() => window.location.hash), scenarioFragment, 'the address is left as opened');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a malformed link shows what is wrong and opens the defaults, without console errors', async () => {
  for (const fragment of ['#s=1.%%%not-base64', '#s=9.e30', '#hello', '#s=1.eyJwIjp7InEiOnsieSI6MTk5OX19fQ']) {
    const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
    await loadApp(page, env.url + fragment);
    const notice = await page.evaluate(() => window.dealsheet.notice());
    assert.match(notice, /could not be opened/, fragment);
    assert.match(notice, /link|publishing\.quick\.year/, `${fragment}: the message names what was wrong`);
    const result = await page.evaluate(() => window.dealsheet.result());
    assert.equal(result.publishing_quick.publishing_total.display, '$1,398.10', 'the defaults are open');
    assert.equal(await page.evaluate(() => window.location.hash), fragment, 'the link is kept for the user to fix');
    if (fragment === '#s=9.e30') await inkRatio(page, artifact('malformed-link.png'));
    assert.deepEqual(errors, [], fragment);
    await context.close();
  }
});

test('editing on the canvas updates the link, and the link reopens the same number', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800, scale: 2 });
  await loadApp(page, `${env.url}?panel=streams`);
  assert.equal(await page.evaluate(() => window.dealsheet.notice()), '');
  await showPanel(page, 'publishing');  // a step of its own: Back returns to the panel before
  const historyBefore = await page.evaluate(() => history.length);
  // US streams follow the song's by default; a count of their own is one click away.
  const follow = await page.evaluate(() => window.dealsheet.widgetRect('publishing.quick.follow_song'));
  assert.ok(follow.width > 0, 'the "follow the song" checkbox was drawn');
  await page.mouse.click(follow.x + follow.height / 2, follow.y + follow.height / 2);
  await settle(page, 4);
  const field = await page.evaluate(() => window.dealsheet.widgetRect('publishing.quick.streams'));
  assert.ok(field.width > 0, 'the streams field was drawn');
  await page.mouse.click(field.x + 40, field.y + field.height / 2);  // activates the field, selecting its text
  await settle(page, 3);
  await page.keyboard.type('2500000');
  await page.keyboard.press('Enter');
  await settle(page);
  // 2,500,000 × $0.0091379 = $22,844.75 revenue × 15.3% (2026, format 2's default year) = $3,495.25 (hand calculation).
  const result = await page.evaluate(() => window.dealsheet.result());
  assert.equal(result.publishing_quick.publishing_total.display, '$3,495.25');
  const hash = await page.evaluate(() => window.location.hash);
  assert.match(hash, /^#s=2[.~]/, 'the edit was written to the address with replaceState');
  assert.equal(await page.evaluate(() => history.length), historyBefore, 'no history entry per edit');
  await inkRatio(page, artifact('edited.png'));

  const reopened = await openPage(env.browser, env.url, { width: 390, height: 844, scale: 2 });
  await loadApp(reopened.page, env.url + hash);
  const again = await reopened.page.evaluate(() => window.dealsheet.result());
  assert.equal(again.publishing_quick.publishing_total.display, '$3,495.25');
  assert.deepEqual([...errors, ...reopened.errors], []);
  await reopened.context.close();
  await context.close();
});

test('dragging a value: the address and the text mirror follow when the drag ends, and that link reopens it', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await loadApp(page, `${env.url}?preset=producer-3-of-18-points&panel=points`);
  const state = () => page.evaluate(() => ({ hash: window.location.hash, mirror: document.getElementById('result-text').textContent,
    fragment: window.dealsheet.fragment() }));
  const opened = await state();
  assert.match(opened.mirror, /\S/, 'the text mirror holds the opened scenario');
  const slider = await page.evaluate(() => window.dealsheet.widgetRect('recording.points[0].tracks_total'));
  assert.ok(slider.width > 0, 'the "Tracks on the record" slider was drawn');
  const y = slider.y + slider.height / 2;
  await page.mouse.move(slider.x + 4, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i += 1) {  // past the right end: 40 tracks, the slider's maximum
    await page.mouse.move(slider.x + 4 + ((slider.width + 40) * i) / 8, y);
    await settle(page, 2);
  }
  const during = await state();
  assert.notEqual(during.fragment, opened.fragment, 'the scenario on screen follows the drag');
  assert.equal(during.hash, opened.hash, 'the address waits for the release');
  assert.equal(during.mirror, opened.mirror, 'so does the text mirror');
  // Domain notes 4: 3 points on 1 of 40 tracks = 0.075% of $4,000 (1M streams at $4 per 1,000) = $3.00.
  const dragged = await page.evaluate(() => window.dealsheet.result());
  assert.equal(dragged.release.recording.parties[0].ledger.paid_total.display, '$3.00');
  await page.mouse.up();
  await page.waitForFunction((f) => window.location.hash === `#${f}`, during.fragment);
  const released = await state();
  assert.equal(released.fragment, during.fragment, 'releasing changes nothing more');
  assert.notEqual(released.mirror, opened.mirror, 'the text mirror tells the new result');

  const reopened = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await loadApp(reopened.page, env.url + released.hash);
  const again = await reopened.page.evaluate(() => window.dealsheet.result());
  assert.equal(again.release.recording.parties[0].ledger.paid_total.display, '$3.00');
  assert.deepEqual([...errors, ...reopened.errors], []);
  await reopened.context.close();
  await context.close();
});

test('a hand-written query link (KB pages) opens its preset and values', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await loadApp(page, `${env.url}?preset=producer-3-of-18-points&year=2026`);
  const result = await page.evaluate(() => window.dealsheet.result());
  // Domain notes 4: $4,000 x 18% = $720 artist royalty; producer 3/18 = $120.
  assert.equal(result.release.recording.parties[0].ledger.paid_total.display, '$120.00');
  assert.equal(result.publishing_quick.publishing_total.display, '$1,398.10');  // Billboard 2026 (domain notes 5.3)
  assert.equal(await page.evaluate(() => window.dealsheet.notice()), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a scenario whose link passes 2,000 characters is offered as a JSON file', async () => {
  // 600 months of irregular streams: about 2,300 characters even deflated (made by the native CLI).
  const monthly = Array.from({ length: 600 }, (_, i) => 100000 + ((i * 7919) % 9973) * 37);
  const scenario = JSON.stringify({ streaming: { platforms: [{ streams: { shape: 'monthly', monthly } }] } });
  const fragment = execFileSync(process.env.DEALSHEET_NATIVE_CLI, ['--link-only', '-'], { input: scenario, encoding: 'utf8' }).trim();
  assert.ok(fragment.length > 2000 && fragment.length < 4096, `link of ${fragment.length} characters`);

  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await loadApp(page, env.url + fragment);
  const button = await page.evaluate(() => window.dealsheet.widgetRect('download_json'));
  assert.ok(button.width > 0, 'the download button is shown');
  await inkRatio(page, artifact('long-link.png'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.mouse.click(button.x + button.width / 2, button.y + button.height / 2),
  ]);
  assert.match(download.suggestedFilename(), /^dealsheet-\d{4}-\d{2}-\d{2}\.json$/, 'an untitled scenario: named by the day');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(saved.format, 'dealsheet-scenario');
  assert.deepEqual(saved.streaming.platforms[0].streams.monthly, monthly);
  assert.deepEqual(errors, []);
  await context.close();
});
