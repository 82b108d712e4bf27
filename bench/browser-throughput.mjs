// In-browser extraction throughput: serves dist/, opens it in Debian's Chromium and asks
// the wasm app to extract the default story's five articles many times over.
//   node bench/browser-throughput.mjs [repeats]
import { startServer, launch, openApp } from '../tests/browser/harness.mjs';

const repeats = Number(process.argv[2] || 400);
const { server, url } = await startServer();
const browser = await launch();
try {
  const { page } = await openApp(browser, url);
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await page.evaluate((n) => window.Module.ccall('factlens_measure_extract', 'number', ['number'], [n]), repeats));
  runs.sort((a, b) => a - b);
  console.log(`factlens extract() in Chromium (wasm): ${runs[1].toFixed(1)} MB/s (median of 3 runs of ${repeats} x the five articles; runs ${runs.map((r) => r.toFixed(1)).join(', ')})`);
} finally {
  await browser.close();
  server.close();
}
