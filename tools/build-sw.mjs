// Stamps dist/sw.js with the build: a content hash of every file the page needs (so a
// new build gets a new cache and the page notices it) and the list to precache.
//   node tools/build-sw.mjs DIST
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const files = readdirSync(dist, { withFileTypes: true })
  .filter((e) => e.isFile() && e.name !== 'sw.js' && !e.name.startsWith('.') && !/\.(br|gz)$/.test(e.name))
  .map((e) => e.name)
  .sort();
const hash = createHash('sha256');
for (const f of files) {
  hash.update(f);
  hash.update(readFileSync(join(dist, f)));
}
const swPath = join(dist, 'sw.js');
const template = readFileSync(swPath, 'utf8');
hash.update(template);
const build = hash.digest('hex').slice(0, 16);
// The story builder (the worker's wasm and glue, and build-worker.js that runs them) and the
// PNG icons (only installing the app shows them) are cached after the first view, not
// before it (sw.js, DEFERRED).
const deferred = files.filter((f) => /^(factlens-worker\.(js|wasm)|build-worker\.js|.*\.png)$/.test(f));
const out = template
  .replace("'__FACTLENS_BUILD__'", JSON.stringify(build))
  // The page once, as './' (what a visit fetches; sw.js answers index.html with it too), so
  // a first visit does not download index.html a second time.
  .replace('__FACTLENS_PRECACHE__', JSON.stringify(['./', ...files.filter((f) => !deferred.includes(f) && f !== 'index.html')]))
  .replace('__FACTLENS_DEFERRED__', JSON.stringify(deferred));
if (out === template) throw new Error('sw.js has no __FACTLENS_BUILD__ placeholder');
writeFileSync(swPath, out);
writeFileSync(join(dist, 'build.json'), JSON.stringify({ build, files: files.length }) + '\n');
console.log(`sw.js: build ${build}, ${files.length + 1 - deferred.length} entries precached, ${deferred.length} after the first view`);
