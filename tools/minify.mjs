// Minifies the page's own scripts in dist/ with Closure Compiler's SIMPLE optimisations
// (npm's google-closure-compiler, the one the glue is linked with): whitespace and comments
// out, local names shortened; global names (the scripts call one another through them) and
// strings are kept. The glue that emcc made (factlens.js, factlens-worker.js) is already
// minified and is left alone. Run after tools/build-sw.mjs, which fills sw.js's placeholders.
//   node tools/minify.mjs CLOSURE_COMPILER DIST
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [closure, dist] = process.argv.slice(2);
if (!closure || !dist) throw new Error('usage: node tools/minify.mjs CLOSURE_COMPILER DIST');
const glue = new Set(['factlens.js', 'factlens-worker.js']);
let before = 0, after = 0;
for (const name of readdirSync(dist).filter((f) => f.endsWith('.js') && !glue.has(f)).sort()) {
  const file = join(dist, name);
  const size = statSync(file).size;
  const out = execFileSync(closure, ['--compilation_level', 'SIMPLE', '--language_in', 'ECMASCRIPT_2021',
    '--language_out', 'ECMASCRIPT_2021', '--warning_level', 'QUIET', '--js', file], { maxBuffer: 1 << 26 });
  if (out.length === 0) throw new Error(`minify: Closure Compiler wrote nothing for ${file}`);
  // Written back only once Closure succeeded (execFileSync throws on its errors).
  writeFileSync(file, out);
  before += size;
  after += out.length;
}
console.log(`minify: page scripts ${(before / 1024).toFixed(1)} KB -> ${(after / 1024).toFixed(1)} KB`);
