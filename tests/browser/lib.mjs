// Shared helpers for the browser tests: serve the built site on loopback, start Debian's Chromium headless,
// open pages that record console errors and any request leaving the site's origin, and read pixels.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { serveSite } from '../../tools/serve.mjs';

export const siteDir = process.env.DEALSHEET_SITE;
export const artifactsDir = process.env.DEALSHEET_ARTIFACTS;
if (!siteDir || !artifactsDir) throw new Error('DEALSHEET_SITE and DEALSHEET_ARTIFACTS must be set (ctest sets them)');
mkdirSync(artifactsDir, { recursive: true });

// Serves the site and starts Chromium; returns { url, browser, close() }.
export async function startBrowser() {
  const { server, url } = await serveSite(siteDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run'],
  });
  return { url, browser, close: async () => { await browser.close(); server.close(); } };
}

// A page at `width`×`height` CSS px and `scale` device pixels per CSS px, recording what must never happen:
// console errors, uncaught exceptions, and requests outside `origin`.
export async function openPage(browser, origin, { width, height, scale = 1 }) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
  const page = await context.newPage();
  const errors = recordErrors(page);
  const foreignRequests = [];
  page.on('request', (request) => { if (!request.url().startsWith(origin)) foreignRequests.push(request.url()); });
  return { page, context, errors, foreignRequests };
}

// The list the page's console errors and uncaught exceptions are added to, as they happen.
export function recordErrors(page) {
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

// A finger on `page`: touch(type, x, y) sends 'touchStart', 'touchMove' or 'touchEnd' at CSS px (x, y) through
// CDP, the way a touch screen sends them (the context needs hasTouch).
export async function finger(context, page) {
  const cdp = await context.newCDPSession(page);
  return (type, x, y) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
}

// A phone's page at `width`×`height` CSS px with a finger; returns { context, page, errors, touch } (see finger).
export async function openTouchPage(browser, { width, height, scale = 2 }) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale,
    hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors = recordErrors(page);
  return { context, page, errors, touch: await finger(context, page) };
}

// Taps the middle of a rectangle {x, y, width, height} with a finger: down, held for a couple of frames, up.
export async function tap(page, touch, r) {
  await touch('touchStart', r.x + r.width / 2, r.y + r.height / 2);
  await settle(page, 2);
  await touch('touchEnd');
}

// Loads `url` and waits until the calculator runs and has drawn a few frames.
export async function loadApp(page, url) {
  await page.goto(url);
  await page.evaluate(() => window.dealsheet.ready);
  await settle(page);
}

// Waits for a few animation frames so the canvas shows the latest state.
export async function settle(page, frames = 6) {
  await page.evaluate((count) => new Promise((resolve) => {
    const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  }), frames);
}

// Share of the canvas's screenshot pixels that differ clearly from its top-left (background) pixel.
export async function inkRatio(page, file) {
  const png = PNG.sync.read(await page.locator('#canvas').screenshot({ path: file }));
  const [r0, g0, b0] = png.data;
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d = Math.abs(png.data[i] - r0) + Math.abs(png.data[i + 1] - g0) + Math.abs(png.data[i + 2] - b0);
    if (d > 60) ink += 1;
  }
  return ink / (png.width * png.height);
}

export const artifact = (name) => join(artifactsDir, name);

// A click the way people click: move, press, hold for a couple of frames, release.
export async function humanClick(page, x, y) {
  await page.mouse.move(x, y);
  await settle(page, 1);
  await page.mouse.down();
  await settle(page, 2);
  await page.mouse.up();
  await settle(page, 4);
}

// Clicks the middle of the control the app drew under `name` (App::widget_rect) and lets the app draw.
export async function clickWidget(page, name, { dx = null } = {}) {
  const r = await page.evaluate((n) => window.dealsheet.widgetRect(n), name);
  if (!(r.width > 0)) throw new Error(`the control "${name}" was not drawn`);
  await humanClick(page, r.x + (dx ?? r.width / 2), r.y + r.height / 2);
  return r;
}

// Clicks the middle of the control `name` drawn by the app inside the iframe `selector`, with the page's own
// mouse (the way a visitor clicks an embed), and lets the page draw; returns the control's rectangle in the frame.
export async function clickFrameWidget(page, selector, name) {
  const element = await page.$(selector);
  const r = await (await element.contentFrame()).evaluate((n) => window.dealsheet.widgetRect(n), name);
  if (!(r.width > 0)) throw new Error(`the control "${name}" was not drawn in ${selector}`);
  const box = await element.boundingBox();
  await humanClick(page, box.x + r.x + r.width / 2, box.y + r.y + r.height / 2);
  return r;
}

// Shows panel `key` ("streams", "recording", "points", "publishing", "splits", "compare", "sources") the way a
// user would: its tab on wide layouts, the panel picker on narrow ones.
export async function showPanel(page, key) {
  const tab = await page.evaluate((k) => window.dealsheet.widgetRect(`tab_${k}`), key);
  if (tab.width > 0) {
    await humanClick(page, tab.x + tab.width / 2, tab.y + tab.height / 2);
  } else {
    await clickWidget(page, 'panel_picker');
    await clickWidget(page, `panel_item_${key}`);
  }
  await settle(page, 4);
}

// Types `text` into the numeric or text field `name`, replacing what it held, and presses Enter.
export async function typeInto(page, name, text) {
  await clickWidget(page, name, { dx: 30 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await settle(page, 4);
}
