// In-browser extraction throughput: serves dist/, opens it in Debian's Chromium and asks
// the page's worker (the wasm core) to extract the default story's five articles many times over.
//   node bench/browser-throughput.mjs [repeats] [--out FILE]
// --out FILE also writes the figures as JSON (./build-wasm.sh bench prints them in its summary).
import fs from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, openApp, ROOT } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outFile = outAt >= 0 ? args[outAt + 1] : '';
if (outAt >= 0) args.splice(outAt, 2);
const repeats = Number(args[0] || 400);
// The five texts and their dates, as the curated story gives them.
const storyDir = join(ROOT, 'assets', 'bytedance-ai-2025');
const corpus = JSON.parse(fs.readFileSync(join(storyDir, 'corpus.json'), 'utf8'));
const texts = corpus.sources.map((s) => ({ text: fs.readFileSync(join(storyDir, s.text_file), 'utf8'), date: s.published?.date }));
const { server, url } = await startServer();
const browser = await launch();
try {
  const { page } = await openApp(browser, url);
  // Extraction runs in the page's worker (the main thread has no extractor): one worker,
  // asked over and over.
  const measure = (n) => page.evaluate(({ texts, n }) => {
    window.__throughputWorker ??= new Worker('build-worker.js');
    const w = window.__throughputWorker;
    return new Promise((resolve) => {
      w.onmessage = (e) => { if (e.data?.type === 'measured') resolve(e.data.mbPerSecond); };
      w.postMessage({ type: 'measure-extract', texts, repeats: n });
    });
  }, { texts, n });
  // One untimed pass first, as compare.mjs gives chrono-node: the first calls run in V8's
  // baseline wasm tier until the optimising compiler has taken over.
  await measure(Math.max(1, repeats >> 2));
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await measure(repeats));
  runs.sort((a, b) => a - b);
  console.log(`factlens extract() in Chromium (wasm, in the page's worker): ${runs[1].toFixed(1)} MB/s (median of 3 runs of ${repeats} x the five articles after a warm-up; runs ${runs.map((r) => r.toFixed(1)).join(', ')})`);
  if (outFile) fs.writeFileSync(outFile, JSON.stringify({ mbPerSecond: runs[1], runs, repeats }));
} finally {
  await browser.close();
  server.close();
}
