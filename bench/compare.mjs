#!/usr/bin/env node
// Compare factlens's extractor with chrono-node and Microsoft Recognizers-Text on the five
// ByteDance articles of assets/bytedance-ai-2025: what each finds of the curated mentions
// (recall), how many of its extractions land on a curated mention (precision), and how fast
// it goes (MB/s, 1 MB = 10^6 bytes of UTF-8 text).
//
//   cd bench && npm install && node compare.mjs [--json] [--mb N] [--recognizers-seconds S]
//                                              [--recognizers-whole] [--factlens PATH]
//                                              [--throughput-out FILE]
//
// It is a measurement, not a test: it exits 0 whatever the figures are.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import * as Recognizers from '@microsoft/recognizers-text-suite';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
function option(name, fallback) {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const v = argv[i + 1];
  if (v === undefined) throw new Error(`${name} needs a value`);
  return v;
}
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(`usage: node compare.mjs [--json] [--mb N] [--recognizers-seconds S]
                         [--recognizers-whole] [--factlens PATH]
  --json                 print the figures as one JSON object instead of tables
  --mb N                 text volume for factlens and chrono throughput (default 5)
  --recognizers-seconds S  least time to spend timing Recognizers-Text (default 3)
  --recognizers-whole    give Recognizers-Text each article whole instead of one paragraph
                         (line) at a time
  --factlens PATH        the factlens binary (default ../build/native/factlens)
  --throughput-out FILE  also write the throughput figures (MB/s per tool) to FILE as JSON
                         (./build-wasm.sh bench prints them in its summary)`);
  process.exit(0);
}
const asJson = argv.includes('--json');
const targetMB = Number(option('--mb', '5'));
const recognizersSeconds = Number(option('--recognizers-seconds', '3'));
const recognizersWhole = argv.includes('--recognizers-whole');
const factlensBin = path.resolve(option('--factlens', path.join(root, 'build/native/factlens')));
const throughputOut = option('--throughput-out', '');
// Recognizers-Text is slow (tens of KB/s); whatever --recognizers-seconds says, its timing
// loop stops after this long so the whole script stays within about two minutes.
const RECOGNIZERS_CAP_SECONDS = 40;
// An extraction longer than this (UTF-16 units) never counts as finding anything: a tool that
// returns half an article as one "date" would otherwise overlap every curated item.
const MAX_MATCH_SPAN = 200;

const log = (...a) => { if (!asJson) console.log(...a); };
const progress = (msg) => process.stderr.write(msg + '\n');

// ---------------------------------------------------------------- texts and dates
const corpusPath = path.join(root, 'assets/bytedance-ai-2025/corpus.json');
const corpus = JSON.parse(fs.readFileSync(corpusPath, 'utf8'));
// Each article's own date (the day it was published), by the start of its file name; the
// corpus gives some of them only to the month or year.
const ARTICLE_DATES = {
  '000_': '2025-01-23',
  '001_': '2025-01-23',
  '002_': '2025-01-23',
  '003_': '2025-01-24',
  '004_': '2025-01-24',
};
const sources = corpus.sources.map((s) => {
  const file = path.join(path.dirname(corpusPath), s.text_file);
  const base = path.basename(file);
  const date = Object.entries(ARTICLE_DATES).find(([p]) => base.startsWith(p))?.[1];
  if (!date) throw new Error(`no date for ${base}`);
  const text = fs.readFileSync(file, 'utf8');
  // noon local time, so no time zone moves the day
  const [y, m, d] = date.split('-').map(Number);
  return { id: s.id, file, base, date, refDate: new Date(y, m - 1, d, 12), text, bytes: Buffer.byteLength(text) };
});
const sourceById = new Map(sources.map((s) => [s.id, s]));
const sourceByFile = new Map(sources.map((s) => [s.file, s]));

// code point offset -> UTF-16 offset, for factlens's offsets
function codePointIndex(text) {
  const map = [0];
  let u = 0;
  for (const ch of text) { u += ch.length; map.push(u); }
  return map;
}
for (const s of sources) s.cp = codePointIndex(s.text);

// ---------------------------------------------------------------- curated items
// Bench kinds and the claim kinds that feed them.
const KINDS = ['money', 'percent', 'number', 'date'];
const KIND_LABEL = { money: 'money', percent: 'percent+fraction', number: 'number (count)', date: 'date' };
const CLAIM_KIND_TO_BENCH = { money: 'money', percent: 'percent', fraction: 'percent', count: 'number' };

function anchor(text, quote, where) {
  const hits = [];
  for (let i = text.indexOf(quote.exact); i >= 0; i = text.indexOf(quote.exact, i + 1)) {
    if (quote.prefix !== undefined && !text.slice(0, i).endsWith(quote.prefix)) continue;
    if (quote.suffix !== undefined && !text.slice(i + quote.exact.length).startsWith(quote.suffix)) continue;
    hits.push(i);
  }
  if (hits.length === 0) throw new Error(`${where}: quote ${JSON.stringify(quote.exact)} not found`);
  if (hits.length > 1) progress(`warning: ${where}: quote ${JSON.stringify(quote.exact)} is ambiguous; taking the first`);
  return hits[0];
}

const curated = []; // {id, kind, source, start, end, text, origin}
const seen = new Set();
function addCurated(kind, sourceId, start, end, origin) {
  const key = `${kind}|${sourceId}|${start}|${end}`;
  if (seen.has(key)) return;
  seen.add(key);
  const s = sourceById.get(sourceId);
  curated.push({ kind, source: sourceId, start, end, text: s.text.slice(start, end), origin });
}
const claimById = new Map((corpus.claims || []).map((c) => [c.id, c]));
(corpus.mentions || []).forEach((m, i) => {
  const claim = claimById.get(m.claim);
  const s = sourceById.get(m.source);
  const where = `mentions/${i}`;
  const at = anchor(s.text, m.quote, where);
  const benchKind = CLAIM_KIND_TO_BENCH[claim.kind];
  if (benchKind) addCurated(benchKind, m.source, at, at + m.quote.exact.length, `${claim.kind} claim ${claim.id}`);
  // Dates: the period words a mention gives, inside its quote; a date claim's quote otherwise.
  if (m.period && m.quote.exact.includes(m.period)) {
    const p = at + m.quote.exact.indexOf(m.period);
    addCurated('date', m.source, p, p + m.period.length, `period of ${claim.id}`);
  } else if (claim.kind === 'date') {
    addCurated('date', m.source, at, at + m.quote.exact.length, `date claim ${claim.id}`);
  }
});
for (const [what, list] of [['report', corpus.reports || []], ['event', corpus.events || []]]) {
  for (const r of list) {
    (r.dated_by || []).forEach((d, i) => {
      const s = sourceById.get(d.source);
      const at = anchor(s.text, d.quote, `${what} ${r.id}/dated_by/${i}`);
      const expr = d.expression ?? d.quote.exact;
      const off = d.quote.exact.indexOf(expr);
      if (off >= 0) addCurated('date', d.source, at + off, at + off + expr.length, `dates ${what} ${r.id}`);
      else addCurated('date', d.source, at, at + d.quote.exact.length, `dates ${what} ${r.id}`);
    });
  }
}
curated.forEach((c, i) => { c.id = i; });

// ---------------------------------------------------------------- the tools
// Every extraction: {tool, kind (bench kind or null), label (the tool's own type), source, start, end, text}
// with UTF-16 offsets into the source text.

function runFactlens(args, opts = {}) {
  const r = spawnSync(factlensBin, args, { maxBuffer: 1 << 30, ...opts });
  if (r.error) throw new Error(`cannot run ${factlensBin}: ${r.error.message} (build it: cmake --build build/native)`);
  if (r.status !== 0) throw new Error(`factlens ${args.slice(0, 2).join(' ')} exited ${r.status}: ${String(r.stderr).trim()}`);
  return r;
}

const FACTLENS_KIND = { money: 'money', percent: 'percent', fraction: 'percent', number: 'number', date: 'date' };
function factlensExtract() {
  const args = ['extract', '--json', ...sources.map((s) => `${s.file}@${s.date}`)];
  const r = runFactlens(args);
  const items = JSON.parse(String(r.stdout));
  return items.map((x) => {
    const s = sourceByFile.get(path.resolve(x.file)) ?? sourceByFile.get(x.file);
    if (!s) throw new Error(`factlens named an unknown file ${x.file}`);
    const start = s.cp[x.start], end = s.cp[x.end];
    return { tool: 'factlens', kind: FACTLENS_KIND[x.kind] ?? null, label: x.kind, source: s.id, start, end, text: s.text.slice(start, end) };
  });
}

function chronoExtract() {
  const out = [];
  for (const s of sources) {
    for (const r of chrono.parse(s.text, s.refDate)) {
      out.push({ tool: 'chrono', kind: 'date', label: 'date', source: s.id, start: r.index, end: r.index + r.text.length, text: r.text });
    }
  }
  return out;
}

// Recognizers-Text: its models are built for short utterances; by default it gets one
// paragraph (line) at a time (given a whole article, its Currency model takes seconds and its
// DateTime model returns one "duration" that runs over nearly the whole article).
const EN = Recognizers.Culture.English;
const RECOGNIZERS = {
  datetime: (t, ref) => Recognizers.recognizeDateTime(t, EN, undefined, ref),
  number: (t) => Recognizers.recognizeNumber(t, EN),
  currency: (t) => Recognizers.recognizeCurrency(t, EN),
  percentage: (t) => Recognizers.recognizePercentage(t, EN),
};
// the datetimeV2 types that name a date (not durations, sets or times of day)
const DATE_TYPES = new Set(['datetimeV2.date', 'datetimeV2.daterange', 'datetimeV2.datetime', 'datetimeV2.datetimerange']);
function pieces(s) {
  if (recognizersWhole) return [{ text: s.text, offset: 0 }];
  const out = [];
  let offset = 0;
  for (const line of s.text.split('\n')) {
    if (line.trim()) out.push({ text: line, offset });
    offset += line.length + 1;
  }
  return out;
}
let recognizersOffsetWarnings = 0;
function recognizersExtract() {
  const raw = [];
  for (const s of sources) {
    for (const p of pieces(s)) {
      for (const [model, fn] of Object.entries(RECOGNIZERS)) {
        for (const r of fn(p.text, s.refDate)) {
          const start = p.offset + r.start, end = p.offset + r.end + 1; // Recognizers' end is inclusive
          const text = s.text.slice(start, end);
          if (text.toLowerCase() !== String(r.text).toLowerCase()) recognizersOffsetWarnings++;
          let kind = null;
          if (model === 'currency') kind = 'money';
          else if (model === 'percentage') kind = 'percent';
          else if (model === 'number') kind = 'number';
          else if (DATE_TYPES.has(r.typeName)) kind = 'date';
          raw.push({ tool: 'recognizers', kind, label: r.typeName, source: s.id, start, end, text });
        }
      }
    }
  }
  // A number inside the same tool's currency, percentage or date is part of that, not a count
  // of its own (factlens never reports the 150 of "150 billion yuan" as a number either).
  const covers = raw.filter((x) => x.kind === 'money' || x.kind === 'percent' || x.kind === 'date');
  return raw.filter((x) => x.kind !== 'number' ||
    !covers.some((c) => c.source === x.source && c.start < x.end && x.start < c.end));
}

// ---------------------------------------------------------------- matching
const overlaps = (a, b) => a.source === b.source && a.start < b.end && b.start < a.end;
const canMatch = (x) => x.end - x.start <= MAX_MATCH_SPAN;

const TOOLS = [
  { name: 'factlens', kinds: KINDS },
  { name: 'chrono', kinds: ['date'] },
  { name: 'recognizers', kinds: KINDS },
];

function score(extractions) {
  const byTool = {};
  for (const tool of TOOLS) {
    const mine = extractions.filter((x) => x.tool === tool.name);
    byTool[tool.name] = {};
    for (const kind of tool.kinds) {
      const truth = curated.filter((c) => c.kind === kind);
      const ext = mine.filter((x) => x.kind === kind);
      const found = truth.filter((c) => ext.some((x) => canMatch(x) && overlaps(x, c)));
      const onCurated = ext.filter((x) => canMatch(x) && truth.some((c) => overlaps(x, c)));
      byTool[tool.name][kind] = {
        found: found.length,
        total: truth.length,
        recall: truth.length ? found.length / truth.length : null,
        extracted: ext.length,
        onCurated: onCurated.length,
        precision: ext.length ? onCurated.length / ext.length : null,
        foundIds: found.map((c) => c.id),
        offCurated: ext.filter((x) => !onCurated.includes(x)),
      };
    }
  }
  return byTool;
}

// ---------------------------------------------------------------- throughput
const median = (xs) => { const a = [...xs].sort((p, q) => p - q); return a[Math.floor(a.length / 2)]; };
const allText = sources.map((s) => s.text).join('\n\n');
const allBytes = Buffer.byteLength(allText);

function factlensThroughput() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-bench-'));
  try {
    // factlens takes at most 4 MiB per article: write the volume as files of about 1 MB.
    const perFile = 1e6;
    const reps = Math.max(1, Math.ceil(perFile / (allBytes + 2)));
    const chunk = Array(reps).fill(allText).join('\n\n');
    const nFiles = Math.max(1, Math.round((targetMB * 1e6) / Buffer.byteLength(chunk)));
    const files = [];
    for (let i = 0; i < nFiles; i++) {
      const f = path.join(dir, `big-${i}.txt`);
      fs.writeFileSync(f, chunk);
      files.push(f);
    }
    const bytes = nFiles * Buffer.byteLength(chunk);
    const tiny = path.join(dir, 'tiny.txt');
    fs.writeFileSync(tiny, 'ByteDance plans to spend $1 billion on Monday.\n');
    const out = path.join(dir, 'out.json');
    const time = (fileArgs) => {
      const fd = fs.openSync(out, 'w');
      const t0 = process.hrtime.bigint();
      // --count: extraction without serialising the items (chrono returns objects; it
      // writes no JSON either). Correctness above uses --json.
      const r = runFactlens(['extract', '--date', '2025-01-23', ...fileArgs, '--count'], { stdio: ['ignore', fd, 'pipe'] });
      const t = Number(process.hrtime.bigint() - t0) / 1e9;
      fs.closeSync(fd);
      if (String(r.stderr).includes('skipped')) throw new Error(`factlens skipped input: ${String(r.stderr).trim()}`);
      return t;
    };
    const baseline = median([0, 1, 2, 3, 4].map(() => time([tiny])));
    const runs = [0, 1, 2].map(() => time(files));
    const outBytes = fs.statSync(out).size;
    const wall = median(runs);
    const seconds = Math.max(wall - baseline, 1e-9);
    return { bytes, files: nFiles, wallSeconds: wall, startupSeconds: baseline, seconds, mbPerSecond: bytes / 1e6 / seconds, outputBytes: outBytes, runs: runs.length };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function chronoThroughput() {
  for (const s of sources) chrono.parse(s.text, s.refDate); // warm up
  const target = targetMB * 1e6;
  let bytes = 0, results = 0;
  const t0 = process.hrtime.bigint();
  while (bytes < target) {
    for (const s of sources) { results += chrono.parse(s.text, s.refDate).length; bytes += s.bytes; }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { bytes, seconds, mbPerSecond: bytes / 1e6 / seconds, results };
}

function recognizersThroughput() {
  const jobs = sources.flatMap((s) => pieces(s).map((p) => ({ text: p.text, ref: s.refDate, bytes: Buffer.byteLength(p.text) })));
  const perModel = {};
  for (const fn of Object.values(RECOGNIZERS)) fn('Warm up: $5 billion, 10% and 3 apps on Monday.', sources[0].refDate);
  let passes = 0, bytesPerPass = 0;
  for (const j of jobs) bytesPerPass += j.bytes;
  for (const m of Object.keys(RECOGNIZERS)) perModel[m] = 0;
  const start = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - start) / 1e9;
  // Whole passes over the five articles, all four models each, until enough time has gone by.
  while (passes === 0 || (elapsed() < recognizersSeconds && elapsed() < RECOGNIZERS_CAP_SECONDS)) {
    for (const [m, fn] of Object.entries(RECOGNIZERS)) {
      const t0 = process.hrtime.bigint();
      for (const j of jobs) fn(j.text, j.ref);
      perModel[m] += Number(process.hrtime.bigint() - t0) / 1e9;
    }
    passes++;
  }
  const seconds = Object.values(perModel).reduce((a, b) => a + b, 0);
  const bytes = passes * bytesPerPass;
  return {
    bytes, passes, seconds,
    mbPerSecond: bytes / 1e6 / seconds, // all four models over the text
    perModel: Object.fromEntries(Object.entries(perModel).map(([m, t]) => [m, { seconds: t, mbPerSecond: bytes / 1e6 / t }])),
  };
}

// ---------------------------------------------------------------- run
progress('factlens: extracting…');
const extractions = [...factlensExtract()];
progress('chrono-node: parsing…');
extractions.push(...chronoExtract());
progress(`Recognizers-Text: recognizing (${recognizersWhole ? 'whole articles' : 'one paragraph at a time'})…`);
extractions.push(...recognizersExtract());
if (recognizersOffsetWarnings) progress(`warning: ${recognizersOffsetWarnings} Recognizers results whose text differs from their offsets`);
const scores = score(extractions);

progress(`factlens: throughput over ~${targetMB} MB…`);
const throughput = { factlens: factlensThroughput() };
progress(`chrono-node: throughput over ~${targetMB} MB…`);
throughput.chrono = chronoThroughput();
progress(`Recognizers-Text: throughput for at least ${recognizersSeconds} s…`);
throughput.recognizers = recognizersThroughput();
if (throughputOut) fs.writeFileSync(throughputOut, JSON.stringify(throughput, null, 2));

// What factlens missed, what each tool missed, and what a peer found that factlens did not.
const foundBy = (tool, kind) => new Set(scores[tool]?.[kind]?.foundIds ?? []);
const describe = (c) => ({ id: c.id, kind: c.kind, source: c.source, start: c.start, end: c.end, text: c.text, origin: c.origin });
function otherKindHits(tool, c) {
  return extractions
    .filter((x) => x.tool === tool && x.kind !== c.kind && canMatch(x) && overlaps(x, c))
    .map((x) => `${x.label} ${JSON.stringify(x.text)}`);
}
const missed = {};
for (const tool of TOOLS) {
  missed[tool.name] = curated
    .filter((c) => tool.kinds.includes(c.kind) && !foundBy(tool.name, c.kind).has(c.id))
    .map((c) => ({ ...describe(c), asOtherKind: otherKindHits(tool.name, c) }));
}
const peerOnly = {}; // per kind: curated items some peer found and factlens did not
const peerSpansNotInFactlens = {}; // per kind: peer extractions (curated or not) that no factlens extraction of that kind overlaps
for (const kind of KINDS) {
  const fl = foundBy('factlens', kind);
  peerOnly[kind] = curated
    .filter((c) => c.kind === kind && !fl.has(c.id))
    .map((c) => ({ ...describe(c), foundBy: TOOLS.filter((t) => t.name !== 'factlens' && foundBy(t.name, kind).has(c.id)).map((t) => t.name) }))
    .filter((c) => c.foundBy.length > 0)
    .map((c) => ({
      ...c,
      peerText: extractions.filter((x) => x.tool !== 'factlens' && x.kind === kind && canMatch(x) && overlaps(x, c)).map((x) => `${x.tool}: ${JSON.stringify(x.text)}`),
      factlensAsOtherKind: otherKindHits('factlens', c),
    }));
  const flExt = extractions.filter((x) => x.tool === 'factlens' && x.kind === kind);
  peerSpansNotInFactlens[kind] = extractions
    .filter((x) => x.tool !== 'factlens' && x.kind === kind && !flExt.some((f) => overlaps(f, x)))
    .map((x) => ({ tool: x.tool, label: x.label, source: x.source, start: x.start, end: x.end, text: x.text }));
}

// ---------------------------------------------------------------- report
const pct = (x) => (x === null ? '–' : `${(100 * x).toFixed(0)}%`);
const mbs = (x) => (x >= 10 ? x.toFixed(1) : x >= 0.1 ? x.toFixed(2) : x.toFixed(3));
function table(rows, header) {
  const all = [header, ...rows];
  const w = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i < 2 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ').trimEnd();
  return [line(header), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}
const kindThroughput = (tool, kind) => {
  if (tool === 'factlens') return throughput.factlens.mbPerSecond; // one run extracts every kind
  if (tool === 'chrono') return throughput.chrono.mbPerSecond;
  const model = { money: 'currency', percent: 'percentage', number: 'number', date: 'datetime' }[kind];
  return throughput.recognizers.perModel[model].mbPerSecond;
};

if (asJson) {
  const strip = (k) => { const { foundIds, offCurated, ...rest } = k; return { ...rest, offCurated: offCurated.map(({ tool, ...x }) => x) }; };
  console.log(JSON.stringify({
    texts: sources.map((s) => ({ id: s.id, file: path.relative(root, s.file), date: s.date, bytes: s.bytes })),
    options: { targetMB, recognizersSeconds, recognizersWhole, maxMatchSpan: MAX_MATCH_SPAN },
    versions: versions(),
    curated: Object.fromEntries(KINDS.map((k) => [k, curated.filter((c) => c.kind === k).length])),
    scores: Object.fromEntries(Object.entries(scores).map(([t, ks]) => [t, Object.fromEntries(Object.entries(ks).map(([k, v]) => [k, { ...strip(v), mbPerSecond: kindThroughput(t, k) }]))])),
    throughput,
    missed,
    factlensMissedPeerFound: peerOnly,
    missedByEveryTool: curated.filter((c) => TOOLS.every((t) => !t.kinds.includes(c.kind) || !foundBy(t.name, c.kind).has(c.id))).map(describe),
    peerSpansNotInFactlens,
  }, null, 2));
  process.exit(0);
}

function versions() {
  const v = (p) => { try { return JSON.parse(fs.readFileSync(path.join(here, 'node_modules', p, 'package.json'), 'utf8')).version; } catch { return '?'; } };
  let fl = '?';
  try { fl = String(runFactlens(['--version']).stdout).trim(); } catch { /* keep '?' */ }
  return { factlens: fl, 'chrono-node': v('chrono-node'), '@microsoft/recognizers-text-suite': v('@microsoft/recognizers-text-suite'), node: process.version };
}

const ver = versions();
log(`Texts: ${sources.length} articles, ${allBytes} bytes (${sources.map((s) => `${s.base.slice(0, 3)}@${s.date}`).join(', ')})`);
log(`Tools: ${ver.factlens} (native CLI), chrono-node ${ver['chrono-node']}, Recognizers-Text ${ver['@microsoft/recognizers-text-suite']} (en-us, ${recognizersWhole ? 'whole articles' : 'one paragraph at a time'}), node ${ver.node}`);
log(`Curated items: ${KINDS.map((k) => `${KIND_LABEL[k]} ${curated.filter((c) => c.kind === k).length}`).join(', ')}`);
log('');
const rows = [];
for (const kind of KINDS) {
  for (const tool of TOOLS) {
    const s = scores[tool.name][kind];
    if (!s) { rows.push([KIND_LABEL[kind], tool.name, '–', '–', '–', '–', '(no such kind)']); continue; }
    rows.push([KIND_LABEL[kind], tool.name, `${s.found}/${s.total}`, pct(s.recall), `${s.onCurated}/${s.extracted}`, pct(s.precision), mbs(kindThroughput(tool.name, kind))]);
  }
}
log(table(rows, ['kind', 'tool', 'found', 'recall', 'on curated', 'precision', 'MB/s']));
log('');
log('found: curated items an extraction of that kind overlaps; on curated: extractions that overlap a');
log('curated item of the kind (the corpus does not curate every figure, so precision is a lower bound).');
log('');
const f = throughput.factlens, c = throughput.chrono, r = throughput.recognizers;
log(table([
  ['factlens', 'CLI extract --count, every kind', (f.bytes / 1e6).toFixed(2), f.seconds.toFixed(3), mbs(f.mbPerSecond), `wall ${f.wallSeconds.toFixed(3)} s (median of ${f.runs}) − startup ${(f.startupSeconds * 1000).toFixed(1)} ms; ${f.files} files`],
  ['chrono', 'chrono.parse per article', (c.bytes / 1e6).toFixed(2), c.seconds.toFixed(3), mbs(c.mbPerSecond), `${c.results} results`],
  ['recognizers', 'all four models', (r.bytes / 1e6).toFixed(3), r.seconds.toFixed(3), mbs(r.mbPerSecond), `${r.passes} passes over the five articles`],
  ...Object.entries(r.perModel).map(([m, x]) => [`  recognizers`, `  ${m}`, (r.bytes / 1e6).toFixed(3), x.seconds.toFixed(3), mbs(x.mbPerSecond), '']),
], ['tool', 'what ran', 'MB', 'seconds', 'MB/s', 'notes']));
log('');
log('Does factlens find at least what the others find? (curated items a peer finds that factlens does not)');
for (const kind of KINDS) {
  const list = peerOnly[kind];
  log(`  ${KIND_LABEL[kind]}: ${list.length === 0 ? 'yes' : `NO, ${list.length} item(s)`}`);
  for (const x of list) {
    const other = x.factlensAsOtherKind.length ? `; factlens has it as ${x.factlensAsOtherKind.join(', ')}` : '';
    log(`    - ${x.source} [${x.start},${x.end}) ${JSON.stringify(x.text)} (${x.origin}) found by ${x.peerText.join(', ')}${other}`);
  }
}
log('');
log('Curated items each tool missed:');
for (const tool of TOOLS) {
  log(`  ${tool.name} (${missed[tool.name].length}):`);
  for (const kind of tool.kinds) {
    for (const x of missed[tool.name].filter((m) => m.kind === kind)) {
      const other = x.asOtherKind.length ? ` — has it as ${x.asOtherKind.join(', ')}` : '';
      log(`    - ${KIND_LABEL[kind]}: ${x.source} ${JSON.stringify(x.text)}${other}`);
    }
  }
}
log('');
const everyTool = curated.filter((c) => TOOLS.every((t) => !t.kinds.includes(c.kind) || !foundBy(t.name, c.kind).has(c.id)));
log(`Missed by every tool (${everyTool.length}; mostly quotes with no figure or date words in them):`);
for (const x of everyTool) log(`    - ${KIND_LABEL[x.kind]}: ${x.source} ${JSON.stringify(x.text)}`);
log('');
log('Uncurated spans a peer extracts that no factlens extraction of the same kind overlaps (may be noise):');
for (const kind of KINDS) {
  const list = peerSpansNotInFactlens[kind].filter((x) => !curated.some((c) => c.kind === kind && overlaps(c, x)));
  const shown = list.map((x) => `${x.tool}:${x.source.split('-').pop()}:${JSON.stringify(x.text.length > 60 ? x.text.slice(0, 57) + '…' : x.text)}`);
  log(`  ${KIND_LABEL[kind]} (${list.length}): ${shown.join(', ') || '–'}`);
}
process.exit(0);
