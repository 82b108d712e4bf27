// Per-view frame times of the page on large synthetic stories (tools/make-big-story.py: ten
// claims per source, each stated twice), in Debian's Chromium like the tests.
//   node bench/views.mjs [--sizes 1000,10000] [--views timeline,figures] [--frames N] [--out FILE]
// For each size it opens the story file in the page (the worker reads and checks it, as any
// opened story) and prints the time until it is on screen. Then, per view, it moves the
// mouse over the view's own widgets (found by name in factlens.items()) and scrolls it, one
// frame per move, and prints the app's own work per frame (state().frame_times: building the frame
// in ImGui and the app, not WebGL drawing it): median, 95th percentile and the longest.
// A measurement, not a test: it exits 0 whatever the figures are.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, startServer, settle, state, items, ROOT } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt('--sizes', '1000,10000').split(',').map(Number);
const moves = Number(opt('--frames', 40));
const outFile = opt('--out', '');
const VIEWS = opt('--views', 'overview,timeline,figures,sources,claims,findings,compare').split(',');

function story(n) {
  const dir = join(ROOT, 'build', 'big-stories', `${n}-inline`);
  const file = join(dir, 'corpus.json');
  if (!fs.existsSync(file)) execFileSync('/usr/bin/python3', [join(ROOT, 'tools', 'make-big-story.py'), String(n), '--inline', '--out', dir]);
  return file;
}

async function clickItem(page, id) {
  const it = (await items(page)).find((x) => x.id === id);
  if (!it) throw new Error(`no ${id}`);
  await page.mouse.click(it.x + it.w / 2, it.y + it.h / 2);
}

const { server, url } = await startServer();
const browser = await launch();
const results = [];
for (const n of sizes) {
  const file = story(n);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.factlensReady === true, null, { timeout: 60000 });
  await settle(page);
  const t0 = Date.now();
  await page.setInputFiles('#open-story', file);
  await page.waitForFunction((count) => {
    const s = JSON.parse(window.factlens.state());
    return s.idle && s.counts.sources === count;
  }, n, { timeout: 600000, polling: 250 });
  const openMs = Date.now() - t0;
  console.log(`${n} sources: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB, on screen in ${(openMs / 1000).toFixed(1)} s`);
  const row = { sources: n, open_ms: openMs, views: {} };
  for (const view of VIEWS) {
    await clickItem(page, `tab/${view}`);
    await page.waitForFunction((v) => JSON.parse(window.factlens.state()).view === v, view, { timeout: 120000 });
    await settle(page, 120000);
    // The view's own widgets, the tabs and the app bar left out: the mouse goes over each.
    const own = (await items(page)).filter((it) => it.visible && !/^(tab|menu)\//.test(it.id) && it.id !== 'copy-link' && it.y > 90);
    await page.evaluate(() => window.factlens.resetTimings());
    for (let i = 0; i < moves; i++) {
      const it = own.length ? own[i % own.length] : { x: 640, y: 400, w: 0, h: 0 };
      await page.mouse.move(it.x + it.w / 2, it.y + it.h / 2);
      if (i % 8 === 7) await page.mouse.wheel(0, 240);
      await page.waitForFunction(() => JSON.parse(window.factlens.state()).settled, null, { timeout: 120000, polling: 'raf' });
    }
    const f = (await state(page)).frame_times;
    row.views[view] = f;
    console.log(`  ${view.padEnd(9)} ${String(f.count).padStart(4)} frames: median ${f.median_ms.toFixed(1)} ms, p95 ${f.p95_ms.toFixed(1)} ms, longest ${f.max_ms.toFixed(1)} ms`);
  }
  results.push(row);
  await context.close();
}
await browser.close();
server.close();
console.log('\nframe work per view (ms, median / p95), goal < 8 ms');
console.log(['view', ...sizes.map((n) => `${n} sources`)].join(' | '));
for (const view of VIEWS) {
  console.log([view, ...results.map((r) => `${r.views[view].median_ms.toFixed(1)} / ${r.views[view].p95_ms.toFixed(1)}`)].join(' | '));
}
if (outFile) fs.writeFileSync(outFile, JSON.stringify(results, null, 2));
