// Embedding in knowledge-base pages: the sample KB page (docs/examples/kb-page.html) with two embeds renders
// both, each sizes itself to its content through embed.js, the wheel over an embed scrolls the page, keyboard
// focus can leave an embed, the embeds do not interfere with each other or with the page, and an idle embed
// requests no animation frames at all.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { artifact, clickFrameWidget, loadApp, openPage, settle, startBrowser } from './lib.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

// Counts requestAnimationFrame calls and WebGL draw calls in every frame of the page (embeds included).
const instrument = () => {
  window.__raf = 0;
  window.__drawCalls = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => { window.__raf += 1; return raf(callback); };
  if (window.WebGL2RenderingContext) {
    for (const name of ['drawElements', 'drawArrays']) {
      const original = WebGL2RenderingContext.prototype[name];
      WebGL2RenderingContext.prototype[name] = function counted(...args) { window.__drawCalls += 1; return original.apply(this, args); };
    }
  }
};

async function openKbPage(width = 900, height = 800) {
  const opened = await openPage(env.browser, env.url, { width, height });
  await opened.context.addInitScript(instrument);
  await opened.page.goto(`${env.url}examples/kb-page.html`);
  const frames = {};
  for (const id of ['points-embed', 'publishing-embed']) {
    const handle = await opened.page.locator(`#${id}`);
    await handle.scrollIntoViewIfNeeded();
    const frame = await (await handle.elementHandle()).contentFrame();
    await frame.waitForFunction(() => window.dealsheet && window.dealsheet.ready);
    await frame.evaluate(() => window.dealsheet.ready);
    frames[id] = frame;
  }
  // Both embeds report their height; embed.js sizes their iframes.
  await opened.page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.dataset.dealsheetHeight));
  await opened.page.evaluate(() => window.scrollTo(0, 0));
  await settle(opened.page);
  return { ...opened, frames };
}

test('the sample KB page: both embeds render their own scenario and size themselves', async () => {
  const { page, context, frames, errors, foreignRequests } = await openKbPage();
  const points = await frames['points-embed'].evaluate(() => window.dealsheet.result());
  assert.equal(points.release.recording.parties[0].ledger.paid_total.display, '$120.00');  // domain notes §4
  const publishing = await frames['publishing-embed'].evaluate(() => window.dealsheet.result());
  assert.deepEqual(publishing.publishing.split.writers.map((w) => w.paid.display), ['$300.00', '$150.00', '$225.00']);  // §5.4
  for (const id of ['points-embed', 'publishing-embed']) {
    const size = await page.evaluate((i) => {
      const frame = document.getElementById(i);
      return { height: frame.getBoundingClientRect().height, reported: Number(frame.dataset.dealsheetHeight) };
    }, id);
    assert.ok(size.reported > 420 && Math.abs(size.height - size.reported - 2) <= 2, `${id} grew from 420 px to its content (${JSON.stringify(size)})`);
    const inner = await frames[id].evaluate(() => window.dealsheet.widgetRect('open_full'));
    assert.ok(inner.width > 0, `${id} shows the compact bar with "Open in Dealsheet"`);
    // The content fits: its last chart ends inside the frame, so nothing needs scrolling.
    const last = await frames[id].evaluate((n) => window.dealsheet.widgetRect(n), id === 'points-embed' ? 'points_curves' : 'year_bars');
    assert.ok(last.width > 0 && last.y + last.height <= size.height, `${id}: content ends at ${last.y + last.height} of ${size.height}`);
  }
  // Embed options: the second is dark and read-only; the first follows the system (light here).
  assert.equal(await frames['publishing-embed'].evaluate(() => document.documentElement.classList.contains('light')), false);
  assert.equal(await frames['points-embed'].evaluate(() => document.documentElement.classList.contains('light')), true);
  await page.screenshot({ path: artifact('kb-page-900.png'), fullPage: true });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests, []);
  await context.close();
});

test('the wheel over an embed scrolls the page; keyboard focus can leave an embed', async () => {
  const { page, context, frames, errors } = await openKbPage();
  const box = await page.locator('#points-embed').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
  const before = await page.evaluate(() => window.scrollY);
  for (let i = 0; i < 5; i += 1) await page.mouse.wheel(0, 120);
  await page.waitForFunction((y) => window.scrollY > y + 100, before);
  assert.ok(await page.evaluate(() => window.scrollY) > before + 100, 'the KB page scrolled');

  // Click into the first embed (its canvas takes the keys), then Tab: through the embed's controls, then on to
  // the page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page);
  const frameBox = await page.locator('#points-embed').boundingBox();
  await page.mouse.click(frameBox.x + 5, frameBox.y + 5);  // the embed's padding: no control there
  assert.equal(await frames['points-embed'].evaluate(() => document.activeElement.id), 'canvas', 'the embed has focus');
  // The embed draws the click's frames before Tab: a click the app sees after the Tab hides the focus ring, as
  // ImGui does for any mouse use (a person's Tab never comes within a frame of the click).
  await settle(frames['points-embed'], 4);
  let inside = 0;
  for (; inside < 80; inside += 1) {
    await page.keyboard.press('Tab');
    await settle(page, 2);
    if (await page.evaluate(() => document.activeElement.id) !== 'points-embed') break;
    // The focus lands on the embed's next frame: wait for it rather than count frames (a loaded machine).
    const focused = await frames['points-embed'].waitForFunction(() => window.dealsheet.widgetRect('keyboard_focus').width > 0,
      null, { timeout: 5000 }).then(() => true, () => false);
    assert.ok(focused, `Tab ${inside + 1} focused a control of the embed`);
  }
  assert.ok(inside > 0 && inside < 80, `the embed's controls took ${inside} Tab presses, then focus left`);
  const focused = await page.evaluate(() => document.activeElement.id || document.activeElement.tagName);
  assert.notEqual(focused, 'points-embed', 'focus left the embed');
  assert.equal(focused, 'after-first', 'the next focusable element of the page has it');
  assert.deepEqual(errors, []);
  await context.close();
});

test('embeds do not interfere, keep the page address and the device\'s last scenario, and cost nothing idle', async () => {
  const { page, context, frames, errors } = await openKbPage();
  const pageUrl = page.url();
  const publishingBefore = await frames['publishing-embed'].evaluate(() => window.dealsheet.result());
  // Edit the first embed with a real click: add a producer.
  const first = frames['points-embed'];
  await clickFrameWidget(page, '#points-embed', 'add_producer');
  await first.waitForFunction(async () => (await window.dealsheet.result()).release.recording.parties.length === 2);
  assert.deepEqual(await frames['publishing-embed'].evaluate(() => window.dealsheet.result()), publishingBefore,
    'the other embed is untouched');
  assert.equal(page.url(), pageUrl, 'the KB page address is unchanged');
  assert.doesNotMatch(first.url(), /#s=/, 'the embed\'s own address is not rewritten either');
  assert.equal(await first.evaluate(() => localStorage.getItem('dealsheet:last-scenario')), null,
    'an embed does not overwrite the device\'s last scenario');
  // The read-only embed ignores edits: a click on "Add a co-writer" changes nothing.
  const second = frames['publishing-embed'];
  await page.locator('#publishing-embed').scrollIntoViewIfNeeded();
  await settle(page);
  await clickFrameWidget(page, '#publishing-embed', 'add_writer');
  assert.deepEqual(await second.evaluate(() => window.dealsheet.result()), publishingBefore, 'read-only: unchanged');

  // Idle: no animation frame requested and no draw call in either embed for a second.
  await page.mouse.move(2, 2);
  await page.waitForTimeout(500);
  const counts = async () => Promise.all(Object.values(frames).map((f) => f.evaluate(() => [window.__raf, window.__drawCalls])));
  const idleBefore = await counts();
  await page.waitForTimeout(1000);
  assert.deepEqual(await counts(), idleBefore, 'idle embeds request no frames and draw nothing');
  assert.deepEqual(errors, []);
  await context.close();
});
