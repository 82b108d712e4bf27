// In-browser extraction throughput: serves dist/, opens it in Debian's Chromium and asks
// the wasm app to extract the default story's five articles many times over.
//   node bench/browser-throughput.mjs [repeats] [--out FILE]
// --out FILE also writes the figures as JSON (./build-wasm.sh bench prints them in its summary).
import fs from 'node:fs';
import { startServer, launch, openApp } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outFile = outAt >= 0 ? args[outAt + 1] : '';
if (outAt >= 0) args.splice(outAt, 2);
const repeats = Number(args[0] || 400);
const { server, url } = await startServer();
const browser = await launch();
try {
  const { page } = await openApp(browser, url);
  // One untimed pass first, as compare.mjs gives chrono-node: the first calls run in V8's
  // baseline wasm tier until the optimising compiler has taken over.
  await page.evaluate((n) => window.Module.ccall('factlens_measure_extract', 'number', ['number'], [n]), Math.max(1, repeats >> 2));
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await page.evaluate((n) => window.Module.ccall('factlens_measure_extract', 'number', ['number'], [n]), repeats));
  runs.sort((a, b) => a - b);
  console.log(`factlens extract() in Chromium (wasm): ${runs[1].toFixed(1)} MB/s (median of 3 runs of ${repeats} x the five articles after a warm-up; runs ${runs.map((r) => r.toFixed(1)).join(', ')})`);
  if (outFile) fs.writeFileSync(outFile, JSON.stringify({ mbPerSecond: runs[1], runs, repeats }));
} finally {
  await browser.close();
  server.close();
}
