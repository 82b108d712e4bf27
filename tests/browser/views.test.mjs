// The six views over the default story: each renders at two window sizes, and the
// selection made in one view is the selection every other view shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, state, screenshot, settle, showView, click, find, pixelAt } from './harness.mjs';

const VIEWS = ['timeline', 'figures', 'sources', 'claims', 'findings', 'compare'];

const env = useBrowser();

for (const [width, height] of [[1280, 800], [1920, 1080]]) {
  test(`every view renders at ${width}x${height}`, async () => {
    const { context, page, errors } = await openApp(env.browser, env.url, { width, height });
    const s = await state(page);
    assert.equal(s.counts.sources, 5);
    assert.ok(s.counts.claims >= 40, `claims: ${s.counts.claims}`);
    assert.ok(s.counts.findings >= 40, `findings: ${s.counts.findings}`);
    assert.ok(s.counts.reports >= 5 && s.counts.events >= 3);
    const sizes = {};
    for (const name of VIEWS) {
      await showView(page, name);
      const shot = await screenshot(page, `view-${name}-${width}x${height}`);
      assert.ok(shot.differing > shot.width * shot.height * 0.08, `${name}: only ${shot.differing} drawn pixels`);
      assert.ok(shot.colours > 40, `${name}: only ${shot.colours} colours`);
      sizes[name] = shot.differing;
    }
    // Each view draws something of its own, not the same screen under another tab.
    assert.equal(new Set(Object.values(sizes)).size, VIEWS.length);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a claim clicked in the reader is the claim selected in Claims, Findings and Figures', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  await showView(page, 'sources');
  await click(page, 'source/reuters-000');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).selection.source === 'reuters-000');
  // "over 150 billion yuan ($20.64 billion)" highlighted in the text
  const mark = await click(page, 'mark/capex-2025/0');
  assert.match(mark.label, /150 billion yuan/);
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).selection.claim !== null);
  assert.equal((await state(page)).selection.claim, 'capex-2025');
  await screenshot(page, 'select-claim-in-reader');

  await showView(page, 'claims');
  assert.equal((await state(page)).selection.claim, 'capex-2025');
  const selectedClaims = await screenshot(page, 'select-claim-claims');
  await showView(page, 'findings');
  assert.equal((await state(page)).selection.claim, 'capex-2025');
  const selectedFindings = await screenshot(page, 'select-claim-findings');
  await showView(page, 'figures');
  await screenshot(page, 'select-claim-figures');

  // Esc clears the selection; the Claims and Findings views then draw differently.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).selection.claim === null);
  await showView(page, 'claims');
  assert.notEqual((await screenshot(page, 'cleared-claims')).differing, selectedClaims.differing);
  await showView(page, 'findings');
  assert.notEqual((await screenshot(page, 'cleared-findings')).differing, selectedFindings.differing);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Ctrl+F focuses the search of the current view', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  await showView(page, 'findings');
  await page.keyboard.press('Control+f');
  await settle(page);
  assert.ok((await find(page, 'search')).focused, 'the search box has the keyboard focus');
  await page.keyboard.type('Cambrian', { delay: 20 });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).search === 'Cambrian');
  await screenshot(page, 'findings-search-cambrian');
  assert.deepEqual(errors, []);
  await context.close();
});

test('items() names the tabs, the menu, Copy link and drawn marks, with rectangles on screen', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  await settle(page);
  const list = await page.evaluate(() => window.factlens.items());
  const byId = (id) => list.find((it) => it.id === id);
  for (const name of VIEWS) {
    const tab = byId(`tab/${name}`);
    assert.ok(tab && tab.visible, `tab ${name} listed`);
    assert.equal(tab.label.toLowerCase(), name);
    assert.ok(tab.w > 30 && tab.h > 10 && tab.y < 100, `tab ${name} has a rectangle on screen: ${JSON.stringify(tab)}`);
    assert.equal(tab.selected, false, 'the page opens on the overview');
  }
  for (const id of ['menu/story', 'copy-link', 'tab/overview', 'source/reuters-000']) assert.ok(byId(id)?.visible, `${id} listed`);
  // The tabs sit side by side in view order, without overlapping.
  const tabs = VIEWS.map((v) => byId(`tab/${v}`));
  for (let i = 1; i < tabs.length; i++) assert.ok(tabs[i].x >= tabs[i - 1].x + tabs[i - 1].w - 0.5);
  // Each tab's centre, clicked, shows its view; the marks drawn in a view are listed.
  for (const name of [...VIEWS].reverse()) {
    const tab = (await page.evaluate(() => window.factlens.items())).find((it) => it.id === `tab/${name}`);
    await page.mouse.click(tab.x + tab.w / 2, tab.y + tab.h / 2);
    await page.waitForFunction((v) => JSON.parse(window.factlens.state()).view === v, name);
    await settle(page);
  }
  await showView(page, 'timeline');
  assert.ok((await page.evaluate(() => window.factlens.items())).some((it) => it.id.startsWith('timeline/') && it.visible));
  await showView(page, 'figures');
  assert.ok((await page.evaluate(() => window.factlens.items())).some((it) => it.id === 'bar/capex-2025' && it.visible));
  await showView(page, 'findings');
  assert.ok((await page.evaluate(() => window.factlens.items())).some((it) => it.id.startsWith('finding/') && it.visible));
  // A reader highlight's rectangle is where its colour is drawn: the pixel at its centre
  // is not the page's white.
  await showView(page, 'sources');
  await click(page, 'source/reuters-000');
  const mark = await find(page, 'mark/capex-2025/0');
  const inside = await pixelAt(page, mark.shown.x + 2, mark.shown.y + mark.shown.h / 2);
  const outside = await pixelAt(page, mark.shown.x + mark.shown.w / 2, mark.shown.y - 6);
  assert.notDeepEqual(inside, outside, `the highlight is drawn inside its rectangle (${inside} vs ${outside})`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('tabs clicked quickly in alternation while the page is busy: every click lands', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  await settle(page);
  const list = await page.evaluate(() => window.factlens.items());
  const at = (v) => { const t = list.find((it) => it.id === `tab/${v}`); return [t.x + t.w / 2, t.y + t.h / 2]; };
  const before = (await state(page)).view_changes;
  // Keep the main thread busy: 40 ms of work every 50 ms, as a slow phone would be.
  await page.evaluate(() => {
    window.__busy = setInterval(() => { const end = performance.now() + 40; while (performance.now() < end); }, 50);
  });
  const order = [];
  for (let i = 0; i < 30; i++) {
    const v = i % 2 === 0 ? 'figures' : 'claims';
    order.push(v);
    await page.mouse.click(...at(v));  // no waiting between clicks
  }
  await page.waitForFunction((n) => JSON.parse(window.factlens.state()).view_changes >= n, before + 30, { timeout: 60000 });
  await page.evaluate(() => clearInterval(window.__busy));
  await settle(page);
  const s = await state(page);
  assert.equal(s.view_changes, before + 30, 'each of the 30 clicks changed the view once');
  assert.equal(s.view, order.at(-1));
  assert.deepEqual(errors, []);
  await context.close();
});

test('an attribution finding shows, under each quote, the words that credit it', async () => {
  const id = 'attribution:information-nvidia-chips';
  const { context, page, errors } = await openApp(env.browser, `${env.url}#view=findings&finding=${encodeURIComponent(id)}`);
  await settle(page);
  const credits = (await page.evaluate(() => window.factlens.items())).filter((it) => it.id.startsWith('credit/') && it.visible);
  assert.ok(credits.length >= 2, `credits drawn: ${JSON.stringify(credits)}`);
  assert.ok(credits.some((it) => it.label === 'The Information'), JSON.stringify(credits.map((it) => it.label)));
  for (const it of credits) assert.ok(it.w > 20 && it.h > 8, `${it.id} has a rectangle: ${JSON.stringify(it)}`);
  await screenshot(page, 'findings-credits');
  assert.deepEqual(errors, []);
  await context.close();
});
