// The single-file page (web/single-file.js): one .html holding the app and a story, made in
// the page, opens from file:// with the network off and shows that story in its view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useBrowser, openApp, state, screenshot, DIST, ROOT } from './harness.mjs';

const env = useBrowser();

// A held-out story built by the CLI, as a user would build and save one.
function buildStory(dir) {
  const src = join(ROOT, 'tests', 'stories', 'espirito-santo-floods');
  const gold = JSON.parse(readFileSync(join(src, 'story.json'), 'utf8'));
  const out = join(dir, 'floods.json');
  const cli = spawnSync(join(ROOT, 'build', 'native', 'factlens'),
    ['build', ...gold.articles.map((a) => `${join(src, a.file)}@${a.date}`), '-o', out], { encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  return { path: out, title: gold.title };
}

// Opens a page the way harness.openApp does (console errors, page errors and CSP
// violations collected), in a context of its own that is offline from the start.
async function openOffline(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
  await context.setOffline(true);
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (r) => { if (!/^(file|blob|data):/.test(r.url())) requests.push(r.url()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.factlensReady === true, null, { timeout: 60000 });
  return { context, page, errors, requests };
}

// Makes a single-file page in `page`, as the menu item will, and writes it to dir/NAME.
async function makeSingleFile(page, dir, name, json, title, fragment) {
  const made = await page.evaluate(async ({ json, title, fragment }) => {
    const blob = await window.factlensSingleFile(new TextEncoder().encode(json), title, fragment);
    const buf = new Uint8Array(await blob.arrayBuffer());
    let bin = '';
    for (let i = 0; i < buf.length; i += 0x8000) bin += String.fromCharCode.apply(null, buf.subarray(i, i + 0x8000));
    return { type: blob.type, size: blob.size, base64: btoa(bin) };
  }, { json, title, fragment });
  assert.equal(made.type, 'text/html');
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(made.base64, 'base64'));
  return { file, size: made.size };
}

test('a single-file page opens from file:// offline with its story, in the view its fragment names', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factlens-single-'));
  const story = buildStory(dir);
  const { context, page, errors } = await openApp(env.browser, env.url);
  await page.setInputFiles('#open-story', story.path);
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).notice.startsWith('Opened'), null, { timeout: 30000 });
  const original = await state(page);
  assert.notEqual(original.corpus, 'bytedance-ai-2025', 'the saved story, not the built-in one');
  assert.equal(original.title, JSON.parse(readFileSync(story.path, 'utf8')).title);

  // Made in the page, as the menu item will.
  const bytes = readFileSync(story.path);
  const { file, size } = await makeSingleFile(page, dir, 'story.html', bytes.toString('utf8'), story.title, '#view=claims');
  console.log(`single-file page: ${size} bytes (dist files ${['factlens.js', 'factlens.wasm', 'factlens.data', 'factlens-worker.js', 'factlens-worker.wasm']
    .reduce((n, f) => n + readFileSync(join(DIST, f)).length, 0)} bytes before base64, story ${bytes.length} bytes)`);
  // The download helper for the menu item: the same page, under the title as a file name.
  const [download, saved] = await Promise.all([page.waitForEvent('download'),
    page.evaluate(({ json, title }) => window.factlensSaveSingleFile(json, title, '#view=claims'), { json: bytes.toString('utf8'), title: story.title })]);
  assert.equal(download.suggestedFilename(), 'floods-and-landslides-in-espirito-santo-brazil-january-2026.html');
  assert.equal(saved, size);
  assert.equal(readFileSync(await download.path()).length, size);
  assert.deepEqual(errors, []);
  await context.close();

  // Its CSP: hashes for its inline scripts and style, nothing looser.
  const html = readFileSync(file, 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)[1];
  // Five inline scripts (single-file.js, library.js, story-link.js, shell.js, factlens.js), each by its hash.
  assert.match(csp, /script-src (?:'sha256-[^']+' ){6}'wasm-unsafe-eval';/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|'self'|https?:/);
  assert.match(csp, /worker-src blob:/);

  // From disk, in a fresh context with the network off.
  const single = await openOffline(env.browser, pathToFileURL(file).href);
  // Opened as a story file is, then the fragment applied (which clears the "Opened" notice).
  await single.page.waitForFunction((id) => {
    const s = JSON.parse(window.factlens.state());
    return s.corpus === id && s.view === 'claims' && s.idle;
  }, original.corpus, { timeout: 60000 });
  const s = await state(single.page);
  assert.equal(s.corpus, original.corpus);
  assert.equal(s.title, original.title);
  assert.equal(await single.page.title(), `${story.title} \u00B7 factlens`);
  assert.deepEqual(s.counts, original.counts);
  assert.deepEqual(s.finding_kinds, original.finding_kinds);
  assert.equal(s.view, 'claims');
  assert.match(await single.page.evaluate(() => location.hash), /view=claims/);
  assert.equal(await single.page.evaluate(() => navigator.serviceWorker?.controller ?? null), null, 'no service worker from file://');
  const shot = await screenshot(single.page, 'single-file-claims');
  assert.ok(shot.differing > shot.width * shot.height * 0.05, 'the claims view draws');
  assert.deepEqual(single.requests, [], 'nothing asked of the network');
  assert.deepEqual(single.errors, []);

  // A single-file page makes another, from its own inlined copies (offline, from disk).
  const again = await single.page.evaluate(async (title) =>
    (await window.factlensSingleFile(window.factlensInline.story.bytes, title, '#view=claims')).size, story.title);
  assert.equal(again, size);

  // Its own link into another view works in the file too (the page's fragment wins).
  await single.page.goto('about:blank');
  await single.page.goto(pathToFileURL(file).href + '#view=findings');
  await single.page.waitForFunction(() => window.factlensReady === true, null, { timeout: 60000 });
  await single.page.waitForFunction((id) => {
    const s = JSON.parse(window.factlens.state());
    return s.corpus === id && s.view === 'findings' && s.idle;
  }, original.corpus, { timeout: 60000 });
  assert.deepEqual(single.errors, []);
  await single.context.close();
});

test('a single-file page of a story in Chinese and Arabic carries the font slices it draws with', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factlens-single-'));
  const { context, page, errors } = await openApp(env.browser, env.url);
  const story = { format: 'factlens-corpus', version: 1, id: 'scripts', title: '字节跳动 · الرقائق',
    sources: [{ id: 'zh', outlet: '新华社', title: '字节跳动投资人工智能', text: '字节跳动计划在2025年投入1600亿元人民币用于人工智能芯片和数据中心。' },
              { id: 'ar', outlet: 'الجزيرة', title: 'استثمار الرقائق', text: 'قالت الشركة إنها ستنفق خمسة مليارات دولار على الرقائق هذا العام.' }],
    claims: [], mentions: [] };
  const json = JSON.stringify(story);
  await page.setInputFiles('#open-story', { name: 'scripts.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).corpus === 'scripts');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).missing_glyphs === 0, null, { timeout: 20000 });
  const original = await state(page);
  assert.ok(original.script_fonts.length >= 2, `fonts: ${original.script_fonts}`);
  const { file } = await makeSingleFile(page, dir, 'scripts.html', json, story.title, '');
  assert.deepEqual(errors, []);
  await context.close();

  const single = await openOffline(env.browser, pathToFileURL(file).href);
  await single.page.waitForFunction(() => {
    const s = JSON.parse(window.factlens.state());
    return s.corpus === 'scripts' && s.idle && s.missing_glyphs === 0;
  }, null, { timeout: 60000 });
  const s = await state(single.page);
  assert.equal(s.title, story.title);
  assert.deepEqual([...s.script_fonts].sort(), [...original.script_fonts].sort());
  await screenshot(single.page, 'single-file-scripts');
  assert.deepEqual(single.requests, []);
  assert.deepEqual(single.errors, []);
  await single.context.close();
});
