// Precompresses dist/: writes FILE.br (brotli, quality 11; 9 for font slices) and FILE.gz (gzip -9) beside
// every file worth compressing, so a static host (and tools/serve.mjs) can send them with
// Content-Encoding instead of compressing on every request. Node's own zlib does both.
//   node tools/compress.mjs DIST
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

// Already compressed (PNG) or too small to gain: left alone.
const SKIP = new Set(['.png', '.br', '.gz']);
const MIN_BYTES = 256;

function walk(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

const dist = process.argv[2] || 'dist';
let raw = 0, gz = 0, br = 0, n = 0;
for (const file of walk(dist)) {
  if (SKIP.has(extname(file)) || statSync(file).size < MIN_BYTES) continue;
  const body = readFileSync(file);
  const g = gzipSync(body, { level: 9 });
  // Quality 11 for the page's own files; 9 for the ~150 font slices (fetched only when a
  // story needs one), which at 11 would take minutes of every build.
  const quality = /[\\/]fonts[\\/]/.test(file) ? 9 : 11;
  const b = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  // Only kept when smaller (a font slice may not shrink): the server then sends the original.
  if (g.length < body.length) writeFileSync(file + '.gz', g);
  if (b.length < body.length) writeFileSync(file + '.br', b);
  raw += body.length; gz += Math.min(g.length, body.length); br += Math.min(b.length, body.length); n++;
}
const kb = (x) => (x / 1024).toFixed(0) + ' KB';
console.log(`compress: ${n} files, ${kb(raw)} raw, ${kb(gz)} gzip, ${kb(br)} brotli`);
