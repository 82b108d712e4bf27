// Where a view's frames go at 10,000 sources: opens the synthetic story of bench/views.mjs in
// the page, goes to the view, makes the same mouse moves and scrolls as bench/views.mjs under
// Chromium's CPU profiler, and prints the functions with the most time of their own, wasm
// functions named from factlens.js.symbols (the build's symbol map).
//   node bench/profile-view.mjs [view]      (figures unless given)
// A measurement, not a test. Needs build/big-stories/10000-inline (node bench/views.mjs makes it).
import fs from 'node:fs';
import { join } from 'node:path';
import { launch, startServer, settle, state, items, ROOT } from '../tests/browser/harness.mjs';
import { readSymbols } from './symbols.mjs';
const view = process.argv[2] || 'figures';
const file = join(ROOT, 'build', 'big-stories', '10000-inline', 'corpus.json');
if (!fs.existsSync(file)) throw new Error(`${file} is missing: node bench/views.mjs --sizes 10000 makes it`);
const { server, url } = await startServer();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(url);
await page.waitForFunction(() => window.factlensReady === true, null, { timeout: 60000 });
await page.setInputFiles('#open-story', file);
await page.waitForFunction(() => { const s = JSON.parse(window.factlens.state()); return s.idle && s.counts.sources === 10000; }, null, { timeout: 600000, polling: 250 });
await settle(page, 120000);
const tab = (await items(page)).find((x) => x.id === `tab/${view}`);
await page.mouse.click(tab.x + tab.w / 2, tab.y + tab.h / 2);
await page.waitForFunction((v) => JSON.parse(window.factlens.state()).view === v, view, { timeout: 120000 });
await settle(page, 300000);
const own = (await items(page)).filter((it) => it.visible && !/^(tab|menu)\//.test(it.id) && it.id !== 'copy-link' && it.y > 90);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await page.evaluate(() => window.factlens.resetTimings());
await cdp.send('Profiler.start');
for (let i = 0; i < 40; i++) {
  const it = own[i % own.length];
  await page.mouse.move(it.x + it.w / 2, it.y + it.h / 2);
  if (i % 8 === 7) await page.mouse.wheel(0, 240);
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).settled, null, { timeout: 120000, polling: 'raf' });
}
const { profile } = await cdp.send('Profiler.stop');
console.log(JSON.stringify((await state(page)).frame_times));
const syms = readSymbols(join(ROOT, 'build', 'web', 'factlens.js.symbols'));
const self = new Map();
const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (let k = 0; k < profile.samples.length; k++) {
  const n = byId.get(profile.samples[k]); let name = n.callFrame.functionName || '(anon)';
  const m = name.match(/^\$?(?:func|wasm-function\[)?(\d+)\]?$/); if (m) name = syms.get(Number(m[1])) ?? name;
  self.set(name, (self.get(name) ?? 0) + (dt[k] ?? 0));
}
const tot = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 1000).toFixed(1).padStart(8), 'ms', (100 * v / tot).toFixed(1).padStart(5) + '%', k.slice(0, 140));
await browser.close(); server.close();
