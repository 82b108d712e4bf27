// The build's symbol map (emcc --emit-symbol-map: "index:name" per line, with Emscripten's
// \xx escapes for characters a wasm name may not hold) as a Map from function index to its
// readable name. Used by profile-view.mjs and wasm-sizes.mjs.
import fs from 'node:fs';

export function readSymbols(path) {
  const names = new Map();
  if (!fs.existsSync(path)) return names;
  for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) names.set(Number(line.slice(0, colon)), line.slice(colon + 1).replace(/\\([0-9a-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))));
  }
  return names;
}
