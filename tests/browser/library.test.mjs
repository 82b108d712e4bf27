// Every story the user builds or opens is kept in the browser's library (IndexedDB), and a
// link to one of them carries it: it opens the same story and view on another machine, with
// nothing uploaded. Bad links say what is missing and change nothing kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, openApp, state, settle, click, find, showView, ROOT } from './harness.mjs';

const env = useBrowser();
const STORY = join(ROOT, 'tests', 'stories', 'espirito-santo-floods');
const THREE = ['01-latamwire.txt', '02-newsnow.txt', '03-brazil-briefing.txt'].map((f) => join(STORY, f));
const OTHER = join(ROOT, 'tests', 'stories', 'south-pennine-tramway');
const TWO_MORE = ['01-ukwire.txt', '02-calder-courier.txt'].map((f) => join(OTHER, f));

async function build(page, files, count = files.length) {
  await page.setInputFiles('#add-files', files);
  await page.waitForFunction((n) => JSON.parse(window.factlens.state()).pending === n, count);
  await settle(page);
  const before = (await state(page)).story_id;
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction((id) => {
    const s = JSON.parse(window.factlens.state());
    return s.idle && s.corpus === 'my-story' && s.story_id !== id && s.notice.startsWith('Built');
  }, before, { timeout: 60000 });
  return state(page);
}

async function copyLink(page, context) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
  await page.keyboard.press('Control+Shift+C');
  await page.waitForFunction(() => /Link copied|too large/.test(JSON.parse(window.factlens.state()).notice), null, { timeout: 30000 });
  return page.evaluate(() => navigator.clipboard.readText());
}

const sameStory = (a, b) => {
  assert.equal(a.title, b.title);
  assert.deepEqual(a.counts, b.counts);
  assert.equal(a.view, b.view);
  assert.deepEqual(a.selection, b.selection);
};

test('a story built from three articles is kept, survives a reload and going offline, and its link opens it in a fresh browser', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const built = await build(page, THREE);
  assert.match(built.story_id, /^[0-9a-f]{32}$/);
  assert.deepEqual(built.library, ['My story']);
  assert.match(built.notice, /kept in this browser/);
  // A view and a selection, chosen with the mouse.
  await showView(page, 'claims');
  const claim = await find(page, /^claim\//);
  await click(page, claim.id);
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).selection.claim !== null);
  const chosen = await state(page);
  assert.match(page.url(), new RegExp(`#story=${chosen.story_id}&view=claims&claim=`));

  const link = await copyLink(page, context);
  assert.match(link, new RegExp(`#story=${chosen.story_id}&data=1\\.\\d+\\.[A-Za-z0-9_-]+&view=claims&claim=`));
  console.log(`a link carrying a story of three articles: ${link.length} characters`);

  // Reload, then offline: the address names the story, and the library has it.
  await page.reload();
  await page.waitForFunction(() => window.factlensReady === true);
  await page.waitForFunction(() => { const s = JSON.parse(window.factlens.state()); return s.idle && s.corpus === 'my-story'; }, null, { timeout: 30000 });
  sameStory(await state(page), chosen);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
  });
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => window.factlensReady === true);
  await page.waitForFunction(() => { const s = JSON.parse(window.factlens.state()); return s.idle && s.corpus === 'my-story' && s.library.length === 1; }, null, { timeout: 30000 });
  sameStory(await state(page), chosen);
  await context.setOffline(false);

  // Another machine: a fresh context, nothing stored. The link alone opens the same story
  // at the same view, and keeps it there too.
  const other = await openApp(env.browser, link, { width: 1280, height: 800 });
  await other.page.waitForFunction(() => { const s = JSON.parse(window.factlens.state()); return s.idle && s.corpus === 'my-story' && s.selection.claim; }, null, { timeout: 30000 });
  const there = await state(other.page);
  sameStory(there, chosen);
  assert.equal(there.story_id, chosen.story_id);
  assert.deepEqual(there.library, ['My story']);
  // The address bar no longer carries the story's bytes: the library has them.
  assert.ok(!other.page.url().includes('data='), other.page.url());
  assert.deepEqual(other.errors, []);
  await other.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('two stories are kept, deleting one keeps the other, and a cut or damaged link changes nothing', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const first = await build(page, THREE);
  const second = await build(page, TWO_MORE);
  assert.notEqual(first.story_id, second.story_id);
  assert.equal(second.library.length, 2);
  const link = await copyLink(page, context);

  // Links to a story this browser does not keep (another id): cut short, as chat apps do;
  // from a newer factlens; and one whose data is not the story it names.
  const unknown = (h) => h.replace(second.story_id, 'e'.repeat(32));
  const cut = link.slice(0, Math.floor(link.length * 0.6));
  await page.evaluate((h) => { location.hash = h; }, unknown(new URL(cut).hash));
  await page.waitForFunction(() => /cut short/.test(JSON.parse(window.factlens.state()).notice), null, { timeout: 30000 });
  let s = await state(page);
  assert.equal(s.story_id, second.story_id, 'the story on screen stays');
  const newer = unknown(new URL(link).hash.replace('data=1.', 'data=9.'));
  await page.evaluate((h) => { location.hash = h; }, newer);
  await page.waitForFunction(() => /newer factlens/.test(JSON.parse(window.factlens.state()).notice), null, { timeout: 30000 });
  await page.evaluate((h) => { location.hash = h; }, unknown(new URL(link).hash));
  await page.waitForFunction(() => /not the story the link names/.test(JSON.parse(window.factlens.state()).notice), null, { timeout: 30000 });
  s = await state(page);
  assert.equal(s.library.length, 2, 'nothing kept was replaced or deleted');

  // Rename the second in "Your stories", then delete the first, with its confirmation.
  await click(page, 'menu/story');
  await click(page, 'menu/library');
  await click(page, `library/rename/${second.story_id}`);
  await click(page, `library/title/${second.story_id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Tramway, two reports', { delay: 5 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).library.includes('Tramway, two reports'));
  await click(page, `library/delete/${first.story_id}`);
  await click(page, `library/confirm-delete/${first.story_id}`);
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).library.length === 1);
  await find(page, `library/open/${second.story_id}`);
  s = await state(page);
  assert.equal(s.story_id, second.story_id);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs building at the same time lose neither story', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const tab2 = await context.newPage();
  const errors2 = [];
  tab2.on('console', (m) => { if (m.type() === 'error') errors2.push(m.text()); });
  await tab2.goto(env.url);
  await tab2.waitForFunction(() => window.factlensReady === true);
  const [a, b] = await Promise.all([build(page, THREE), build(tab2, TWO_MORE)]);
  assert.notEqual(a.story_id, b.story_id);
  // Each tab hears of the other's story.
  for (const p of [page, tab2]) await p.waitForFunction(() => JSON.parse(window.factlens.state()).library.length === 2, null, { timeout: 15000 });
  assert.deepEqual([...errors, ...errors2], []);
  await context.close();
});

test('with the browser storage full, a built story opens and the user is told it was not kept', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(env.url).origin, quotaSize: 1024 });
  await page.setInputFiles('#add-files', THREE);
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).pending === 3);
  await settle(page);
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => { const s = JSON.parse(window.factlens.state()); return s.idle && s.corpus === 'my-story'; }, null, { timeout: 60000 });
  const s = await state(page);
  assert.match(s.notice, /could not be kept in this browser/);
  assert.equal(s.story_id, '');
  assert.deepEqual(s.library, []);
  assert.deepEqual(errors, []);
  await context.close();
});

// Fifty articles of made-up but varied news text: too much for one link.
function articles(n) {
  const words = readFileSync(join(STORY, '01-latamwire.txt'), 'utf8').split(/\s+/).filter(Boolean);
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: n }, (_, i) => {
    let text = `Report ${i + 1}: floods in the state\n\nOn March ${1 + (i % 27)}, 2026, officials said ${100 + i * 7} people had left their homes. `;
    while (text.length < 4000) text += words[next() % words.length] + (next() % 9 === 0 ? `, ${next() % 900} families. ` : ' ');
    return { name: `report-${String(i + 1).padStart(2, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) };
  });
}

test('a story of 50 articles is too large for a link: the story file and a single-file page are offered', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const files = articles(50);
  const built = await build(page, files, 50);
  const link = await copyLink(page, context);
  const s = await state(page);
  assert.match(s.notice, /too large to carry in a link/);
  assert.equal(s.dialog, 'share');
  assert.match(link, new RegExp(`#story=${built.story_id}&title=My%20story`));
  await find(page, 'share/single-file');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'share/story-file')]);
  const saved = await download.path();
  const bytes = readFileSync(saved);
  // The story file is the very story the link names.
  assert.equal(createHash('sha256').update(bytes).digest('hex').slice(0, 32), built.story_id);
  // Elsewhere, the link asks for that file; once it is opened, the link's view shows.
  const other = await openApp(env.browser, link, { width: 1280, height: 800 });
  await other.page.waitForFunction(() => /not kept in this browser/.test(JSON.parse(window.factlens.state()).notice), null, { timeout: 30000 });
  assert.equal((await state(other.page)).corpus, 'bytedance-ai-2025');
  await other.page.setInputFiles('#open-story', saved);
  await other.page.waitForFunction((id) => { const st = JSON.parse(window.factlens.state()); return st.idle && st.story_id === id; }, built.story_id, { timeout: 60000 });
  const there = await state(other.page);
  assert.equal(there.view, s.view);
  assert.equal(there.counts.sources, 50);
  assert.deepEqual(other.errors, []);
  await other.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});
