// Nothing a user brings can crash or freeze the page: oversized links, pastes and files
// are refused by name before they are copied, the story on screen stays, and the page
// runs under a strict Content-Security-Policy with a service worker that answers only
// for the app's own files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, openApp, state, settle, click, startServer, screenshot, taskBudget } from './harness.mjs';

const env = useBrowser();

test('a 1.4-million-character link starts the app, says it was too long, and keeps the defaults', async () => {
  const huge = '#view=claims&q=' + 'a'.repeat(1_400_000);
  const { context, page, errors } = await openApp(env.browser, env.url + huge);
  const s = await state(page);
  assert.equal(s.counts.sources, 5);
  assert.match(s.notice, /longer than 256 KB/);
  assert.equal(s.view, 'claims');  // what came before the cut is read
  await click(page, 'tab/figures');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).view === 'figures');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an article over 4 MB, pasted or chosen, is refused by name and the story stays', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const before = await state(page);
  // A paste of 5 MB: the page does not copy it into the app.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Acme will spend $5 billion. '.repeat(180_000));
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, cancelable: true }));
  });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).pending === 1);
  // A chosen file of 5 MB, and a story file over 64 MB (not read at all).
  await page.setInputFiles('#add-files', { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(5 << 20, 'a') });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).pending === 2);
  const start = Date.now();
  const hugeStory = join(mkdtempSync(join(tmpdir(), 'factlens-')), 'huge.json');
  writeFileSync(hugeStory, Buffer.alloc(65 << 20, ' '));
  await page.setInputFiles('#open-story', hugeStory);
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).open_errors === 1, null, { timeout: 60000 });
  const s = await state(page);
  assert.equal(s.corpus, before.corpus);
  assert.equal(s.counts.claims, before.counts.claims);
  assert.equal(s.dialog, 'add-sources');  // the refused articles are listed, with why
  const items = await page.evaluate(() => window.factlens.items());
  assert.ok(items.some((it) => it.id === 'add-sources/remove/1'), 'the refused file is listed by name');
  assert.ok(Date.now() - start < 30000);
  await settle(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page runs under a strict Content-Security-Policy', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '');
  for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'"])
    assert.ok(csp.includes(directive), `CSP has ${directive}`);
  assert.equal(await page.evaluate(() => document.querySelectorAll('[onclick],[oncontextmenu],[onload]').length), 0);
  // An inline script is refused (and reported): the policy is in force.
  const blocked = await page.evaluate(() => new Promise((ok) => {
    document.addEventListener('securitypolicyviolation', () => ok(true), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.appendChild(s);
    setTimeout(() => ok(window.__inline !== 1), 500);
  }));
  assert.ok(blocked);
  // That one violation was ours; nothing of the app's own was blocked.
  assert.deepEqual(errors.filter((e) => !/inline/.test(e)), []);
  await context.close();
});

test('the service worker answers only for the app: other pages and query strings go to the network', async () => {
  const { server, url } = await startServer();
  const { context, page } = await openApp(env.browser, url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
  });
  server.closeAllConnections?.();
  await new Promise((ok) => server.close(ok));
  await context.setOffline(true);
  const result = await page.evaluate(async () => {
    const get = (p) => fetch(p).then((r) => `${r.status}`, () => 'network error');
    return { app: await get('factlens.js'), query: await get('factlens.js?x=1'), other: await get('other.html'), blog: await get('blog/post.html') };
  });
  assert.deepEqual(result, { app: '200', query: 'network error', other: 'network error', blog: 'network error' });
  // A navigation to another page of the origin is not answered with factlens either.
  const other = await context.newPage();
  const failed = await other.goto(new URL('other.html', url).href).then(() => false, () => true);
  assert.ok(failed, 'other.html did not open from the cache');
  await context.close();
});

// A 4 MB article of news-like paragraphs, each with figures, dates and names.
function bigArticle(bytes) {
  const lines = ['Acme Industries to expand chip plants, filings show', '', 'On March 3, 2026, Acme said it would spend $5 billion this year.'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `Paragraph ${i}: Acme Industries said on Tuesday that unit ${i % 97} would invest about ${(i % 50) + 1}.${i % 10} billion euros ` +
              `(roughly $${(i % 40) + 2} billion) in plants in Lyon and Turin, up ${i % 30}% from last year, employing ${1000 + i} people by 2028.`;
    lines.push(p);
    size += p.length + 1;
  }
  return lines.join('\n').slice(0, bytes);
}

test('a 4 MB article builds in the worker: the progress bar moves and the page keeps answering', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: false });
  });
  await page.setInputFiles('#add-files', { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(bigArticle(4_000_000)) });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).pending === 1);
  await settle(page);
  // Every animation frame, the page notes the build's progress.
  await page.evaluate(() => {
    window.__progress = [];
    const look = () => {
      const s = JSON.parse(window.factlens.state());
      if (s.building) window.__progress.push(s.build_progress);
      if (!s.building && window.__progress.length && s.corpus === 'my-story') return;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const started = Date.now();
  await page.evaluate(() => window.factlens.resetTimings());
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).building === true);
  // While it builds, a tab click lands at once.
  await click(page, 'tab/claims');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).view === 'claims', null, { timeout: 5000 });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).building === false, null, { timeout: 120000 });
  const seconds = (Date.now() - started) / 1000;
  const progress = new Set(await page.evaluate(() => window.__progress));
  const s = await state(page);
  assert.equal(s.corpus, 'my-story', s.notice);
  assert.equal(s.counts.sources, 1);
  assert.ok(s.counts.claims > 10, `claims: ${s.counts.claims}`);
  assert.ok(progress.size >= 2, `the progress bar moved: ${[...progress]}`);
  const longest = Math.max(0, ...(await page.evaluate(() => window.__long)));
  console.log(`4 MB article built in the page in ${seconds.toFixed(1)} s; the app's longest main-thread work ${s.longest_work_ms} ms; ` +
              `longest main-thread task ${longest.toFixed(0)} ms (target ${taskBudget(200)} ms)`);
  assert.ok(s.longest_work_ms <= taskBudget(200), `the app's work held the main thread for ${s.longest_work_ms} ms`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Cancel stops a build at once and keeps the story on screen', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const files = [1, 2, 3, 4, 5, 6].map((n) => ({ name: `big-${n}.txt`, mimeType: 'text/plain', buffer: Buffer.from(bigArticle(3_000_000)) }));
  await page.setInputFiles('#add-files', files);
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).pending === 6);
  await settle(page);
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).building === true);
  await click(page, 'build/cancel');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).building === false, null, { timeout: 5000 });
  const s = await state(page);
  assert.equal(s.corpus, 'bytedance-ai-2025');
  assert.match(s.notice, /Stopped building/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a story in Chinese and Arabic draws its own scripts, fetching only the font slices it needs', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const fetched = [];
  page.on('request', (r) => { if (/\/fonts\//.test(r.url())) fetched.push(new URL(r.url()).pathname.replace(/.*\/fonts\//, '')); });
  const zh = '字节跳动计划在2025年投入1600亿元人民币用于人工智能芯片和数据中心。';
  const ar = 'قالت الشركة إنها ستنفق خمسة مليارات دولار على الرقائق هذا العام.';
  const story = { format: 'factlens-corpus', version: 1, id: 'scripts', title: '字节跳动 · الرقائق',
    sources: [{ id: 'zh', outlet: '新华社', title: '字节跳动投资人工智能', text: zh }, { id: 'ar', outlet: 'الجزيرة', title: 'استثمار الرقائق', text: ar }],
    claims: [], mentions: [] };
  await page.setInputFiles('#open-story', { name: 'scripts.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).corpus === 'scripts');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).missing_glyphs === 0, null, { timeout: 20000 });
  const s = await state(page);
  assert.ok(s.script_fonts.some((f) => f.startsWith('cjk-')), `fonts: ${s.script_fonts}`);
  assert.ok(s.script_fonts.some((f) => f.startsWith('arabic-')), `fonts: ${s.script_fonts}`);
  // Only the slices holding the story's code points (blocks of 256), not the 143 there are.
  assert.ok(fetched.length >= 2 && fetched.length <= 30, `fetched ${fetched}`);
  assert.equal(new Set(fetched).size, fetched.length, 'each slice fetched once');
  await click(page, 'source/zh');
  await settle(page);
  await screenshot(page, 'scripts-chinese-reader');
  // Arabic, joined and right to left (core/shaping.h), with the joined forms' slice fetched.
  await click(page, 'source/ar');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).script_fonts.some((f) => f === 'arabic-fe.ttf'), null, { timeout: 20000 });
  await settle(page);
  await screenshot(page, 'scripts-arabic-reader');
  assert.deepEqual(errors, []);
  await context.close();
});

test('rare punctuation comes as a slice of Inter, and the bold and mono faces draw the whole base set', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const fetched = [];
  page.on('request', (r) => { if (/\/fonts\//.test(r.url())) fetched.push(new URL(r.url()).pathname.replace(/.*\/fonts\//, '')); });
  // The default story needs no slice, and every face draws every code point of the base set
  // that Inter Regular draws (the bold and mono faces are cut smaller and take the rest from it).
  let s = await state(page);
  assert.equal(s.base_glyphs_lacking, 0);
  assert.equal(s.missing_glyphs, 0);
  // A title in the bold faces with base signs they are not cut to (per mille, the bitcoin
  // sign, an arrow), and text with marks outside the base set (double exclamation, interrobang).
  const story = { format: 'factlens-corpus', version: 1, id: 'marks', title: 'Yields up 12‰ → ₿ rally',
    sources: [{ id: 'a', outlet: 'Wire', title: 'Markets ‼', text: 'Traders cheered ‼ and then asked ‽ on 3 March 2026.' }],
    claims: [], mentions: [] };
  await page.setInputFiles('#open-story', { name: 'marks.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).corpus === 'marks');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).missing_glyphs === 0, null, { timeout: 20000 });
  s = await state(page);
  assert.deepEqual(fetched, ['inter-20.otf']);
  assert.deepEqual(s.script_fonts, ['inter-20.otf']);
  assert.equal(s.base_glyphs_lacking, 0);
  await settle(page);
  await screenshot(page, 'rare-punctuation');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 1.5 MB article pasted is taken whole (it once ran the app out of bounds)', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const text = 'On March 3, 2026, Acme said it would spend $5 billion on chips. '.repeat(24_000);
  await page.evaluate((t) => { window.__text = t; }, text);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', window.__text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, cancelable: true }));
  });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).pending === 1);
  const s = await state(page);
  assert.deepEqual(s.pending_problems, ['']);
  assert.ok(text.length > 1_500_000);
  await settle(page);
  assert.deepEqual(errors, []);
  await context.close();
});
