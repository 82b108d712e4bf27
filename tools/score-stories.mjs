#!/usr/bin/env node
// Scores the engine against the held-out stories in tests/stories/ (format and rule in
// tests/stories/README.md).
//
//   node tools/score-stories.mjs [STORY...] [--verbose] [--validate] [--keep] [--dir=FOLDER]
//
// For each tests/stories/*/story.json (or only the STORY folders named), runs the native CLI
// (env FACTLENS_CLI, default build/native/factlens) `build FILE@DATE... -o TMP/story.json`, then
// `check TMP/story.json --json`, and matches every reported finding (every disagreement, and
// every check that does not agree) against the gold items by quote overlap. Prints found /
// missed / false alarms per story and in total. Exit status 0, unless the CLI crashes or fails
// on a story (1), or with --validate, a gold quote does not occur in its file (1).
//   --verbose   print every finding with its quotes and what it matched
//   --validate  only check the gold files (every `exact` occurs in its file, once)
//   --keep      keep the temporary folder with the built corpora
//   --dir=DIR   score the stories in DIR instead (tests/stories-holdout/ is the second
//               held-out set, written after the analysis was; tests/stories-dev/ the
//               development stories the rules may be tuned on)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// --dir=FOLDER scores the stories of another folder (tests/stories-dev: development stories
// the rules may be tuned on); the default is the held-out tests/stories.
const dirArg = args.find((a) => a.startsWith('--dir='));
const storiesDir = dirArg ? path.resolve(dirArg.slice(6)) : path.join(root, 'tests', 'stories');
const verbose = args.includes('--verbose');
const validateOnly = args.includes('--validate');
const keep = args.includes('--keep');
const only = args.filter((a) => !a.startsWith('--')).map((a) => path.basename(a.replace(/\/+$/, '')));
const cli = path.resolve(root, process.env.FACTLENS_CLI || 'build/native/factlens');
const TIMEOUT_MS = 120_000;

// ---- gold -------------------------------------------------------------------------------

// Byte offsets of every occurrence of `needle` in `hay` (both Buffers).
function occurrences(hay, needle) {
  const out = [];
  if (needle.length === 0) return out;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function loadStory(dir) {
  const problems = [];
  let story;
  try {
    story = JSON.parse(fs.readFileSync(path.join(dir, 'story.json'), 'utf8'));
  } catch (e) {
    return { problems: [`story.json: ${e.message}`] };
  }
  const texts = new Map();
  for (const a of story.articles || []) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(a.date || '')) problems.push(`${a.file}: date "${a.date}" is not YYYY-MM-DD`);
    try {
      texts.set(a.file, fs.readFileSync(path.join(dir, a.file)));
    } catch (e) {
      problems.push(`${a.file}: ${e.message}`);
    }
  }
  const ids = new Set();
  for (const group of ['disagreements', 'agreements']) {
    for (const item of story[group] || []) {
      if (ids.has(item.id)) problems.push(`${group} ${item.id}: duplicate id`);
      ids.add(item.id);
      if (!Array.isArray(item.quotes) || item.quotes.length < 2) problems.push(`${group} ${item.id}: needs at least two quotes`);
      for (const q of item.quotes || []) {
        const text = texts.get(q.file);
        if (!text) {
          problems.push(`${group} ${item.id}: ${q.file} is not one of the story's articles`);
          continue;
        }
        const n = occurrences(text, Buffer.from(q.exact, 'utf8')).length;
        if (n === 0) problems.push(`${group} ${item.id}: not in ${q.file}: "${q.exact}"`);
        else if (n > 1) problems.push(`${group} ${item.id}: ${n} times in ${q.file} (make it unique): "${q.exact}"`);
      }
    }
  }
  return { story, texts, problems };
}

// ---- running the CLI ------------------------------------------------------------------------

function run(argv, cwd) {
  const r = spawnSync(cli, argv, { cwd, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024 });
  let failure = null;
  if (r.error) failure = r.error.code === 'ETIMEDOUT' ? `timed out after ${TIMEOUT_MS / 1000}s` : r.error.message;
  else if (r.signal) failure = `killed by ${r.signal}`;
  else if (r.status !== 0) failure = `exit status ${r.status}`;
  return { ...r, failure };
}

function describeRun(argv, cwd, r) {
  const lines = [`  command: (cd ${cwd} && ${[cli, ...argv].map((a) => (/[\s'"]/.test(a) ? JSON.stringify(a) : a)).join(' ')})`];
  const tail = (s) => (s || '').trim().split('\n').slice(-15).map((l) => `    ${l}`).join('\n');
  if ((r.stderr || '').trim()) lines.push('  stderr:', tail(r.stderr));
  if ((r.stdout || '').trim() && r.stdout.length < 4000) lines.push('  stdout:', tail(r.stdout));
  return lines.join('\n');
}

// ---- matching ------------------------------------------------------------------------------

// Where a finding's quote is, in bytes of its source's text: the range the CLI gives if the
// text there is the quote, else the occurrence of the quote nearest to it, else text only.
function placeQuote(q, text) {
  const exact = Buffer.from(q.exact || '', 'utf8');
  if (!text) return { text: q.exact };
  const start = Number.isInteger(q.start) ? q.start : -1;
  if (start >= 0 && text.subarray(start, start + exact.length).equals(exact)) return { start, end: start + exact.length, text: q.exact };
  const all = occurrences(text, exact);
  if (all.length) {
    const best = all.reduce((a, b) => (Math.abs(b - start) < Math.abs(a - start) ? b : a));
    return { start: best, end: best + exact.length, text: q.exact };
  }
  return { text: q.exact };
}

function overlaps(fq, gq) {
  if (fq.file !== gq.file) return false;
  if (fq.start !== undefined && gq.ranges.length) return gq.ranges.some(([s, e]) => fq.start < e && s < fq.end);
  return fq.text.length > 0 && (gq.exact.includes(fq.text) || fq.text.includes(gq.exact));
}

// Whether two different quotes of the finding overlap gold quotes of two different sides. A
// gold quote's side is its "side" field, else its own index: without sides this is "two
// quotes of the finding on two different gold quotes"; with sides, two quotes on the same
// side of a disagreement (two sources that agree with each other) do not make a match.
function pairAcrossSides(fquotes, gquotes) {
  const hit = fquotes.map((fq) => new Set(gquotes.filter((gq) => overlaps(fq, gq)).map((gq) => gq.side)));
  for (let i = 0; i < hit.length; ++i)
    for (let j = 0; j < hit.length; ++j)
      if (i !== j) for (const a of hit[i]) for (const b of hit[j]) if (a !== b) return true;
  return false;
}

function goldQuotes(item, texts) {
  return item.quotes.map((q, i) => {
    const text = texts.get(q.file);
    const exact = Buffer.from(q.exact, 'utf8');
    const ranges = text ? occurrences(text, exact).map((s) => [s, s + exact.length]) : [];
    return { file: q.file, exact: q.exact, side: q.side ?? `#${i}`, ranges };
  });
}

// The finding kinds (src/core/model.cpp) that say what a gold kind says. A gold item matched
// only by findings of other kinds (a spelling finding listing every mention of a company that
// also appears in an actor swap) is still found by the rule, but flagged "as <kind>", and the
// total says how many were found as the right kind.
const naturalKinds = {
  value: ['value', 'qualifier'],
  share: ['value', 'qualifier', 'fraction'],
  year: ['year', 'value'],
  date: ['year', 'value'],
  'relative-date': ['year', 'value'],
  actor: ['actor'],
  attribution: ['attribution'],
  scope: ['scope'],
  spelling: ['spelling'],
  arithmetic: ['conversion', 'parts', 'fraction', 'change', 'per-capita', 'value'],
};
const rightKind = (goldKind, by) => by.some((f) => (naturalKinds[goldKind] || [goldKind]).includes(f.kind));

// ---- one story -----------------------------------------------------------------------------

function scoreStory(name, dir, loaded, tmp) {
  const { story, texts } = loaded;
  const out = path.join(tmp, `${name}.json`);
  const buildArgs = ['build', ...story.articles.map((a) => `${a.file}@${a.date}`), '-o', out, '--title', story.title || name];
  const b = run(buildArgs, dir);
  if (b.failure || !fs.existsSync(out)) {
    return { crash: `factlens build ${b.failure || 'wrote no corpus'}\n${describeRun(buildArgs, dir, b)}` };
  }
  const checkArgs = ['check', out, '--json'];
  const c = run(checkArgs, dir);
  let report;
  try {
    report = JSON.parse(c.stdout);
  } catch (e) {
    return { crash: `factlens check ${c.failure || 'printed no JSON'} (${e.message})\n${describeRun(checkArgs, dir, c)}` };
  }
  if (c.failure) {
    const errs = (report.errors || []).slice(0, 10).map((e) => `    ${e}`).join('\n');
    return { crash: `factlens check ${c.failure}: the built corpus is not valid\n${errs}\n${describeRun(checkArgs, dir, c)}` };
  }

  // Source id -> article file and text (the built corpus keeps each source's text).
  const corpus = JSON.parse(fs.readFileSync(out, 'utf8'));
  const byId = new Map();
  (corpus.sources || []).forEach((s, i) => {
    const art =
      story.articles.find((a) => a.file.replace(/\.[^.]+$/, '') === s.id || a.file === s.id) || story.articles[i];
    if (!art) return;
    const text = typeof s.text === 'string' ? Buffer.from(s.text, 'utf8') : texts.get(art.file);
    byId.set(s.id, { file: art.file, text });
  });

  // Gold ranges against the text the engine read (the same as the file unless it normalised it).
  const srcText = new Map([...byId.values()].map((v) => [v.file, v.text]));
  const goldTexts = new Map(story.articles.map((a) => [a.file, srcText.get(a.file) || texts.get(a.file)]));
  const gold = ['disagreements', 'agreements'].flatMap((group) =>
    (story[group] || []).map((item) => ({ group, id: item.id, kind: item.kind, quotes: goldQuotes(item, goldTexts) }))
  );

  const reported = (report.findings || []).filter((f) => !f.check || f.agrees === false);
  const found = new Map(); // disagreement id -> finding ids
  const falseAlarms = [];
  const lines = [];
  for (const f of reported) {
    const fquotes = (f.quotes || []).map((q) => {
      const src = byId.get(q.source);
      return { file: src ? src.file : `?${q.source}`, ...placeQuote(q, src && src.text) };
    });
    // Two quotes of the finding on two different gold quotes; a check that carries a single
    // quote (one figure checked against a rate or a total) on one quote of an arithmetic item.
    const hits = gold.filter((g) =>
      fquotes.length === 1 && g.kind === 'arithmetic'
        ? g.quotes.some((gq) => overlaps(fquotes[0], gq))
        : pairAcrossSides(fquotes, g.quotes)
    );
    const dis = hits.filter((g) => g.group === 'disagreements');
    const agr = hits.filter((g) => g.group === 'agreements');
    for (const g of dis) found.set(g.id, [...(found.get(g.id) || []), { id: f.id, kind: f.kind }]);
    if (!dis.length) falseAlarms.push({ id: f.id, agreements: agr.map((g) => `${g.id} [${g.kind}]`) });
    if (verbose) {
      const verdict = dis.length
        ? `finds ${dis.map((g) => g.id).join(', ')}`
        : `FALSE ALARM${agr.length ? ` (agreement ${agr.map((g) => g.id).join(', ')})` : ''}`;
      lines.push(`    - ${f.id}${f.check ? ' (check)' : ''}: ${verdict}`, `        ${f.detail}`);
      for (const q of fquotes) lines.push(`        ${q.file} @${q.start ?? '?'} "${q.text}"`);
    }
  }
  const disagreements = gold.filter((g) => g.group === 'disagreements');
  return {
    total: disagreements.length,
    found: disagreements.filter((g) => found.has(g.id)).map((g) => ({ id: g.id, kind: g.kind, by: found.get(g.id) })),
    missed: disagreements.filter((g) => !found.has(g.id)).map((g) => ({ id: g.id, kind: g.kind })),
    falseAlarms,
    findings: reported.length,
    agreeingChecks: (report.findings || []).length - reported.length,
    lines,
  };
}

// ---- main ----------------------------------------------------------------------------------

const names = fs
  .readdirSync(storiesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(storiesDir, d.name, 'story.json')))
  .map((d) => d.name)
  .filter((n) => !only.length || only.includes(n))
  .sort();
if (!names.length) {
  console.error(`no stories found in ${storiesDir}${only.length ? ` named ${only.join(', ')}` : ''}`);
  process.exit(1);
}

let goldBad = false;
const loaded = new Map();
for (const name of names) {
  const l = loadStory(path.join(storiesDir, name));
  loaded.set(name, l);
  if (l.problems.length) {
    goldBad = true;
    console.log(`${name}: gold problems:\n${l.problems.map((p) => `  ${p}`).join('\n')}`);
  }
}
if (validateOnly) {
  if (!goldBad) console.log(`${names.length} stories: every quote occurs once in its file`);
  process.exit(goldBad ? 1 : 0);
}

if (!fs.existsSync(cli)) {
  console.error(`factlens CLI not found at ${cli}; build it or set FACTLENS_CLI`);
  process.exit(1);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-stories-'));
let total = 0, foundAll = 0, foundRight = 0, falseAll = 0;
const crashes = [];
for (const name of names) {
  const l = loaded.get(name);
  if (!l.story) continue;
  const s = l.story;
  console.log(`\n== ${name}: ${s.articles.length} articles, ${(s.disagreements || []).length} disagreements, ${(s.agreements || []).length} agreements`);
  const r = scoreStory(name, path.join(storiesDir, name), l, tmp);
  if (r.crash) {
    crashes.push(name);
    console.log(`  CLI CRASH on ${name}: ${r.crash}`);
    continue;
  }
  total += r.total;
  foundAll += r.found.length;
  falseAll += r.falseAlarms.length;
  console.log(`  findings reported: ${r.findings} (plus ${r.agreeingChecks} checks that agree, not counted)`);
  const right = r.found.filter((g) => rightKind(g.kind, g.by));
  foundRight += right.length;
  const foundText = r.found.map((g) => {
    const as = rightKind(g.kind, g.by) ? '' : ` [as ${[...new Set(g.by.map((f) => f.kind))].join('/')}]`;
    return `${g.id} (${g.kind}) by ${g.by.map((f) => f.id).join(', ')}${as}`;
  });
  console.log(`  found ${r.found.length}/${r.total}${r.found.length ? ': ' : ''}${foundText.join('; ')}`);
  console.log(`  missed ${r.missed.length}${r.missed.length ? ': ' : ''}${r.missed.map((g) => `${g.id} (${g.kind})`).join(', ')}`);
  console.log(`  false alarms ${r.falseAlarms.length}${r.falseAlarms.length ? ':' : ''}`);
  for (const fa of r.falseAlarms) console.log(`    ${fa.id}${fa.agreements.length ? `  -- flags agreement ${fa.agreements.join(', ')}` : ''}`);
  if (verbose && r.lines.length) console.log('  findings:\n' + r.lines.join('\n'));
}
if (keep) console.log(`\nbuilt corpora kept in ${tmp}`);
else fs.rmSync(tmp, { recursive: true, force: true });

const pct = total ? Math.round((100 * foundAll) / total) : 0;
if (foundRight !== foundAll) console.log(`\n(${foundAll - foundRight} of the ${foundAll} found only by findings of another kind, marked [as ...])`);
console.log(`\nstories: found ${foundAll}/${total} (${pct}%), false alarms ${falseAll}${crashes.length ? `, CLI crashed on ${crashes.join(', ')}` : ''}`);
process.exit(crashes.length ? 1 : 0);
