// The full calculator in the browser, driven with real clicks, keys and touches on the canvas: pick a preset,
// edit a number, add a co-writer, copy the link and reopen it; share, export and import; undo and redo;
// idle pages issue no draw calls; hostile links keep the scenario; touch, wheel, the text agent, themes and
// device pixel ratios; and a screenshot of every panel at 360, 700 and 1280 CSS px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import {
  artifact, clickWidget, inkRatio, loadApp, openPage, openTouchPage, settle, showPanel, startBrowser, tap, typeInto,
} from './lib.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

const panels = ['streams', 'recording', 'points', 'publishing', 'splits', 'compare', 'sources'];
const money = (amount) => amount.display;

// Counts WebGL draw calls from page start (installed before any page script).
const countDrawCalls = () => {
  window.__drawCalls = 0;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype])
    for (const name of ['drawElements', 'drawArrays']) {
      const original = proto[name];
      proto[name] = function counted(...args) { window.__drawCalls += 1; return original.apply(this, args); };
    }
};

test('main flow: preset, edit, co-writer, copy link, reopen: the same numbers', async () => {
  const { page, context, errors, foreignRequests } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
  await loadApp(page, `${env.url}?panel=streams`);

  // Pick the "3 of 18 points" preset from the preset menu.
  await clickWidget(page, 'preset');
  await clickWidget(page, 'preset_item_producer-3-of-18-points.json');
  let result = await page.evaluate(() => window.dealsheet.result());
  // Domain notes §4: $4,000 × 18% = $720; producer 3/18 = $120, artist $600.
  assert.equal(money(result.release.recording.parties[0].ledger.paid_total), '$120.00');
  assert.equal(money(result.release.recording.artist.paid_total), '$600.00');

  // Edit the royalty rate to 20%: producer 3/20 × $800 = $120 still, artist 17% of $4,000 = $680.
  await showPanel(page, 'recording');
  await typeInto(page, 'recording.royalty_rate', '20');
  result = await page.evaluate(() => window.dealsheet.result());
  assert.equal(money(result.release.recording.artist.paid_total), '$680.00');
  assert.equal(money(result.release.recording.parties[0].ledger.paid_total), '$120.00');

  // Add a co-writer: two equal writers of $1,393.53 (Billboard 2025), after the PRO's 10% of performance.
  await showPanel(page, 'publishing');
  await clickWidget(page, 'add_writer');
  result = await page.evaluate(() => window.dealsheet.result());
  const writers = result.publishing.split.writers;
  assert.equal(writers.length, 2);
  // Hand calculation in micro-dollars: $1,393.529750 (Billboard 2025) = 696,764,875 performance + 696,764,875
  // mechanical. Performance after the PRO's 10% (69,676,488): 627,088,387, halved 313,544,194 + 313,544,193;
  // mechanical halved 348,382,438 + 348,382,437 (each odd micro to the first writer).
  assert.deepEqual(writers.map((w) => w.share_ppm.ppm), [500000, 500000]);
  assert.deepEqual(writers.map((w) => w.paid.micros), [661926632, 661926630]);
  assert.equal(writers[0].paid.micros + writers[1].paid.micros + result.publishing.split.pro_commission.micros,
    result.publishing.publishing_total.micros, 'the writers and the PRO share the whole publishing money');

  // Copy the link through the Share menu: it lands on the system clipboard.
  await clickWidget(page, 'share');
  await clickWidget(page, 'copy_link');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(env.url) && /#s=2[.~]/.test(link), link);
  assert.equal(link, await page.evaluate(() => window.dealsheet.link()));

  // Open it in a new page: the same scenario and the same numbers.
  const other = await openPage(env.browser, env.url, { width: 700, height: 900 });
  await loadApp(other.page, link);
  const reopened = await other.page.evaluate(() => window.dealsheet.result());
  assert.deepEqual(reopened, result);
  await inkRatio(other.page, artifact('reopened-700.png'));
  assert.deepEqual([...errors, ...other.errors], []);
  assert.deepEqual([...foreignRequests, ...other.foreignRequests], []);
  await other.context.close();
  await context.close();
});

test('every panel at 360, 700 and 1280 CSS px: drawn, screenshot saved, no errors', async () => {
  for (const [width, height, scale] of [[360, 740, 2], [700, 900, 1], [1280, 800, 1]]) {
    const { page, context, errors } = await openPage(env.browser, env.url, { width, height, scale });
    await loadApp(page, `${env.url}?preset=fee-or-points`);
    const own = { streams: 'money_flow', recording: 'artist_recoupment', points: 'party_bar', publishing: 'year_bars',
      splits: 'splits.distributor.name', compare: 'compare.party', sources: 'sources_table' };
    for (const key of panels) {
      await showPanel(page, key);
      const mark = await page.evaluate((n) => window.dealsheet.widgetRect(n), own[key]);
      assert.ok(mark.width > 0, `${key} at ${width}px draws its own content (${own[key]})`);
      const ink = await inkRatio(page, artifact(`panel-${key}-${width}.png`));
      assert.ok(ink > 0.02, `${key} at ${width}px shows content (${(ink * 100).toFixed(1)}% ink)`);
    }
    assert.deepEqual(errors, [], `${width}px`);
    await context.close();
  }
});

test('an idle page issues no draw calls; input wakes it', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await context.addInitScript(countDrawCalls);
  await loadApp(page, `${env.url}?panel=streams`);
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => window.__drawCalls);
  assert.ok(before > 0, 'the counter sees the first frames');
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.__drawCalls), before, 'no draw call in 1.5 s of idling');
  await page.mouse.move(200, 200);
  await settle(page);
  const woken = await page.evaluate(() => window.__drawCalls);
  assert.ok(woken > before, 'a mouse move renders');
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.__drawCalls), woken, 'and it idles again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile links: a message naming the field, and the scenario on screen is kept', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await loadApp(page, `${env.url}?preset=producer-3-of-18-points`);
  const kept = await page.evaluate(() => window.dealsheet.result());
  const hostile = [  // each message names the field (the link, or the scenario field) and what is wrong with it
    ['#s=1.%%%', /The link is damaged: it holds characters a Dealsheet link never has/],
    ['#s=7.e30', /The link was made by a newer Dealsheet \(format version 7\)/],
    ['#s=1~AAAAAAAA', /The link is damaged: its compressed data/],
    [`#s=1.${'A'.repeat(5000)}`, /The link is too long \(5004 characters; the limit is 4096\)/],
    ['#s=1.eyJyIjp7InIiOjE1MH19', /recording\.royalty_rate: must be from 0% to 100% \(got 150%\)/],  // {"r":{"r":150}}
    ['#s=1.' + Buffer.from('['.repeat(2000)).toString('base64url'), /The link is damaged: its data is not a scenario/],
  ];
  for (const [fragment, field] of hostile) {
    await page.evaluate((f) => { window.location.hash = f; }, fragment);
    await page.waitForFunction(() => window.dealsheet.notice() !== '');
    await settle(page);
    const notice = await page.evaluate(() => window.dealsheet.notice());
    assert.match(notice, /could not be opened/, fragment.slice(0, 40));
    assert.match(notice, field, fragment.slice(0, 40));
    assert.match(notice, /unchanged/, 'says the scenario on screen is kept');
    assert.deepEqual(await page.evaluate(() => window.dealsheet.result()), kept, fragment.slice(0, 40));
    await clickWidget(page, 'dismiss_notice');
  }
  await inkRatio(page, artifact('hostile-link-kept.png'));
  // A bad imported file: the same promise.
  assert.equal(await page.evaluate(() => window.dealsheet.importJson('{"recording": {"royalty_rate": "lots"}}')), false);
  assert.match(await page.evaluate(() => window.dealsheet.notice()), /recording\.royalty_rate/);
  assert.deepEqual(await page.evaluate(() => window.dealsheet.result()), kept);
  // Text crosses into the app as UTF-8 (web/platform/bridge.js): a title in any script arrives whole, and
  // the link made from it carries it.
  const title = 'Café – 3 € 😀 「点」';
  assert.equal(await page.evaluate((t) => window.dealsheet.importJson(JSON.stringify({ title: t })), title), true);
  const linked = await page.evaluate(() => createDealsheet().then((api) => JSON.parse(api.decodeLink(window.dealsheet.fragment()))));
  assert.equal(linked.scenario.title, title);
  assert.deepEqual(errors, []);
  await context.close();
});

test('share: Markdown summary on the clipboard, CSV and JSON downloads, JSON import by picker and by drop', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
  await loadApp(page, `${env.url}?preset=producer-3-of-18-points`);
  await clickWidget(page, 'share');
  await clickWidget(page, 'copy_summary');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(markdown, /\| Side \| Party \| Paid \| Note \|\n\|---\|---\|---:\|---\|/);
  assert.match(markdown, /\| Recording \| Producer \| \$120\.00 \|/);
  assert.match(markdown, /\[Open this scenario in Dealsheet\]\(http/);

  await clickWidget(page, 'share');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), clickWidget(page, 'export_csv')]);
  const csv = await (await import('node:fs/promises')).readFile(await csvDownload.path(), 'utf8');
  assert.match(csv, /^side,party,role,amount_usd,note\r\n/);
  assert.match(csv, /Recording,Producer,producer,120\.00,/);

  await clickWidget(page, 'share');
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), clickWidget(page, 'export_json')]);
  // Named after the scenario's title and the day, so a folder of downloads says what each one is.
  assert.match(jsonDownload.suggestedFilename(), /^3-of-18-points-[a-z0-9-]*-\d{4}-\d{2}-\d{2}\.json$/);
  assert.match(csvDownload.suggestedFilename(), /^3-of-18-points-[a-z0-9-]*-\d{4}-\d{2}-\d{2}\.csv$/);
  const exported = await (await import('node:fs/promises')).readFile(await jsonDownload.path(), 'utf8');

  // Import a different scenario with the file picker, then the exported one back by drag-and-drop.
  await loadApp(page, `${env.url}?panel=streams`);
  const file = artifact('import-3-of-18.json');
  writeFileSync(file, exported);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'),
    (async () => { await clickWidget(page, 'share'); await clickWidget(page, 'import_json'); })()]);
  await chooser.setFiles(file);
  await page.waitForFunction(async () => (await window.dealsheet.result()).release.recording.parties.length === 1);
  let result = await page.evaluate(() => window.dealsheet.result());
  assert.equal(result.release.recording.parties[0].ledger.paid_total.display, '$120.00');

  await loadApp(page, `${env.url}?panel=streams`);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, exported);
  await page.waitForFunction(async () => (await window.dealsheet.result()).release.recording.parties.length === 1);
  result = await page.evaluate(() => window.dealsheet.result());
  assert.equal(result.release.recording.parties[0].ledger.paid_total.display, '$120.00');
  assert.deepEqual(errors, []);
  await context.close();
});

test('undo and redo (buttons and Ctrl+Z / Ctrl+Y), reset, and the offer to restore the last scenario', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await loadApp(page, `${env.url}?panel=streams`);
  const defaults = await page.evaluate(() => window.dealsheet.result());
  await showPanel(page, 'recording');
  await typeInto(page, 'recording.royalty_rate', '25');
  const edited = await page.evaluate(() => window.dealsheet.result());
  assert.equal(edited.release.recording.artist_all_in.length, defaults.release.recording.artist_all_in.length);
  assert.notDeepEqual(edited, defaults);
  await clickWidget(page, 'undo');
  assert.deepEqual(await page.evaluate(() => window.dealsheet.result()), defaults, 'Undo');
  await clickWidget(page, 'redo');
  assert.deepEqual(await page.evaluate(() => window.dealsheet.result()), edited, 'Redo');
  await page.mouse.click(5, 790);  // the canvas has the keys, no field is active
  await page.keyboard.press('Control+Z');
  await settle(page);
  assert.deepEqual(await page.evaluate(() => window.dealsheet.result()), defaults, 'Ctrl+Z');
  await page.keyboard.press('Control+Y');
  await settle(page);
  assert.deepEqual(await page.evaluate(() => window.dealsheet.result()), edited, 'Ctrl+Y');
  const fragment = await page.evaluate(() => window.dealsheet.fragment());

  // Same device, a new visit without a scenario in its link: offered, and restored on request.
  const again = await context.newPage();
  await loadApp(again, env.url);
  const offer = await again.evaluate(() => window.dealsheet.widgetRect('restore'));
  assert.ok(offer.width > 0, 'the restore offer is shown');
  await inkRatio(again, artifact('restore-offer.png'));
  await clickWidget(again, 'restore');
  assert.equal(await again.evaluate(() => window.dealsheet.fragment()), fragment);
  assert.deepEqual(await again.evaluate(() => window.dealsheet.result()), edited);
  // A visit with a scenario in its link is not interrupted by the offer.
  const linked = await context.newPage();
  await loadApp(linked, `${env.url}?preset=fee-or-points`);
  assert.equal((await linked.evaluate(() => window.dealsheet.widgetRect('restore'))).width, 0);
  await clickWidget(page, 'reset');
  assert.deepEqual(await page.evaluate(() => window.dealsheet.result()), defaults, 'Reset');
  assert.deepEqual(errors, []);
  await context.close();
});

test('touch: a tap presses where the finger is, a drag on empty space scrolls, the text agent takes typing', async () => {
  const { context, page, errors, touch } = await openTouchPage(env.browser, { width: 360, height: 740 });
  await loadApp(page, `${env.url}?panel=streams`);
  const tapWidget = async (name) => {
    const r = await page.evaluate((n) => window.dealsheet.widgetRect(n), name);
    assert.ok(r.width > 0, `${name} drawn`);
    await tap(page, touch, r);
    await settle(page, 4);
  };
  await tapWidget('panel_picker');
  await tapWidget('panel_item_publishing');
  // Drag upwards on empty space (the left margin) until "Add a co-writer" is on screen: the content scrolls.
  const before = await page.evaluate(() => window.dealsheet.widgetRect('add_writer'));
  for (let drags = 0; drags < 6; drags += 1) {
    const r = await page.evaluate(() => window.dealsheet.widgetRect('add_writer'));
    if (r.y + r.height < 700) break;
    await touch('touchStart', 4, 650);
    for (let y = 630; y >= 250; y -= 20) { await touch('touchMove', 4, y); await settle(page, 1); }
    await touch('touchEnd');
    await settle(page);
  }
  const after = await page.evaluate(() => window.dealsheet.widgetRect('add_writer'));
  assert.ok(after.y < before.y - 100, `scrolled: ${before.y} → ${after.y}`);
  // A swipe that starts on a field scrolls too, and edits nothing.
  const scenarioBefore = await page.evaluate(() => window.dealsheet.fragment());
  const field = await page.evaluate(() => window.dealsheet.widgetRect('publishing.collection.pro_commission'));
  const fieldY = Math.min(Math.max(field.y + field.height / 2, 100), 700);
  await touch('touchStart', 180, fieldY);
  for (let y = fieldY - 20; y >= fieldY - 200; y -= 20) { await touch('touchMove', 180, y); await settle(page, 1); }
  await touch('touchEnd');
  await settle(page);
  const swiped = await page.evaluate(() => window.dealsheet.widgetRect('add_writer'));
  assert.ok(swiped.y < after.y - 100 || swiped.y + swiped.height < 120, `a swipe on a field scrolls: ${after.y} → ${swiped.y}`);
  assert.equal(await page.evaluate(() => window.dealsheet.fragment()), scenarioBefore, 'and changes nothing');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas', 'nor opens the keyboard');
  if (swiped.y < 60) {  // bring the button back into view with a downward swipe
    await touch('touchStart', 4, 300);
    for (let y = 320; y <= 500; y += 20) { await touch('touchMove', 4, y); await settle(page, 1); }
    await touch('touchEnd');
    await settle(page);
  }
  await tapWidget('add_writer');
  assert.equal((await page.evaluate(() => window.dealsheet.result())).publishing.split.writers.length, 2, 'the tap landed');

  // Tap the title field: the hidden text agent takes focus (the phone's keyboard), typing reaches the app.
  await page.evaluate(() => window.scrollTo(0, 0));
  const canvasTop = (await page.locator('#canvas').boundingBox()).y;  // the answer's text sits above the canvas
  for (let drags = 0; drags < 4; drags += 1) {  // scroll back up with downward drags until the title shows
    const r = await page.evaluate(() => window.dealsheet.widgetRect('title'));
    if (r.width > 0 && r.y >= canvasTop) break;
    await touch('touchStart', 4, 200);
    for (let y = 220; y <= 700; y += 20) { await touch('touchMove', 4, y); await settle(page, 1); }
    await touch('touchEnd');
    await settle(page);
  }
  await tapWidget('title');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-agent');
  await page.keyboard.insertText('Tap test');  // an input event without keypress, like a soft keyboard
  await settle(page);
  await page.keyboard.press('Enter');
  await settle(page);
  assert.match(await page.evaluate(() => window.dealsheet.summary()), /^Tap test\./);
  await inkRatio(page, artifact('touch-360.png'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('wheel: scrolls the app while it has room, crisp at DPR 1, 2 and 3, light and dark themes', async () => {
  for (const scale of [1, 2, 3]) {
    const { page, context, errors } = await openPage(env.browser, env.url, { width: 700, height: 500, scale });
    await loadApp(page, `${env.url}?preset=fee-or-points`);
    // The canvas fills its container (below the answer's page text): backing store = CSS size × DPR.
    const [canvas, css] = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      const r = c.getBoundingClientRect();
      return [[c.width, c.height], [r.width, r.height]];
    });
    assert.equal(css[0], 700);
    assert.deepEqual(canvas, [700 * scale, Math.round(css[1] * scale)], `backing store at DPR ${scale}`);
    await showPanel(page, 'recording');
    const before = await page.evaluate(() => window.dealsheet.widgetRect('add_cost'));
    await page.mouse.move(350, 300);
    await page.mouse.wheel(0, 300);
    await settle(page);
    const after = await page.evaluate(() => window.dealsheet.widgetRect('add_cost'));
    assert.ok(after.y < before.y - 50, `DPR ${scale}: one wheel gesture scrolls about three lines per notch (${before.y} → ${after.y})`);
    await inkRatio(page, artifact(`recording-700-dpr${scale}.png`));
    assert.deepEqual(errors, []);
    await context.close();
  }
  for (const colorScheme of ['light', 'dark']) {
    const context = await env.browser.newContext({ viewport: { width: 700, height: 500 }, colorScheme });
    const page = await context.newPage();
    await loadApp(page, `${env.url}?panel=streams`);
    const light = await page.evaluate(() => document.documentElement.classList.contains('light'));
    assert.equal(light, colorScheme === 'light', `follows prefers-color-scheme: ${colorScheme}`);
    const png = await page.locator('#canvas').screenshot({ path: artifact(`theme-${colorScheme}.png`) });
    const { PNG } = await import('pngjs');
    const [r] = PNG.sync.read(png).data;
    assert.ok(colorScheme === 'light' ? r > 200 : r < 60, `${colorScheme} background (${r})`);
    await context.close();
  }
});

test('loading: a progress message while the wasm downloads, then the calculator; a failed download or no WebGL 2 says so', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 700, height: 500 });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/dealsheet.wasm', async (route) => {
    const response = await route.fetch();
    await held;  // the download "takes" until the test has seen the message
    await route.fulfill({ response });
  });
  await page.goto(env.url);
  await page.waitForFunction(() => /Loading Dealsheet/.test(document.getElementById('status').textContent));
  assert.equal(await page.locator('#status').isVisible(), true);
  release();
  await page.evaluate(() => window.dealsheet.ready);
  await settle(page);
  assert.equal(await page.locator('#status').isHidden(), true, 'the message is gone once the calculator runs');
  assert.deepEqual(errors, []);
  await context.close();

  const broken = await openPage(env.browser, env.url, { width: 700, height: 500 });
  await broken.page.route('**/dealsheet.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await broken.page.goto(env.url);
  await broken.page.waitForFunction(() => document.getElementById('status').classList.contains('error'));
  assert.match(await broken.page.locator('#status').textContent(), /could not load: dealsheet\.wasm: HTTP 404/);
  await broken.context.close();

  // WebGL 2 present but no context to be had (a blocklisted GPU, WebGL turned off): the app says so.
  const noGl = await openPage(env.browser, env.url, { width: 700, height: 500 });
  await noGl.context.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function refuse(type, ...rest) {
      return /webgl/.test(type) ? null : getContext.call(this, type, ...rest);
    };
  });
  await noGl.page.goto(env.url);
  await noGl.page.waitForFunction(() => document.getElementById('status').classList.contains('error'));
  assert.match(await noGl.page.locator('#status').textContent(), /needs WebGL 2, which this browser does not offer or has turned off/);
  assert.equal(await noGl.page.locator('#status').isVisible(), true, 'the message stays');
  await noGl.context.close();

  // A context whose driver refuses the renderer's shaders (the program does not link): the page says so, with
  // what the driver said, instead of showing an empty canvas.
  const noLink = await openPage(env.browser, env.url, { width: 700, height: 500 });
  await noLink.context.addInitScript(() => {
    const proto = WebGL2RenderingContext.prototype;
    const parameter = proto.getProgramParameter;
    proto.getProgramParameter = function refuse(program, name) {
      return name === this.LINK_STATUS ? false : parameter.call(this, program, name);
    };
    proto.getProgramInfoLog = () => 'ERROR: refused by this test';
  });
  await noLink.page.goto(env.url);
  await noLink.page.waitForFunction(() => document.getElementById('status').classList.contains('error'));
  const message = await noLink.page.locator('#status').textContent();
  assert.match(message, /could not draw: this browser's graphics driver refused its shaders/);
  assert.match(message, /program: ERROR: refused by this test/, 'the driver\'s words are shown');
  assert.equal(await noLink.page.locator('#status').isVisible(), true);
  await noLink.context.close();
});

test('keyboard only: Tab reaches a field, typing edits it, Enter applies it, arrows move between controls', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await loadApp(page, `${env.url}?panel=streams`);
  await page.mouse.click(5, 790);  // the canvas takes the keys; no control there
  await settle(page);
  // Tab goes through every control in reading order (the top bar's buttons first), so the title field is a
  // few presses away; Enter on it starts typing.
  const same = (a, b) => a.width > 0 && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.width - b.width) < 1;
  let presses = 0;
  for (; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    await settle(page, 3);
    const [focus, title] = await page.evaluate(() => [window.dealsheet.widgetRect('keyboard_focus'), window.dealsheet.widgetRect('title')]);
    if (same(focus, title)) break;
  }
  assert.ok(presses < 30, 'Tab reaches the title field');
  await page.keyboard.press('Enter');
  await settle(page, 3);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Keys only');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.match(await page.evaluate(() => window.dealsheet.summary()), /^Keys only\./, 'the title field took the typing');
  const before = await inkRatio(page, artifact('keyboard-before-arrows.png'));
  for (let i = 0; i < 3; i += 1) { await page.keyboard.press('ArrowDown'); await settle(page, 2); }
  const after = await inkRatio(page, artifact('keyboard-after-arrows.png'));
  assert.notEqual(after, before, 'the arrows moved the keyboard highlight');
  assert.deepEqual(errors, []);
  await context.close();
});
