// Everyone can read it: the page's mirror of the screen for screen readers (Chromium's
// accessibility tree, axe-core), the keyboard alone (Tab, Enter, a focus ring), "Copy quote"
// and links to a finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, openApp, state, settle, showView, click, find, items, screenshot, pixelAt, ROOT } from './harness.mjs';

const VIEWS = ['overview', 'timeline', 'figures', 'sources', 'claims', 'findings', 'compare'];
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const env = useBrowser();

// Words of the default story each view must hold in the page, not only on the canvas.
const WORDS = {
  overview: ['Who reported what, and when', 'ByteDance to Pour Over $20 Billion into AI Infrastructure'],
  timeline: ['Reports and events by date', 'Reuters'],
  figures: ['over 150 billion yuan ($20.64 billion)'],
  sources: ["The privately held tech giant plans to spend"],
  claims: ['capital expenditure'],
  findings: ['Where sources disagree', 'Over $20 Billion into AI Infrastructure'],
  compare: ['Sentences aligned'],
};

test('the accessibility tree holds the story in every view, and the title names the view', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await settle(page);
  assert.equal((await state(page)).view, 'overview', 'the page opens on the overview');
  const titles = new Set();
  for (const view of VIEWS) {
    if (view !== 'overview') await showView(page, view);
    if (view === 'sources') {
      await click(page, 'source/reuters-000');
      await page.waitForFunction(() => JSON.parse(window.factlens.state()).selection.source === 'reuters-000');
      await settle(page);
    }
    await page.waitForFunction((v) => document.title.startsWith(v), view[0].toUpperCase() + view.slice(1));
    titles.add(await page.title());
    const tree = await page.locator('#mirror').ariaSnapshot();
    for (const w of WORDS[view]) assert.ok(tree.includes(w), `${view}: the accessibility tree lacks "${w}"`);
    assert.match(tree, /navigation "Views"/, `${view}: no views navigation`);
    assert.match(tree, /heading .* \[level=1\]/, `${view}: no heading`);
    if (view === 'findings') {
      assert.match(tree, /article/, 'findings are articles');
      assert.match(tree, /blockquote/, 'quotes are blockquotes');
      assert.match(tree, /button "Copy quote: /, 'each quote has a Copy quote button');
    }
  }
  assert.equal(titles.size, VIEWS.length, [...titles].join(' | '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe-core finds no serious or critical violations in any view', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await page.evaluate(AXE);  // through DevTools: the page's CSP admits only its own scripts
  const report = {};
  for (const view of VIEWS) {
    if (view !== 'overview') await showView(page, view);
    await settle(page);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    report[view] = violations;
  }
  for (const view of VIEWS) assert.deepEqual(report[view], [], `${view}: ${report[view].join('; ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

// Presses Tab until the focused mirror button is the widget `match`; returns how many presses.
async function tabTo(page, match, max = 60) {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.dataset?.id || '');
    if (match instanceof RegExp ? match.test(id) : id === match) return n;
  }
  throw new Error(`Tab never reached ${match}`);
}

test('keyboard alone: open a finding and copy its quote, with a visible focus ring', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
  await settle(page);
  // From the overview: Tab goes through its content to the first top finding's "open".
  let presses = await tabTo(page, /^finding\/.+\/select$/);
  const select = await page.evaluate(() => document.activeElement.dataset.id);
  const findingId = select.replace(/^finding\//, '').replace(/\/select$/, '');
  await settle(page);
  // The canvas rings the widget whose button has the focus.
  const ring = (await items(page)).find((it) => it.id === select);
  assert.ok(ring && ring.focused, 'the focused widget is shown focused');
  const shot = await screenshot(page, 'keyboard-focus-ring');
  assert.ok(shot.differing > 0);
  const [r, g, b] = await pixelAt(page, ring.x - 3, ring.y + ring.h / 2);
  assert.ok(b > 150 && r < 90, `the focus ring is blue at the widget's edge: ${r},${g},${b}`);
  await page.keyboard.press('Enter');
  presses += 1;
  const toOpen = presses;
  await page.waitForFunction((id) => {
    const s = JSON.parse(window.factlens.state());
    return s.view === 'findings' && s.selection.finding === id;
  }, findingId);
  presses += await tabTo(page, /^copy-quote\/\d+$/);
  const copyId = await page.evaluate(() => document.activeElement.dataset.id);
  await page.keyboard.press('Enter');
  presses += 1;
  const mention = Number(copyId.split('/')[1]);
  await page.waitForFunction(() => /Quote copied/.test(JSON.parse(window.factlens.state()).notice));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^\u201C.+\u201D\n\u2014 /, copied);
  assert.match(copied, new RegExp(`m=${mention}(&|$)`), 'the link names the quote');
  console.log(`keyboard: ${toOpen} keys to open the top finding, ${presses} to copy a quote of it`);
  assert.ok(toOpen <= 12, `${toOpen} key presses to open a finding`);
  assert.ok(presses <= 40, `${presses} key presses`);
  // ? lists the keys; Esc closes the list.
  await page.keyboard.press('?');
  await page.waitForFunction(() => document.getElementById('help').open === true);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.getElementById('help').open === false);
  // From the canvas, Shift+Tab reaches the views.
  await page.focus('#canvas');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'tab/findings');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Copy quote puts the exact words and the citation on the clipboard, and its link marks the quote', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
  await showView(page, 'findings');
  const button = await find(page, /^copy-quote\/\d+$/);
  const mention = Number(button.id.split('/')[1]);
  await click(page, button.id);
  await page.waitForFunction(() => /Quote copied/.test(JSON.parse(window.factlens.state()).notice));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const quote = await find(page, `quote/${mention}`);
  const [words, credit, link] = copied.split('\n');
  assert.equal(words, `\u201C${quote.label}\u201D`, 'the exact words, quoted');
  assert.match(credit, /^\u2014 \S.*, \u201C.+\u201D, \d{4}(-\d\d){0,2}$/, `outlet, headline and date: ${credit}`);
  assert.ok(link.startsWith(env.url), link);
  // The link opens the reader at the quote, marked, with its claim selected.
  const other = await context.newPage();
  await other.goto(link);
  await other.waitForFunction(() => window.factlensReady === true);
  await settle(other);
  const s = await state(other);
  assert.equal(s.view, 'sources');
  assert.equal(s.mention, mention);
  assert.ok(s.selection.claim, 'its claim is selected');
  const tree = await other.locator('#mirror').ariaSnapshot();
  assert.ok(tree.includes(quote.label.slice(0, 30)), 'the quote is in the text');
  assert.ok(await other.locator('#mirror mark.marked').count() === 1, 'one quote marked');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link to a finding shows that finding, with its quotes marked', async () => {
  const probe = await openApp(env.browser, env.url);
  await showView(probe.page, 'findings');
  const card = (await items(probe.page)).find((it) => /^finding\/[^/]+$/.test(it.id) && it.visible);
  await probe.context.close();
  const id = card.id.slice('finding/'.length);
  const { context, page, errors } = await openApp(env.browser, `${env.url}#view=findings&finding=${encodeURIComponent(id)}`);
  await settle(page);
  const s = await state(page);
  assert.equal(s.view, 'findings');
  assert.equal(s.selection.finding, id);
  const shown = await find(page, `finding/${id}`);
  assert.ok(shown.selected, 'the finding is selected');
  const marked = (await items(page)).filter((it) => /^quote\/\d+$/.test(it.id) && it.visible && it.selected);
  assert.ok(marked.length >= 2, `its quotes are marked: ${marked.length}`);
  await screenshot(page, 'link-to-finding');
  assert.deepEqual(errors, []);
  await context.close();
});

test('text dragged over in the reader is selected, and Ctrl+C or its menu copies it', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
  await showView(page, 'sources');
  await click(page, 'source/reuters-000');
  const mark = await find(page, 'mark/capex-2025/0');
  // From just inside the quote's first letter, 250 px along its line.
  await page.mouse.move(mark.x + 1, mark.y + mark.h / 2);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(mark.x + 1 + (250 * i) / 6, mark.y + mark.h / 2);
  await page.mouse.up();
  await settle(page);
  const selection = await find(page, 'selection');
  assert.ok(selection.label.startsWith('over 150 billion') && selection.label.length > 20, `selected "${selection.label}"`);
  const text = await page.locator('#mirror article').innerText();
  assert.ok(text.replace(/\s+/g, ' ').includes(selection.label.replace(/\s+/g, ' ')), 'the words as the source has them');
  await page.keyboard.press('Control+c');
  await page.waitForFunction(async (words) => (await navigator.clipboard.readText()) === words, selection.label);
  // A right click opens its menu; "Copy with its source" adds the citation and a link.
  await page.mouse.click(mark.x + mark.w / 2, mark.y + mark.h / 2, { button: 'right' });
  await click(page, 'selection/cite');
  await page.waitForFunction(() => /Copied, with its source/.test(JSON.parse(window.factlens.state()).notice));
  const cited = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(cited.startsWith(`\u201C${selection.label}\u201D\n\u2014 Reuters`), cited);
  assert.match(cited, /#.*source=reuters-000.*at=\d+/);
  await screenshot(page, 'reader-selection');

  // In Compare too: words dragged over in a sentence are the selection, and Ctrl+C copies them.
  await showView(page, 'compare');
  const diff = await find(page, /^diff\/left\/\d+\/0$/);
  await page.mouse.move(diff.x + 1, diff.y + diff.h / 2);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(diff.x + 1 + (160 * i) / 6, diff.y + diff.h / 2);
  await page.mouse.up();
  await settle(page);
  const chosen = await find(page, 'selection');
  assert.ok(chosen.label.length > 8 && chosen.label.startsWith(diff.label.slice(0, 3)), `selected "${chosen.label}" from "${diff.label}"`);
  const s = await state(page);
  const cells = await page.evaluate(() => [...document.querySelectorAll('#mirror-view table tr')].map((r) => r.cells[0]?.textContent || ''));
  const flat = (t) => t.replace(/\s+/g, ' ');
  assert.ok(cells.some((c) => flat(c).includes(flat(chosen.label))), 'the words as the left source has them');
  await page.keyboard.press('Control+c');
  await page.waitForFunction(async (words) => (await navigator.clipboard.readText()) === words, chosen.label);
  assert.equal(s.view, 'compare');
  assert.deepEqual(errors, []);
  await context.close();
});

test('from the page alone: search a view and reach the Story menu', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await showView(page, 'findings');
  const all = await page.locator('#mirror-view article').count();
  await page.focus('#mirror-search');
  await page.keyboard.type('Nvidia');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).search === 'Nvidia');
  await settle(page);
  const some = await page.locator('#mirror-view article').count();
  assert.ok(some > 0 && some < all, `the search narrows the findings: ${some} of ${all}`);
  assert.equal((await find(page, 'search')).label !== undefined, true);
  // The Story menu's items are buttons of the mirror: Save, pressed from the keyboard,
  // downloads the story.
  await page.focus('#mirror [data-id="menu/save"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /\.factlens\.json$/);
  assert.deepEqual(errors, []);
  await context.close();
});

// Presses Tab until the focused control (a button or a field of the mirror) is `name`.
async function tabToControl(page, name, { back = false, max = 80 } = {}) {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const at = await page.evaluate(() => document.activeElement?.dataset?.id || document.activeElement?.dataset?.set || '');
    if (name instanceof RegExp ? name.test(at) : at === name) return n;
  }
  throw new Error(`Tab never reached ${name}`);
}

const ARTICLE_A = `Harbour board approves new ferry terminal
The Kestrel Bay harbour board approved a new ferry terminal on Monday, March 2, 2026. The terminal will cost 48 million euros and open in 2028, the board said.`;
const ARTICLE_B = `Ferry terminal gets green light
Kestrel Bay's harbour board has approved a ferry terminal that will cost 52 million euros, according to the regional council. It is due to open in 2029.`;

test('keyboard alone: add two articles, build a story, then rename it in Your stories', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await settle(page);
  // From the canvas: Shift+Tab reaches the views, and Tab goes on to the Story menu's items.
  await page.focus('#canvas');
  await page.keyboard.press('Shift+Tab');
  await tabToControl(page, 'menu/add-sources');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).dialog === 'add-sources');
  // The dialog is in the mirror, modal, and the keyboard is inside it.
  await page.waitForFunction(() => document.activeElement?.closest('[aria-modal="true"]') !== null);
  const tree = await page.locator('#mirror').ariaSnapshot();
  assert.match(tree, /dialog "Add sources"/, tree);
  assert.doesNotMatch(tree, /navigation "Views"/, 'the views are not reachable behind the dialog');
  assert.match(await page.title(), /^Add sources/);

  for (const [i, text] of [ARTICLE_A, ARTICLE_B].entries()) {
    await tabToControl(page, 'add-sources/paste');
    await page.keyboard.type(text);
    await page.waitForFunction((n) => JSON.parse(window.factlens.state()).pending === n, i);
    await tabToControl(page, 'add-sources/add-text');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => JSON.parse(window.factlens.state()).pending === n, i + 1);
  }
  // The first states its date; the second needs one, typed into its field.
  await page.waitForFunction(() => document.querySelector('#mirror [data-set="add-sources/date/1"]') !== null);
  assert.equal(await page.inputValue('#mirror [data-set="add-sources/date/0"]'), '2026-03-02');
  await tabToControl(page, 'add-sources/date/1', { back: true });
  await page.keyboard.type('2026-03-03');
  await tabToControl(page, 'add-sources/title', { back: true });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Kestrel Bay terminal');
  // What was typed is the app's: the canvas's dialog shows the same.
  await page.waitForFunction(() => document.querySelector('#mirror [data-set="add-sources/title"]').value === 'Kestrel Bay terminal');
  await tabToControl(page, 'add-sources/build');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const s = JSON.parse(window.factlens.state());
    return s.idle && s.corpus === 'kestrel-bay-terminal' && s.notice.startsWith('Built');
  }, null, { timeout: 60000 });
  const built = await state(page);
  assert.equal(built.title, 'Kestrel Bay terminal');
  assert.equal(built.counts.sources, 2);
  await page.waitForFunction(() => !document.querySelector('#mirror [aria-modal="true"]'));

  // Your stories: rename the story from the keyboard, Enter in the field saving the title.
  await page.focus('#mirror [data-id="tab/overview"]');
  await tabToControl(page, 'menu/library');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).dialog === 'library');
  await tabToControl(page, `library/rename/${built.story_id}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.querySelector(`#mirror [data-set="library/title/${id}"]`) !== null, built.story_id);
  await tabToControl(page, `library/title/${built.story_id}`, { back: true });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Kestrel Bay ferry terminal');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).library.includes('Kestrel Bay ferry terminal'));
  // axe-core has nothing serious to say of the dialog either.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document.getElementById('mirror'), { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
  assert.deepEqual(violations, []);
  assert.ok(await page.evaluate(() => document.activeElement.closest('[aria-modal="true"]') !== null), 'the keyboard stays in the dialog');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !JSON.parse(window.factlens.state()).dialog);
  assert.deepEqual(errors, []);
  await context.close();
});
