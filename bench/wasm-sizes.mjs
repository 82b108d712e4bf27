// Where the bytes of a wasm file go: the code section's function bodies summed by what they
// belong to (Dear ImGui, SDL, nlohmann/json, factlens's core, its views, libc++, ...),
// named from the build's symbol map (emcc --emit-symbol-map), and the largest functions.
//   node bench/wasm-sizes.mjs [WASM] [SYMBOLS] [--top N]
// Defaults: build/web/factlens.wasm and build/web/factlens.js.symbols. Sizes are raw bytes
// of code; each group's brotli size is that of its functions' bodies compressed together,
// so the groups' brotli sizes add up to more than the file's (each is compressed alone).
// A measurement, not a test: it exits 0 whatever the figures are.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSymbols } from './symbols.mjs';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
const files = args.filter((a, i) => !a.startsWith("--") && !["--top", "--group"].includes(args[i - 1]));
const wasmPath = files[0] ?? join(ROOT, 'build', 'web', 'factlens.wasm');
const symbolsPath = files[1] ?? wasmPath.replace(/\.wasm$/, '.js.symbols');

const bytes = fs.readFileSync(wasmPath);
let at = 8;  // past the magic and the version
const uleb = () => {
  let result = 0, shift = 0, b;
  do {
    b = bytes[at++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return result;
};
const skipName = () => { const n = uleb(); at += n; };
const skipLimits = () => { const flags = bytes[at++]; uleb(); if (flags & 1) uleb(); };

const sections = {};
let importedFunctions = 0;
const bodies = [];  // {index, start, end}
while (at < bytes.length) {
  const id = bytes[at++];
  const size = uleb();
  const end = at + size;
  sections[id] = (sections[id] ?? 0) + size;
  if (id === 2) {  // imports: only functions take function indices
    for (let n = uleb(); n > 0; n--) {
      skipName();
      skipName();
      const kind = bytes[at++];
      if (kind === 0) { uleb(); importedFunctions++; }
      else if (kind === 1) { at++; skipLimits(); }
      else if (kind === 2) skipLimits();
      else if (kind === 3) at += 2;
      else throw new Error(`unknown import kind ${kind}`);
    }
  } else if (id === 10) {
    const n = uleb();
    for (let i = 0; i < n; i++) {
      const len = uleb();
      bodies.push({ index: importedFunctions + i, start: at, end: at + len });
      at += len;
    }
  }
  at = end;
}

const names = readSymbols(symbolsPath);

// What a function belongs to, from its (demangled) name.
function group(name) {
  if (!name) return 'unnamed';
  if (/nlohmann/.test(name)) return 'nlohmann/json';
  if (/^SDL_|^Emscripten_|SDL_/.test(name)) return 'SDL2';
  if (/ImGui_Impl/.test(name)) return 'Dear ImGui backends';
  if (/^(ImGui|Im[A-Z]|stb|STB|ImStb|ImFont|ImDraw)/.test(name) || /ImGui::|ImStb::|stbtt|stbrp/.test(name)) return 'Dear ImGui';
  if (/^factlens::(draw_|.*view|items::|touch::|theme::|rich_text|fonts|.*Dialog)|^factlens::App|LibraryDialog|AddSources|VirtualRows/.test(name)) return 'factlens app (views, dialogs)';
  if (/^factlens::|^\(anonymous namespace\)::|factlens_/.test(name)) return 'factlens core and app (other)';
  if (/^std::|^void std::|^bool std::|__cxx|__cxa|operator new|operator delete/.test(name)) return 'libc++';
  if (/^(gl[A-Z]|emscripten_gl)/.test(name)) return 'GL glue';
  if (/^(__|mem|str|dl|printf|vf?s?n?printf|fmt_|pop_arg|pad|wcs|mbs|qsort|sn?printf|_start|stack|emscripten_)/.test(name)) return 'libc and runtime';
  return 'other';
}

const groups = new Map();
for (const b of bodies) {
  const name = names.get(b.index) ?? '';
  const g = group(name);
  if (!groups.has(g)) groups.set(g, { raw: 0, parts: [], functions: 0 });
  const e = groups.get(g);
  e.raw += b.end - b.start;
  e.functions++;
  e.parts.push(bytes.subarray(b.start, b.end));
}
const br = (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';

console.log(`${wasmPath}: ${kb(bytes.length)} raw, ${kb(br(bytes))} br; code ${kb(sections[10] ?? 0)}, data ${kb(sections[11] ?? 0)}, ${bodies.length} functions`);
console.log('group                              raw         br  functions');
for (const [g, e] of [...groups].sort((a, b) => b[1].raw - a[1].raw)) {
  console.log(`${g.padEnd(32)} ${kb(e.raw)} ${kb(br(Buffer.concat(e.parts)))}  ${String(e.functions).padStart(8)}`);
}
console.log(`\nlargest ${top} functions (raw bytes):`);
for (const b of [...bodies].sort((x, y) => (y.end - y.start) - (x.end - x.start)).slice(0, top)) {
  console.log(`${String(b.end - b.start).padStart(8)}  ${(names.get(b.index) ?? `#${b.index}`).slice(0, 110)}`);
}

// --group NAME: that group's largest functions.
const groupAt = args.indexOf('--group');
if (groupAt >= 0) {
  const want = args[groupAt + 1];
  console.log(`\nlargest in ${want}:`);
  for (const b of bodies.filter((b) => group(names.get(b.index) ?? '') === want).sort((x, y) => (y.end - y.start) - (x.end - x.start)).slice(0, top)) {
    console.log(`${String(b.end - b.start).padStart(8)}  ${(names.get(b.index) ?? `#${b.index}`).slice(0, 110)}`);
  }
}
