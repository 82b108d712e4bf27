// The bad-input catalogue (tests/bad-inputs/catalogue.json) through the page, the way a
// user brings each input: story files opened, articles chosen, dropped and pasted. Each
// refused input must say why (the catalogue's message), keep the story on screen, and
// keep the page answering: no main-thread task over 200 ms while it is handled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, openApp, state, settle, taskBudget, ROOT } from './harness.mjs';

const env = useBrowser();
const DIR = join(ROOT, 'tests', 'bad-inputs');
const catalogue = JSON.parse(readFileSync(join(DIR, 'catalogue.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'factlens-bad-'));
// The longest main-thread task a user's input may cause. The target is 200 ms (printed
// against what was measured); the test fails on a freeze, over 1 s, both stretched by the
// load per core when the machine is overloaded (see taskBudget), so that a busy CI box
// does not fail it for its neighbours' work.
const budget = () => taskBudget(1000);
const target = () => taskBudget(200);

// The input's bytes as a file on disk (made ones are written once).
function inputFile(entry) {
  if (entry.file) return join(DIR, entry.file);
  const m = entry.make;
  const path = join(work, entry.name + (entry.as === 'story' ? '.json' : '.txt'));
  if (m.sparse) {
    writeFileSync(path, Buffer.alloc(m.sparse));
  } else {
    const before = Buffer.from(m.before ?? ''), after = Buffer.from(m.after ?? '');
    const body = Buffer.alloc(m.bytes);
    const unit = Buffer.from(m.repeat);
    for (let i = 0; i < m.bytes; i += unit.length) unit.copy(body, i, 0, Math.min(unit.length, m.bytes - i));
    writeFileSync(path, Buffer.concat([before, body, after]));
  }
  return path;
}

async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(Math.round(e.duration)); })
      .observe({ type: 'longtask' });
  });
}
const longest = async (page) => Math.max(0, ...(await page.evaluate(() => window.__long)));
// The app's own main-thread work (state().longest_work_ms): one frame's UI and story work,
// or one call from the page, without WebGL's drawing, which a loaded machine's software GL
// stretches for reasons that are not the input's.
const resetWork = (page) => page.evaluate(() => window.factlens.resetTimings());
const longestWork = async (page) => (await state(page)).longest_work_ms;

const pageInputs = catalogue.inputs.filter((e) => !e.cli_only);

test('every story file of the catalogue, opened: refused with its message, or opened', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  await watchLongTasks(page);
  const report = [];
  for (const entry of pageInputs.filter((e) => e.as === 'story')) {
    await resetWork(page);
    const before = await state(page);
    await page.setInputFiles('#open-story', inputFile(entry));
    if (entry.refused) {
      await page.waitForFunction(() => JSON.parse(window.factlens.state()).open_errors > 0, null, { timeout: 60000 });
      const s = await state(page);
      assert.equal(s.corpus, before.corpus, `${entry.name}: the story on screen stays`);
      assert.ok(s.open_error_list.some((m) => m.includes(entry.expect)), `${entry.name}: "${entry.expect}" in ${JSON.stringify(s.open_error_list)}`);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => JSON.parse(window.factlens.state()).open_errors === 0);
    } else {
      await page.waitForFunction(() => { const s = JSON.parse(window.factlens.state()); return s.idle && s.notice.startsWith('Opened'); }, null, { timeout: 60000 });
      assert.equal((await state(page)).open_errors, 0, entry.name);
    }
    await settle(page);
    const work = await longestWork(page);
    report.push(`${entry.name}: ${work} ms (longest task so far ${await longest(page)} ms)`);
    assert.ok(work <= target(), `${entry.name}: the app's work held the main thread for ${work} ms`);
    assert.ok(await longest(page) <= budget(), `${entry.name}: a main-thread task of ${await longest(page)} ms`);
  }
  console.log(`stories opened, the app's longest main-thread work: ${report.join(', ')} (target ${target()} ms, freeze ${budget()} ms)`);
  assert.deepEqual(errors.filter((e) => !/could not keep/.test(e)), []);
  await context.close();
});

test('every article of the catalogue, chosen, dropped and pasted: refused by name with why, or ready to build', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  await watchLongTasks(page);
  const articles = pageInputs.filter((e) => e.as === 'article');
  let pending = 0;
  for (const entry of articles) {
    const path = inputFile(entry);
    const bytes = readFileSync(path);
    // Chosen.
    await page.setInputFiles('#add-files', path);
    await page.waitForFunction((n) => JSON.parse(window.factlens.state()).pending === n, ++pending, { timeout: 60000 });
    await settle(page);
    assert.ok(await longest(page) <= budget(), `${entry.name} chosen: a main-thread task of ${await longest(page)} ms`);
    // Dropped.
    // The file reaches the page first (the test's own work, not timed), then the drop.
    await page.evaluate(({ b64, name }) => {
      const bin = atob(b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      window.__file = new File([bytes], name, { type: 'text/plain' });
      window.__long = [];
    }, { b64: bytes.toString('base64'), name: entry.name + '.txt' });
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(window.__file);
      delete window.__file;
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    });
    await page.waitForFunction((n) => JSON.parse(window.factlens.state()).pending === n, ++pending, { timeout: 60000 });
    const s = await state(page);
    for (const problem of s.pending_problems.slice(-2)) {
      if (entry.refused) assert.ok(problem.includes(entry.expect), `${entry.name}: "${entry.expect}" in "${problem}"`);
      else assert.equal(problem, '', `${entry.name} is an article that can be built`);
    }
    // Pasted, when it is text a clipboard can hold.
    const text = bytes.toString('utf8');
    if (!entry.refused || /too large/.test(entry.expect)) {
      // The text reaches the page first (the test's own work), then the paste.
      await page.evaluate((t) => { window.__text = t; window.__long = []; }, text);
      await page.evaluate(() => {
        const dt = new DataTransfer();
        dt.setData('text/plain', window.__text);
        delete window.__text;
        document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, cancelable: true }));
      });
      await page.waitForFunction((n) => JSON.parse(window.factlens.state()).pending === n, ++pending, { timeout: 60000 });
      const p = (await state(page)).pending_problems.at(-1);
      if (entry.refused) assert.ok(p.includes(entry.expect), `${entry.name} pasted: "${p}"`);
      else assert.equal(p, '');
    }
    await settle(page);
    assert.ok(await longest(page) <= budget(), `${entry.name}: a main-thread task of ${await longest(page)} ms`);
  }
  const s = await state(page);
  assert.equal(s.corpus, 'bytedance-ai-2025', 'the story on screen stays');
  assert.equal(s.dialog, 'add-sources');
  // What can be built, builds (in the worker), and the page keeps answering: the draft
  // comes back as a snapshot, opened a few thousand records a frame.
  await page.evaluate(() => { window.__long = []; });
  await resetWork(page);
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => { const st = JSON.parse(window.factlens.state()); return st.idle && st.corpus === 'my-story'; }, null, { timeout: 120000 });
  const work = await longestWork(page);
  console.log(`articles: built; the app's longest main-thread work ${work} ms, longest task ${await longest(page)} ms (target ${target()} ms)`);
  assert.ok(work <= target(), `building and opening the draft held the main thread for ${work} ms`);
  assert.deepEqual(errors.filter((e) => !/could not keep/.test(e)), []);
  await context.close();
});
