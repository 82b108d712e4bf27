// The throughput summary of one `./build-wasm.sh bench` run: native extract() (Google
// Benchmark), wasm extract() in Chromium and chrono-node, side by side, in MB/s (10^6 bytes
// per second), from the JSON files the three steps wrote.
//   node bench/summary.mjs build/bench-run
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] || 'build/bench-run';
const read = (f) => { try { return JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')); } catch { return null; } };
const native = read('native.json'), wasm = read('wasm.json'), compare = read('compare.json');
const mb = (x) => (x == null || !Number.isFinite(x) ? 'missing' : `${x.toFixed(1)} MB/s`);
const bench = (name) => {
  const b = native?.benchmarks?.find((x) => x.name === name || x.run_name === name);
  return b ? b.bytes_per_second / 1e6 : null;
};
const rows = [
  ['native extract(), per article (BM_Extract)', bench('BM_Extract'), 'goal >= 50'],
  ['native extract(), 1 MB text (BM_ExtractLong)', bench('BM_ExtractLong'), ''],
  ['native CLI factlens extract --count', compare?.factlens?.mbPerSecond, 'process start-up subtracted'],
  ['wasm extract() in Chromium', wasm?.mbPerSecond, 'goal >= 30'],
  ['chrono-node chrono.parse (dates only)', compare?.chrono?.mbPerSecond, ''],
  ['Recognizers-Text, all four models', compare?.recognizers?.mbPerSecond, ''],
];
const w = Math.max(...rows.map((r) => r[0].length));
for (const [what, v, note] of rows) console.log(`${what.padEnd(w)}  ${mb(v).padStart(12)}${note ? `  (${note})` : ''}`);
if ([bench('BM_Extract'), wasm?.mbPerSecond, compare?.chrono?.mbPerSecond].some((x) => x == null)) {
  console.log('some figures are missing: see the steps above');
  process.exitCode = 1;
}
