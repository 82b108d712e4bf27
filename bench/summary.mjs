// The throughput summary of one `./build-wasm.sh bench` run: native extract() (Google
// Benchmark), wasm extract() in Chromium and chrono-node, side by side, in MB/s (10^6 bytes
// per second), from the JSON files the three steps wrote.
//   node bench/summary.mjs build/bench-run
// Google Benchmark divides by CPU time; the browser, the CLI and chrono-node can only be
// timed by the clock on the wall. Both are printed for the native runs, and the machine's
// load, since on a shared machine the wall-clock figures fall with it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = process.argv[2] || 'build/bench-run';
const read = (f) => { try { return JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')); } catch { return null; } };
const native = read('native.json'), wasm = read('wasm.json'), compare = read('compare.json');
const mb = (x) => (x == null || !Number.isFinite(x) ? 'missing' : `${x < 1 ? x.toPrecision(2) : x.toFixed(1)} MB/s`);
const bench = (name) => native?.benchmarks?.find((x) => x.name === name || x.run_name === name);
const cpu = (name) => { const b = bench(name); return b ? b.bytes_per_second / 1e6 : null; };
const wall = (name) => { const b = bench(name); return b ? (b.bytes_per_second * b.cpu_time) / b.real_time / 1e6 : null; };
const rows = [
  ['native extract(), per article (BM_Extract)', cpu('BM_Extract'), 'CPU time; goal >= 50'],
  ['  the same, by the wall clock', wall('BM_Extract'), 'wall'],
  ['native extract(), 1 MB text (BM_ExtractLong)', cpu('BM_ExtractLong'), 'CPU time'],
  ['  the same, by the wall clock', wall('BM_ExtractLong'), 'wall'],
  ['native CLI factlens extract --count', compare?.factlens?.mbPerSecond, 'wall, process start-up subtracted'],
  ['wasm extract() in Chromium', wasm?.mbPerSecond, `wall, median of ${wasm?.runs?.map((r) => r.toFixed(1)).join(', ') ?? '?'}; goal >= 30`],
  ['chrono-node chrono.parse (dates only)', compare?.chrono?.mbPerSecond, 'wall'],
  ['Recognizers-Text, all four models', compare?.recognizers?.mbPerSecond, 'wall'],
];
const w = Math.max(...rows.map((r) => r[0].length));
for (const [what, v, note] of rows) console.log(`${what.padEnd(w)}  ${mb(v).padStart(12)}${note ? `  (${note})` : ''}`);
const [l1] = os.loadavg();
console.log(`load average ${l1.toFixed(1)} on ${os.cpus().length} cores${l1 > os.cpus().length ? ': other work is running, and the wall-clock figures are lower for it' : ''}`);
if ([cpu('BM_Extract'), wasm?.mbPerSecond, compare?.chrono?.mbPerSecond].some((x) => x == null)) {
  console.log('some figures are missing: see the steps above');
  process.exitCode = 1;
}
