// The six questions from a first visit to the answer, the way people get there: at 390×844 with a finger and
// at 1280×800 with a mouse and keys. Each run asserts the answer as real page text and logs the taps and the
// seconds it took. Also: Back and Forward between steps, a result number selected and found, the chat paste of
// a hostile title, Add pressed N times, and a removal undone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { artifact, loadApp, openPage, openTouchPage, settle, startBrowser, tap } from './lib.mjs';

const questions = ['fee-or-points', 'when-paid', 'what-streams-pay', 'co-writers', 'self-release-split', 'label-deal'];
let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const pageText = (page) => page.evaluate(() => window.dealsheet.pageText());
const rect = (page, name) => page.evaluate((n) => window.dealsheet.widgetRect(n), name);

// Waits until the page shows the answer to `key` as text; returns the page text.
async function answerShown(page, key) {
  await page.waitForFunction((k) => {
    const text = window.dealsheet.pageText();
    return text && text.view === 'question' && text.query === `?q=${k}` &&
      document.getElementById('answer-sentence').textContent.length > 20;
  }, key);
  return pageText(page);
}

// A phone: a finger's taps (lib.mjs openTouchPage), counted.
async function phone() {
  const { context, page, errors, touch } = await openTouchPage(env.browser, { width: 390, height: 844 });
  let taps = 0;
  const tapWidget = async (name) => {
    const r = await rect(page, name);
    assert.ok(r.width > 0, `${name} drawn`);
    assert.ok(r.height >= 44, `${name} is a finger's size (${r.height} CSS px tall)`);
    await tap(page, touch, r);
    await settle(page, 4);
    taps += 1;
  };
  return { context, page, errors, tap: tapWidget, taps: () => taps };
}

for (const key of questions) {
  test(`phone 390×844, touch: "${key}" from a first visit to its answer`, async () => {
    const { context, page, errors, tap, taps } = await phone();
    const loadStarted = Date.now();
    await loadApp(page, env.url);
    const loaded = (Date.now() - loadStarted) / 1000;
    const started = Date.now();
    assert.equal((await pageText(page)).view, 'start', 'a first visit opens on the questions');
    if (key === questions[0]) await page.screenshot({ path: artifact('start-390.png') });
    await tap(`question_${key}`);
    const text = await answerShown(page, key);
    const seconds = (Date.now() - started) / 1000;
    console.log(`phone  ${key}: ${taps()} tap(s), load ${loaded.toFixed(2)} s, then ${seconds.toFixed(2)} s from the start screen to the answer: ${text.sentence}`);
    assert.ok(text.sentence.length > 20);
    assert.equal(await page.textContent('#answer-sentence'), text.sentence, 'the sentence is page text');
    assert.match(await page.evaluate(() => window.location.search), new RegExp(`q=${key}`));
    // The answer stays in view above the inputs, and no key figure wraps inside itself.
    const box = await page.locator('#answer').boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 844 * 0.5, `the answer is on screen: ${JSON.stringify(box)}`);
    for (const dd of await page.locator('#answer-figures dd').all()) {
      const lines = await dd.evaluate((node) => {
        const range = document.createRange();
        range.selectNodeContents(node.firstChild);
        return range.getClientRects().length;
      });
      assert.equal(lines, 1, `${await dd.textContent()} is on one line`);
    }
    await page.screenshot({ path: artifact(`question-${key}-390.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`desktop 1280×800, mouse and keys: "${key}" from a first visit to its answer, then one input changed`, async () => {
    const { page, context, errors, foreignRequests } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
    const loadStarted = Date.now();
    await loadApp(page, env.url);
    const loaded = (Date.now() - loadStarted) / 1000;
    const started = Date.now();
    let clicks = 0;
    const click = async (name) => {
      const r = await rect(page, name);
      assert.ok(r.width > 0, `${name} drawn`);
      await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2, { delay: 40 });
      await settle(page, 4);
      clicks += 1;
    };
    if (key === questions[0]) await page.screenshot({ path: artifact('start-1280.png') });
    await click(`question_${key}`);
    const text = await answerShown(page, key);
    console.log(`desktop ${key}: ${clicks} click(s), load ${loaded.toFixed(2)} s, then ${((Date.now() - started) / 1000).toFixed(2)} s from the start screen to the answer: ${text.sentence}`);
    await page.screenshot({ path: artifact(`question-${key}-1280.png`) });
    // "+" on the first input changes the scenario, and the page's answer follows.
    const fragment = await page.evaluate(() => window.dealsheet.fragment());
    const input = text.inputs.find((i) => i.unit !== 'choice');
    await click(`${input.path}.plus`);
    await page.waitForFunction((f) => window.dealsheet.fragment() !== f, fragment);
    const changed = await pageText(page);
    assert.notEqual(JSON.stringify([changed.sentence, changed.figures]), JSON.stringify([text.sentence, text.figures]),
      `the answer follows ${input.path}`);
    // Keys: a value typed as people write it in chat ("$20k", "2M") replaces the field's value.
    const typed = { money: '$20k', streams: '2M', points: '6', percent: '23', count: '5' }[input.unit];
    const before = await page.evaluate(() => window.dealsheet.fragment());
    await click(input.path);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(typed, { delay: 30 });
    await page.keyboard.press('Enter');
    await settle(page, 6);
    await page.waitForFunction((f) => window.dealsheet.fragment() !== f, before);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests, []);
    assert.ok(fragment.startsWith('s='));
    await context.close();
  });
}

test('Back and Forward move between the start, a question and its detail; a link opens the sender\'s view', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await loadApp(page, env.url);
  const click = async (name) => {
    const r = await rect(page, name);
    assert.ok(r.width > 0, `${name} drawn`);
    await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2, { delay: 40 });
    await settle(page, 4);
  };
  const view = async () => { await settle(page, 8); return (await pageText(page)).query; };
  await click('question_when-paid');
  assert.equal(await view(), '?q=when-paid');
  await click('more_detail');
  // The panels' build loads now (the first load has none): its view is the detail.
  await page.waitForFunction(() => window.dealsheet.widgetRect('tab_streams').width > 0, null, { timeout: 20000 });
  assert.equal((await pageText(page)).view, 'detail');
  await page.goBack();
  assert.equal(await view(), '?q=when-paid');
  await page.goBack();
  assert.equal(await view(), '');
  await page.goForward();
  assert.equal(await view(), '?q=when-paid');
  // The address now opens the same view with the same numbers in a new visit.
  const link = await page.evaluate(() => window.dealsheet.link());
  assert.match(link, /\?q=when-paid#s=/);
  const other = await openPage(env.browser, env.url, { width: 390, height: 844 });
  await loadApp(other.page, link);
  await answerShown(other.page, 'when-paid');
  assert.equal((await pageText(other.page)).sentence, (await pageText(page)).sentence);
  assert.deepEqual([...errors, ...other.errors], []);
  await other.context.close();
  await context.close();
});

test('More detail loads the panels when first opened, and they take over the scenario, the undo steps and the history', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname.split('/').pop()));
  await loadApp(page, `${env.url}?q=when-paid`);
  await answerShown(page, 'when-paid');
  // The first load is the build without the panels.
  assert.ok(requested.includes('dealsheet.wasm'));
  assert.ok(!requested.includes('dealsheet-panels.wasm'), 'the panels are not part of the first load');
  const before = await page.evaluate(() => window.dealsheet.fragment());
  assert.equal(await page.evaluate((url) => window.dealsheet.open(`${url}?streams=2500000`), env.url), true);
  const edited = await page.evaluate(() => window.dealsheet.fragment());
  assert.notEqual(edited, before);
  const r = await rect(page, 'more_detail');
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2, { delay: 40 });
  await page.waitForFunction(() => window.dealsheet.widgetRect('tab_points').width > 0, null, { timeout: 20000 });
  assert.ok(requested.includes('dealsheet-panels.wasm'));
  assert.equal(await page.evaluate(() => window.dealsheet.fragment()), edited, 'the same scenario');
  assert.equal((await pageText(page)).view, 'detail');
  // The undo step made before the switch is still there.
  await page.locator('#canvas').focus();
  await page.keyboard.press('Control+z');
  await settle(page, 6);
  assert.equal(await page.evaluate(() => window.dealsheet.fragment()), before, 'Undo reaches the step made before the panels loaded');
  await page.goBack();
  await settle(page, 8);
  assert.equal((await pageText(page)).query, '?q=when-paid');
  await page.screenshot({ path: artifact('more-detail-back-1280.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only: Tab goes through every control in reading order, Enter and Space work it, and focus leaves at the end', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await loadApp(page, env.url);
  const same = (a, b) => a.width > 0 && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.width - b.width) < 1;
  const focusedName = async (names) => {
    const [focus, ...rects] = await page.evaluate((all) => all.map((n) => window.dealsheet.widgetRect(n)), ['keyboard_focus', ...names]);
    const at = rects.findIndex((r) => same(focus, r));
    return at < 0 ? null : names[at];
  };
  const names = questions.map((k) => `question_${k}`);
  // Tab in from the page: the canvas is the first stop, its first control the first question.
  await page.keyboard.press('Tab');
  await settle(page, 4);
  const seen = [];
  for (let i = 0; i < 40 && seen.length < names.length; i += 1) {
    const name = await focusedName(names);
    if (name && !seen.includes(name)) seen.push(name);
    await page.keyboard.press('Tab');
    await settle(page, 3);
  }
  assert.deepEqual(seen, names, 'the six questions, in the order they are read');
  // Shift+Tab back to the second question, and Enter opens it.
  for (let i = 0; i < 40 && (await focusedName(names)) !== names[1]; i += 1) {
    await page.keyboard.press('Shift+Tab');
    await settle(page, 3);
  }
  assert.equal(await focusedName(names), names[1]);
  await page.keyboard.press('Enter');
  await answerShown(page, questions[1]);
  // Space works a button: Tab to "All questions" and press Space.
  for (let i = 0; i < 40 && (await focusedName(['all_questions'])) === null; i += 1) {
    await page.keyboard.press('Tab');
    await settle(page, 3);
  }
  assert.equal(await focusedName(['all_questions']), 'all_questions', 'Tab reaches the buttons, not only fields');
  await page.screenshot({ path: artifact('keyboard-focus-1280.png') });
  await page.keyboard.press('Space');
  await settle(page, 6);
  assert.equal((await pageText(page)).view, 'start');
  // Past the last control, Tab leaves the canvas for the page.
  let presses = 0;
  for (; presses < 80 && (await page.evaluate(() => document.activeElement.id)) === 'canvas'; presses += 1) {
    await page.keyboard.press('Tab');
    await settle(page, 2);
  }
  assert.ok(presses < 80, 'focus leaves the canvas after its last control');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a result number can be selected and copied, and the browser\'s find finds the answer', async () => {
  const { page, context } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await loadApp(page, `${env.url}?q=fee-or-points`);
  const text = await answerShown(page, 'fee-or-points');
  assert.ok(text.figures.length > 0);
  const figure = page.locator('#answer-figures dd').first();
  await figure.click({ clickCount: 3 });
  const selected = await page.evaluate(() => window.getSelection().toString());
  assert.ok(selected.includes(text.figures[0].value), `selected "${selected}"`);
  const words = text.sentence.split(' ').slice(0, 4).join(' ');
  await page.evaluate(() => window.getSelection().removeAllRanges());  // find searches on from the selection
  assert.equal(await page.evaluate((w) => window.find(w), words), true, `find-in-page finds "${words}"`);
  await context.close();
});

test('Copy for chat: a hostile title cannot ping or disguise a link, and the copy is confirmed', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 390, height: 844 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
  const title = encodeURIComponent('@everyone [free money](https://evil.example) <b>');
  await loadApp(page, `${env.url}?preset=question-fee-or-points&title=${title}&q=fee-or-points`);
  await answerShown(page, 'fee-or-points');
  assert.equal(await page.title(), '@everyone [free money](https://evil.example) <b> — Dealsheet', 'the title is the scenario\'s, as text');
  const r = await rect(page, 'copy_chat_button');
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2, { delay: 40 });
  await page.waitForFunction(() => !document.getElementById('toast').hidden);
  assert.match(await page.textContent('#toast'), /copied/);
  const pasted = await page.evaluate(() => navigator.clipboard.readText());
  console.log(`chat paste:\n${pasted}`);
  assert.ok(!pasted.includes('@everyone'), 'no @everyone ping');
  assert.ok(!/(^|[^\\])\]\(/.test(pasted), 'no masked link: every "](" is escaped');
  assert.ok(pasted.includes('\\[free money\\]'), 'the brackets arrive as typed text');
  assert.match(pasted, /\?q=fee-or-points#s=/, 'the link opens this answer');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Add pressed 5 times stays in one place and names each row anew; a removal is undone from its notice', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await loadApp(page, `${env.url}?panel=publishing`);
  const click = async (name) => {
    const r = await rect(page, name);
    assert.ok(r.width > 0, `${name} drawn`);
    await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2, { delay: 40 });
    await settle(page, 6);
    return r;
  };
  const writers = async () => (await pageText(page)).table.filter((row) => row.role === 'writer').map((row) => row.party);
  const first = await rect(page, 'add_writer');
  for (let n = 0; n < 5; n += 1) {
    const at = await click('add_writer');
    assert.deepEqual([at.x, at.y], [first.x, first.y], 'Add has not moved');
  }
  await settle(page, 10);
  const names = await writers();
  assert.equal(names.length, 6);
  assert.equal(new Set(names).size, 6, `names are unique: ${names}`);
  // Scroll the list into view with the wheel, then remove the second co-writer.
  for (let turns = 0; turns < 12; turns += 1) {
    const r = await rect(page, 'publishing.writers[1].remove');
    if (r.width > 0 && r.y > 100 && r.y + r.height < 780) break;
    await page.mouse.move(640, 500);
    await page.mouse.wheel(0, 200);
    await settle(page, 4);
  }
  await click('publishing.writers[1].remove');
  await settle(page, 10);
  assert.equal((await writers()).length, 5);
  await click('undo_removal');
  await settle(page, 10);
  assert.deepEqual(await writers(), names, 'the removal is undone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('every list\'s Add stays in one place, on a phone too: platforms, costs, accounts, collaborators', async () => {
  for (const [panel, add, list] of [['streams', 'add_platform', 'streaming.platforms'], ['recording', 'add_cost', 'recording.costs'],
    ['recording', 'add_account', 'accounts.others'], ['splits', 'add_collaborator', 'splits.collaborators']]) {
    const { page, context, errors } = await openPage(env.browser, env.url, { width: 390, height: 844 });
    await loadApp(page, `${env.url}?panel=${panel}`);
    // The Add button is scrolled into view first (the list's rows are below it).
    for (let turns = 0; turns < 20; turns += 1) {
      const r = await rect(page, add);
      if (r.width > 0 && r.y > 60 && r.y + r.height < 800) break;
      await page.mouse.move(195, 600);
      await page.mouse.wheel(0, 150);
      await settle(page, 4);
    }
    const first = await rect(page, add);
    assert.ok(first.width > 0, `${add} drawn`);
    for (let n = 0; n < 3; n += 1) {
      const at = await rect(page, add);
      const fragment = await page.evaluate(() => window.dealsheet.fragment());
      await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2, { delay: 40 });
      await settle(page, 6);
      assert.notEqual(await page.evaluate(() => window.dealsheet.fragment()), fragment, `${add} added a row`);
      const after = await rect(page, add);
      assert.deepEqual([after.x, after.y], [first.x, first.y], `${add} has not moved after ${n + 1} presses`);
      // No Remove lies where Add was.
      for (let i = 0; i < 8; i += 1) {
        const remove = await rect(page, `${list}[${i}].remove`);
        const overlaps = remove.width > 0 && remove.x < first.x + first.width && first.x < remove.x + remove.width &&
          remove.y < first.y + first.height && first.y < remove.y + remove.height;
        assert.ok(!overlaps, `${list}[${i}].remove is not under ${add}`);
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('an answer card embed: one question, its inputs and the sentence, in a wiki-sized frame', async () => {
  for (const width of [700, 360]) {
    const { page, context, errors } = await openPage(env.browser, env.url, { width, height: 900 });
    await loadApp(page, `${env.url}?embed=1&q=fee-or-points`);
    const text = await answerShown(page, 'fee-or-points');
    await settle(page, 8);
    const height = await page.evaluate(() => window.dealsheet.height());
    console.log(`answer card at ${width} px wide: ${height} px tall`);
    if (width === 700) assert.ok(height >= 250 && height <= 520, `fits a wiki column: ${height} px`);
    assert.equal(await page.textContent('#answer-sentence'), text.sentence);
    assert.equal((await rect(page, 'all_questions')).width, 0, 'no app navigation inside an embed');
    assert.ok((await rect(page, 'open_full')).width > 0, '"Open in Dealsheet" is offered');
    await page.screenshot({ path: artifact(`answer-card-${width}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  }
  // Read-only: it says so, and how to try your own numbers.
  const { page, context } = await openPage(env.browser, env.url, { width: 700, height: 900 });
  await loadApp(page, `${env.url}?embed=1&readonly=1&q=co-writers`);
  await answerShown(page, 'co-writers');
  await page.screenshot({ path: artifact('answer-card-readonly-700.png') });
  await context.close();
});

test('every answer links to the Sources page: the core\'s rates with their sources, as a readable page of the site', async () => {
  const { page, context, errors, foreignRequests } = await openPage(env.browser, env.url, { width: 390, height: 844 });
  await loadApp(page, `${env.url}?q=what-streams-pay`);
  await answerShown(page, 'what-streams-pay');
  const link = page.locator('#answer-sources a');
  assert.equal(await link.textContent(), 'Where every number comes from');
  const box = await link.boundingBox();
  assert.ok(box.height >= 44, `the link is a finger's size (${box.height} CSS px tall)`);
  const [sources] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await sources.waitForLoadState();
  assert.equal(await sources.locator('h1').textContent(), 'Sources');
  const text = await sources.locator('body').innerText();
  // The statutory headline rate of Phonorecords IV for 2026: 15.3% of service revenue (87 FR 80448; the rates
  // step 15.1, 15.2, 15.25, 15.3, 15.35% over 2023-2027).
  assert.match(text, /2026/);
  assert.match(text, /15\.3%/);
  assert.ok(await sources.locator('a[href^="https://"]').count() > 0, 'links to primary documents');
  await sources.screenshot({ path: artifact('sources-390.png') });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests, []);
  await context.close();
});
