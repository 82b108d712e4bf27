// Shared set-up for the browser tests: serve dist/ on a loopback port and open it in
// Debian's Chromium through playwright-core (never a downloaded browser).
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir } from '../../tools/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// FACTLENS_DIST: another built site to test or measure (bench builds compared side by side).
export const DIST = process.env.FACTLENS_DIST ? process.env.FACTLENS_DIST : join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'build', 'screenshots');

// Flags from docs/toolchain: swiftshader WebGL (else screenshots come out black), and no
// background networking (this machine reaches no Google host).
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
];

export async function startServer(dir = DIST, prefix = '/') {
  const server = await serveDir(dir, 0, '127.0.0.1', prefix);
  return { server, url: `http://127.0.0.1:${server.address().port}${prefix}` };
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// Opens the app, collects console errors and page errors, and waits for the first frame.
export async function openApp(browser, url, { width = 1280, height = 800, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  // Any Content-Security-Policy violation fails the test that saw it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.factlensReady === true, null, { timeout: 60000 });
  return { context, page, errors };
}

export async function state(page) {
  return JSON.parse(await page.evaluate(() => window.factlens.state()));
}

// Takes a screenshot into build/screenshots/ and counts, in the page, the pixels that
// differ from the clear colour (the page background), so a blank canvas fails.
export async function screenshot(page, name, { clip } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  const png = await page.screenshot({ path, clip });
  const stats = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let differing = 0;
    const colours = new Set();
    for (let i = 0; i < d.length; i += 4) {
      if (Math.abs(d[i] - 246) + Math.abs(d[i + 1] - 244) + Math.abs(d[i + 2] - 239) > 12) differing++;
      if (colours.size < 4096) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    }
    return { width: c.width, height: c.height, differing, colours: colours.size, first: [...d.slice(0, 3)] };
  }, png.toString('base64'));
  return { path, ...stats };
}

// Registers before/after hooks that serve dist/ and launch Chromium once per test file;
// returns an object whose `url` and `browser` are set once the hooks have run.
export function useBrowser() {
  const env = { url: null, browser: null, server: null };
  before(async () => {
    const started = await startServer();
    env.server = started.server;
    env.url = started.url;
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}

// Waits until the app says its screen is final: no input queued, no frame asked for
// (state().settled; a story building in the worker may go on). Then the last frame is
// what is on screen, and items() describes it.
export async function settle(page, timeout = 30000) {
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).settled === true, null, { timeout });
}

export async function items(page) {
  return page.evaluate(() => window.factlens.items());
}

function matches(item, key) {
  if (key instanceof RegExp) return key.test(item.id) || key.test(item.label);
  return item.id === key || item.label === key;
}

// Finds a visible widget by id or label (a string matches exactly, a RegExp anywhere),
// waiting for it to be drawn; fails with the visible labels when nothing matches.
export async function find(page, key, { timeout = 15000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    await settle(page, Math.max(1000, end - Date.now()));
    const list = await items(page);
    const hit = list.find((it) => it.visible && matches(it, key) && it.shown.w > 0 && it.shown.h > 0);
    if (hit) return hit;
    if (Date.now() > end) {
      const seen = list.filter((it) => it.visible).map((it) => (it.label && it.label !== it.id ? `${it.id} (${it.label})` : it.id));
      throw new Error(`no visible widget ${key} among: ${seen.join(', ')}`);
    }
    await page.waitForTimeout(100);
  }
}

// The centre of the part of a widget that shows.
export function centre(item) {
  return [item.shown.x + item.shown.w / 2, item.shown.y + item.shown.h / 2];
}

// Clicks a widget by id or label with a real mouse event at its centre.
export async function click(page, key, options) {
  const item = await find(page, key, options);
  await page.mouse.click(...centre(item));
  return item;
}

// Moves the mouse over a widget (hover shows tooltips and opens submenus).
export async function hover(page, key, options) {
  const item = await find(page, key, options);
  await page.mouse.move(...centre(item));
  return item;
}

// Shows a view through its tab, as a user does, and waits for it.
export async function showView(page, name) {
  await click(page, `tab/${name}`);
  await page.waitForFunction((v) => JSON.parse(window.factlens.state()).view === v, name, { timeout: 15000 });
  await settle(page);
}

// The colour [r, g, b] of one CSS pixel of the page, from a screenshot.
export async function pixelAt(page, x, y) {
  const shot = await screenshot(page, 'pixel', { clip: { x: Math.floor(x), y: Math.floor(y), width: 1, height: 1 } });
  return shot.first;
}

// A main-thread budget in wall time, stretched by how overloaded the machine is right now:
// on a machine running more work than it has cores (CI on a busy 2-core box), every task
// takes longer by about the load per core, and a 200 ms budget means 200 ms of the app's
// own work, not of the neighbours'.
export function taskBudget(ms) {
  return Math.round(ms * Math.max(1, loadavg()[0] / cpus().length));
}

// A finger's swipe from one point to another (CSS pixels), through the DevTools protocol's
// touch events (the page must have a touch screen: newContext({ hasTouch: true })).
export async function swipe(page, [x0, y0], [x1, y1], { steps = 12, ms = 16 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const point = (x, y) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x0, y0) });
  for (let i = 1; i <= steps; i++) {
    await page.waitForTimeout(ms);
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove', touchPoints: point(x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps),
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

// Two fingers moving apart (or together) about a point, through the DevTools protocol's
// touch events: from `from` to `to` CSS pixels apart, sideways.
export async function pinch(page, [cx, cy], from, to, { steps = 12, ms = 16 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const fingers = (d) => [{ x: cx - d / 2, y: cy, id: 1, radiusX: 4, radiusY: 4, force: 1 },
                          { x: cx + d / 2, y: cy, id: 2, radiusX: 4, radiusY: 4, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from).slice(0, 1) });
  await page.waitForTimeout(ms);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from) });
  for (let i = 1; i <= steps; i++) {
    await page.waitForTimeout(ms);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(from + ((to - from) * i) / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

// A tap on a widget by id or label (page.touchscreen: a real touch, not a mouse click).
export async function tap(page, key, options) {
  const item = await find(page, key, options);
  await page.touchscreen.tap(...centre(item));
  return item;
}

// Pairs of visible widgets (neither holding the other) that cover each other: labels drawn
// over labels. A figure's marks sit on its bar by design (dot/<claim>/* on bar/<claim>), and
// so may its value (value/<claim>), but never under its dots.
const onItsBar = (a, b) => {
  const claim = (id) => id.replace(/^(bar|dot|value)\/([^/]+).*$/, '$2');
  const kinds = [a, b].map((id) => id.split('/')[0]).sort().join('+');
  return ['bar+dot', 'dot+dot', 'bar+bar', 'bar+value'].includes(kinds) && claim(a) === claim(b);
};
export function overlapping(list) {
  const vis = list.filter((it) => it.visible && it.shown.w > 1 && it.shown.h > 1);
  const inside = (a, b) => a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.w <= b.x + b.w + 1 && a.y + a.h <= b.y + b.h + 1;
  const leaves = vis.filter((a) => !vis.some((b) => b !== a && inside(b, a) && !inside(a, b)));
  const out = [];
  for (let i = 0; i < leaves.length; i++) {
    for (let j = i + 1; j < leaves.length; j++) {
      const a = leaves[i].shown, b = leaves[j].shown;
      const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (w <= 0 || h <= 0 || onItsBar(leaves[i].id, leaves[j].id)) continue;
      if (w * h > 0.3 * Math.min(a.w * a.h, b.w * b.h)) out.push(`${leaves[i].id} / ${leaves[j].id}`);
    }
  }
  return out;
}
