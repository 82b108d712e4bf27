// The six views over the default story: each renders at two window sizes, and the
// selection made in one view is the selection every other view shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, state, screenshot, settle } from './harness.mjs';

// Tab centres in CSS pixels; the tab bar is laid out from the left, whatever the size.
const TABS = { timeline: 46, figures: 116, sources: 187, claims: 254, findings: 322, compare: 399 };
const TAB_Y = 56;

const env = useBrowser();

async function showView(page, name) {
  await page.mouse.click(TABS[name], TAB_Y);
  await page.waitForFunction((v) => JSON.parse(window.factlens.state()).view === v, name, { timeout: 10000 });
  await settle(page);
}

for (const [width, height] of [[1280, 800], [1920, 1080]]) {
  test(`every view renders at ${width}x${height}`, async () => {
    const { context, page, errors } = await openApp(env.browser, env.url, { width, height });
    const s = await state(page);
    assert.equal(s.counts.sources, 5);
    assert.ok(s.counts.claims >= 40, `claims: ${s.counts.claims}`);
    assert.ok(s.counts.findings >= 40, `findings: ${s.counts.findings}`);
    assert.ok(s.counts.reports >= 5 && s.counts.events >= 3);
    const sizes = {};
    for (const name of Object.keys(TABS)) {
      await showView(page, name);
      await page.waitForTimeout(150);
      const shot = await screenshot(page, `view-${name}-${width}x${height}`);
      assert.ok(shot.differing > shot.width * shot.height * 0.08, `${name}: only ${shot.differing} drawn pixels`);
      assert.ok(shot.colours > 40, `${name}: only ${shot.colours} colours`);
      sizes[name] = shot.differing;
    }
    // Each view draws something of its own, not the same screen under another tab.
    assert.equal(new Set(Object.values(sizes)).size, Object.keys(TABS).length);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a claim clicked in the reader is the claim selected in Claims, Findings and Figures', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  await showView(page, 'sources');
  await page.mouse.click(300, 165);  // the Reuters report in the list
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).selection.source === 'reuters-000');
  await settle(page);
  await page.mouse.click(900, 279);  // "over 150 billion yuan ($20.64 billion)" highlighted in the text
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
  await page.waitForTimeout(100);
  assert.notEqual((await screenshot(page, 'cleared-claims')).differing, selectedClaims.differing);
  await showView(page, 'findings');
  await page.waitForTimeout(100);
  assert.notEqual((await screenshot(page, 'cleared-findings')).differing, selectedFindings.differing);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Ctrl+F focuses the search of the current view', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  await showView(page, 'findings');
  await settle(page);
  await page.keyboard.press('Control+f');
  await page.waitForTimeout(100);
  await page.keyboard.type('Cambrian', { delay: 20 });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).search === 'Cambrian');
  await screenshot(page, 'findings-search-cambrian');
  assert.deepEqual(errors, []);
  await context.close();
});
