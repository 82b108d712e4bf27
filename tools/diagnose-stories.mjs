#!/usr/bin/env node
// Why a gold disagreement of a story set is missed: for each item, whether the sentences
// of its quotes were aligned into one statement by the story builder (the statements are
// what the builder compares dates, doers, credits and scopes across). A development aid
// for the analysis; it reads the builder's FACTLENS_DEBUG_STATEMENTS dump.
//   node tools/diagnose-stories.mjs --dir=tests/stories-dev [story...] [--kind=scope]
// For every pair of quotes on different sides it prints "same statement", "two statements"
// or "alone" (a quote's sentence aligned with no other article's).
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const dir = path.resolve(root, (args.find((a) => a.startsWith('--dir=')) || '--dir=tests/stories-dev').slice(6));
const kind = (args.find((a) => a.startsWith('--kind=')) || '').slice(7);
const only = args.filter((a) => !a.startsWith('--'));
const cli = path.resolve(root, process.env.FACTLENS_CLI || 'build/native/factlens');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-diagnose-'));

for (const name of fs.readdirSync(dir).sort()) {
  const folder = path.join(dir, name);
  if (only.length && !only.includes(name)) continue;
  if (!fs.existsSync(path.join(folder, 'story.json'))) continue;
  const story = JSON.parse(fs.readFileSync(path.join(folder, 'story.json'), 'utf8'));
  const argv = ['build', ...story.articles.map((a) => `${a.file}@${a.date}`), '-o', path.join(tmp, `${name}.json`)];
  const r = spawnSync(cli, argv, { cwd: folder, encoding: 'utf8', env: { ...process.env, FACTLENS_DEBUG_STATEMENTS: '1' } });
  if (r.status !== 0) {
    console.log(`== ${name}: build failed\n${r.stderr}`);
    continue;
  }
  // statement id -> [{source, start, end}]
  const statements = [];
  for (const line of r.stderr.split('\n')) {
    if (!line.startsWith('statement ')) continue;
    statements.push(line.slice(10).split(' ').map((p) => {
      const m = /^(.*):(\d+)-(\d+)$/.exec(p);
      return { source: m[1], start: Number(m[2]), end: Number(m[3]) };
    }));
  }
  const texts = {};
  const where = (q) => {
    const file = q.file;
    texts[file] ??= fs.readFileSync(path.join(folder, file));
    const at = texts[file].indexOf(Buffer.from(q.exact, 'utf8'));
    const source = file.replace(/\.txt$/, '');
    for (let i = 0; i < statements.length; ++i)
      for (const s of statements[i]) if (s.source === source && s.start <= at && at < s.end) return i;
    return -1;
  };
  console.log(`== ${name}: ${statements.length} statements`);
  for (const d of story.disagreements) {
    if (kind && d.kind !== kind) continue;
    const qs = d.quotes.map((q, i) => ({ ...q, side: q.side ?? `#${i}`, st: where(q) }));
    const lines = [];
    for (let a = 0; a < qs.length; ++a)
      for (let b = a + 1; b < qs.length; ++b) {
        if (qs[a].side === qs[b].side) continue;
        const verdict = qs[a].st < 0 || qs[b].st < 0 ? 'alone' : qs[a].st === qs[b].st ? 'same statement' : 'two statements';
        lines.push(`    ${verdict}: ${qs[a].file} "${qs[a].exact}" / ${qs[b].file} "${qs[b].exact}"`);
      }
    console.log(`  ${d.id} (${d.kind})\n${lines.join('\n')}`);
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
