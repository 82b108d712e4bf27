// Shared set-up for the browser tests: serve dist/ on a loopback port and open it in
// Debian's Chromium through playwright-core (never a downloaded browser).
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir } from '../../tools/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
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
  await page.goto(url);
  await page.waitForFunction(() => window.factlensReady === true, null, { timeout: 60000 });
  return { context, page, errors };
}

export async function state(page) {
  return JSON.parse(await page.evaluate(() => window.factlens.state()));
}

// Takes a screenshot into build/screenshots/ and counts, in the page, the pixels that
// differ from the clear colour (the page background), so a blank canvas fails.
export async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  const png = await page.screenshot({ path });
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
    return { width: c.width, height: c.height, differing, colours: colours.size };
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

// Waits until the app has drawn everything an input asked for: it idles (draws no
// frames) once it settles, so two equal frame counts 120 ms apart mean the screen is
// final. Use before clicking at coordinates that depend on the last change.
export async function settle(page, timeout = 15000) {
  const end = Date.now() + timeout;
  let last = -1;
  while (Date.now() < end) {
    const frames = JSON.parse(await page.evaluate(() => window.factlens.state())).frames;
    if (frames === last) return;
    last = frames;
    await page.waitForTimeout(120);
  }
}
