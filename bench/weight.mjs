// Weight, first frame and idle of the page against the bare Dear ImGui 1.86 demo built
// with the same toolchain (./build-wasm.sh bench builds it into build/demo/site/).
//   node bench/weight.mjs [--runs N] [--app DIR] [--demo DIR] [--out FILE]
// Every visit is a first visit (a fresh browser context: empty HTTP cache, no service
// worker), served by tools/serve.mjs with its precompressed files, in Debian's Chromium
// like the tests. It prints, per page: the requests and bytes of a first visit (the files'
// own sizes, and the bytes sent, compressed as the browser accepted them; the page's
// service worker precache included, which is why the visit waits for it to be active);
// for the app also the bytes once the story builder is cached for offline use, a few
// seconds after the first view; the first frame (ms from navigation to the first frame on
// screen; median of N runs, the two pages alternating; for the app also the first frame
// with its story, and where the app's time went: when main() began, SDL/WebGL/Dear ImGui
// set-up, the font atlas and the first frame itself, from state().startup); and the main
// loop's wake-ups in 5 s with nothing to do
// (animation-frame callbacks run, counted the same way in both pages).
// A measurement, not a test: it exits 0 whatever the figures are.
import fs from 'node:fs';
import { join } from 'node:path';
import { launch, DIST, ROOT } from '../tests/browser/harness.mjs';
import { serveDir } from '../tools/serve.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(opt('--runs', 9));
const appDir = opt('--app', DIST);
const demoDir = opt('--demo', join(ROOT, 'build', 'demo', 'site'));
const outFile = opt('--out', '');

// The same probes in both pages: when the app says its first frame is on screen
// (window.factlensReady), and how many animation-frame callbacks ran (the main loop's
// wake-ups: Emscripten drives it with requestAnimationFrame).
function probes() {
  window.__rafCalls = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => { window.__rafCalls++; cb(t); });
  let ready = false;
  Object.defineProperty(window, 'factlensReady', {
    configurable: true,
    get: () => ready,
    set: (v) => { if (v && !ready) window.__firstFrame = performance.now(); ready = v; },
  });
}

async function serve(dir) {
  const log = [];
  const server = await serveDir(dir, 0, '127.0.0.1', '/', (e) => log.push(e));
  return { server, log, url: `http://127.0.0.1:${server.address().port}/` };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const kb = (n) => (n / 1024).toFixed(0) + ' KB';

// One first visit: {firstFrame, requests, raw, sent}.
async function visit(browser, site, kind) {
  site.log.length = 0;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(probes);
  await page.goto(site.url);
  let firstFrame, ready = null, startup = null;
  if (kind === 'app') {
    await page.waitForFunction(() => window.factlensReady === true, null, { timeout: 60000 });
    // The app's first frame (shell.js sets factlensFirstFrame; a build before it had none:
    // then its first frame was the one with the story), and the story on screen.
    [firstFrame, ready] = await page.evaluate(() => [window.factlensFirstFrame ?? window.__firstFrame, window.__firstFrame]);
    // Where the app's time went (state().startup; a build before it had none).
    startup = await page.evaluate(() => JSON.parse(window.factlens.state()).startup ?? null);
    // The precache is part of a first visit: wait for the worker to be active.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => {}));
  } else {
    await page.waitForFunction(() => window.demoFirstFrame !== null, null, { timeout: 60000 });
    firstFrame = await page.evaluate(() => window.demoFirstFrame);
    ready = firstFrame;
  }
  await page.waitForTimeout(500);
  const log = [...site.log];
  // Then what makes every feature work offline: the story builder, which the service
  // worker caches once the page has been idle a moment (web/sw.js, DEFERRED).
  if (kind === 'app') await page.waitForFunction(() => window.factlensOfflineReady === true, null, { timeout: 60000 });
  await page.waitForTimeout(200);
  const all = [...site.log];
  await context.close();
  const sum = (l) => ({
    requests: l.length,
    raw: l.reduce((n, e) => n + (e.status === 200 ? e.raw : 0), 0),
    sent: l.reduce((n, e) => n + e.bytes, 0),
  });
  return { firstFrame, ready, startup, ...sum(log), files: log, offline: sum(all) };
}

// Main-loop wake-ups over 5 s once the page has nothing to do.
async function wakeups(browser, site, kind) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(probes);
  await page.goto(site.url);
  if (kind === 'app') {
    await page.waitForFunction(() => window.factlensReady === true && JSON.parse(window.factlens.state()).idle, null, { timeout: 60000 });
  } else {
    await page.waitForFunction(() => window.demoFirstFrame !== null, null, { timeout: 60000 });
  }
  await page.waitForTimeout(1000);
  const before = await page.evaluate(() => window.__rafCalls);
  await page.waitForTimeout(5000);
  const n = (await page.evaluate(() => window.__rafCalls)) - before;
  await context.close();
  return n;
}

if (!fs.existsSync(join(demoDir, 'index.js'))) {
  console.error(`weight: no demo in ${demoDir} (./build-wasm.sh bench builds it)`);
  process.exit(1);
}
const sites = { app: await serve(appDir), demo: await serve(demoDir) };
const browser = await launch();
const result = {};
try {
  const visits = { app: [], demo: [] };
  for (let i = 0; i < runs; i++) {
    for (const kind of i % 2 ? ['demo', 'app'] : ['app', 'demo']) visits[kind].push(await visit(browser, sites[kind], kind));
  }
  for (const kind of ['app', 'demo']) {
    const v = visits[kind];
    result[kind] = {
      requests: v[0].requests,
      raw: v[0].raw,
      sent: v[0].sent,
      files: v[0].files,
      offline: v[0].offline,
      firstFrameMs: median(v.map((x) => x.firstFrame)),
      firstFrames: v.map((x) => Math.round(x.firstFrame)),
      readyMs: median(v.map((x) => x.ready)),
      // Medians of each start-up figure the app reports (ms).
      startup: v[0].startup ? Object.fromEntries(Object.keys(v[0].startup).map((k) => [k, median(v.map((x) => x.startup[k]))])) : null,
      idleWakeups5s: await wakeups(browser, sites[kind], kind),
    };
  }
} finally {
  await browser.close();
  for (const s of Object.values(sites)) s.server.close();
}
const a = result.app, d = result.demo;
console.log(`first visit, app:  ${a.requests} requests, ${kb(a.raw)} raw, ${kb(a.sent)} as sent (compressed)`);
console.log(`first visit, demo: ${d.requests} requests, ${kb(d.raw)} raw, ${kb(d.sent)} as sent (compressed)`);
console.log(`  app / demo: ${(a.raw / d.raw).toFixed(2)}x raw, ${(a.sent / d.sent).toFixed(2)}x sent`);
// What each file of the app's first visit costs, largest first (the bytes as sent; the
// service worker's revalidations, answered 304 with nothing, left out).
for (const e of [...a.files].filter((f) => f.bytes > 0).sort((x, y) => y.bytes - x.bytes)) {
  console.log(`    ${String(e.bytes).padStart(8)} B sent  ${String(e.status === 200 ? e.raw : 0).padStart(8)} B raw  ${e.path ?? e.url}`);
}
console.log(`  app, with the story builder cached for offline use after the first view: ${a.offline.requests} requests, ${kb(a.offline.raw)} raw, ${kb(a.offline.sent)} sent (${(a.offline.sent / d.sent).toFixed(2)}x the demo)`);
console.log(`first frame (median of ${runs}): app ${a.firstFrameMs.toFixed(0)} ms, demo ${d.firstFrameMs.toFixed(0)} ms, ratio ${(a.firstFrameMs / d.firstFrameMs).toFixed(2)}`);
console.log(`  app runs ${a.firstFrames.join(' ')}; demo runs ${d.firstFrames.join(' ')}`);
console.log(`story on screen (median): app ${a.readyMs.toFixed(0)} ms, ratio to the demo's first frame ${(a.readyMs / d.firstFrameMs).toFixed(2)}`);
if (a.startup) {
  const s = a.startup;
  console.log(`  app start-up (medians): main() at ${s.main_at_ms.toFixed(0)} ms, SDL + WebGL + Dear ImGui ${s.init_ms.toFixed(0)} ms, ` +
              `font atlas ${s.first_atlas_ms.toFixed(0)} ms, first frame ${s.first_frame_ms.toFixed(0)} ms (done at ${s.first_frame_at_ms.toFixed(0)} ms)`);
}
console.log(`idle wake-ups in 5 s: app ${a.idleWakeups5s}, demo ${d.idleWakeups5s}`);
if (outFile) fs.writeFileSync(outFile, JSON.stringify(result, null, 1));
