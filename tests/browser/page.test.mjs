// The page opens: the app draws the default story, idles, follows the pixel ratio, and
// explains itself when the browser lacks what it needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, state, screenshot, settle, click, find, centre } from './harness.mjs';

const env = useBrowser();

test('the default story opens on its overview, its five sources listed', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  const s = await state(page);
  assert.equal(s.view, 'overview');
  for (const id of ['reuters-000', 'rewrite-001', 'ft-digest-002', 'summary-003', 'future-004']) await find(page, `source/${id}`);
  assert.equal(s.corpus, 'bytedance-ai-2025');
  assert.equal(s.counts.sources, 5);
  assert.equal(s.error, null);
  assert.equal(s.selection.source, null);
  const shot = await screenshot(page, 'page-default-1280x800');
  // A drawn UI: a good share of pixels differ from the clear colour, in many colours.
  assert.ok(shot.differing > shot.width * shot.height * 0.05, `only ${shot.differing} non-background pixels`);
  assert.ok(shot.colours > 50, `only ${shot.colours} colours`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('clicking a source in the list selects it and opens it in the reader', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  const row = await click(page, 'source/reuters-000');
  assert.match(row.label, /Reuters/);
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).selection.source !== null);
  assert.equal((await state(page)).selection.source, 'reuters-000');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).selection.source === null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an untouched page draws no frames; input wakes it', async () => {
  const { context, page } = await openApp(env.browser, env.url);
  await settle(page);  // the frames after start-up
  const idle1 = (await state(page)).frames;
  await page.waitForTimeout(1000);
  const idle2 = (await state(page)).frames;
  assert.equal(idle2, idle1, 'frames were drawn while nothing happened');
  const [x, y] = centre(await find(page, 'tab/claims'));
  await page.mouse.move(x, y);
  await page.mouse.move(x + 4, y + 2);
  await page.waitForFunction((n) => JSON.parse(window.factlens.state()).frames > n, idle2);
  await context.close();
});

test('the canvas is sized in device pixels on a HiDPI screen and follows resizes', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1000, height: 700, deviceScaleFactor: 2 });
  const size = () => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
  });
  assert.deepEqual(await size(), { w: 2000, h: 1400, cssW: 1000, cssH: 700 });
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 2400);
  assert.deepEqual(await size(), { w: 2400, h: 1600, cssW: 1200, cssH: 800 });
  const shot = await screenshot(page, 'page-hidpi-1200x800@2');
  assert.ok(shot.differing > shot.width * shot.height * 0.05);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without WebGL2 the page says so in words', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  await page.goto(env.url);
  const message = page.locator('#error');
  await message.waitFor({ state: 'visible' });
  assert.match(await message.innerText(), /no WebGL2/);
  assert.equal(await page.evaluate(() => window.factlensReady), undefined);
  await context.close();
});

test('a wasm that fails to download gives a readable error', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route('**/factlens.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(env.url);
  const message = page.locator('#error');
  await message.waitFor({ state: 'visible', timeout: 30000 });
  assert.match(await message.innerText(), /stopped|download/i);
  await context.close();
});
