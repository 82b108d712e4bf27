// Shared links reopen the same view; Back and Forward walk through what the user looked
// at; a broken link never breaks the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, state, screenshot, settle, click, hover, showView } from './harness.mjs';

const env = useBrowser();

test('a link naming a view, a claim and a currency opens that view', async () => {
  const plain = await openApp(env.browser, env.url);
  const defaultShot = await screenshot(plain.page, 'link-default');
  await plain.context.close();

  const { context, page, errors } = await openApp(env.browser, env.url + '#view=figures&claim=capex-2025&cur=CNY');
  const s = await state(page);
  assert.equal(s.view, 'figures');
  assert.equal(s.selection.claim, 'capex-2025');
  assert.equal(s.currency, 'CNY');
  assert.equal(s.notice, '');
  assert.equal(new URL(page.url()).hash, '#view=figures&claim=capex-2025&cur=CNY');
  const shot = await screenshot(page, 'link-figures-capex-cny');
  assert.notEqual(shot.differing, defaultShot.differing);
  assert.deepEqual(errors, []);
  await context.close();
});

test('changing the view and selection updates the fragment, and Back returns to the previous state', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await showView(page, 'claims');
  await page.waitForFunction(() => location.hash === '#view=claims');
  // Select the first claim row (the table is sorted by claim).
  const row = await click(page, /^claim\//);
  await page.waitForFunction(() => /claim=/.test(location.hash));
  const selected = await state(page);
  assert.equal(`claim/${selected.selection.claim}`, row.id, 'the row clicked is the claim selected');
  assert.equal(new URL(page.url()).hash, `#view=claims&claim=${selected.selection.claim}`);

  await page.goBack();
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).selection.claim === null);
  assert.equal((await state(page)).view, 'claims');
  await page.goBack();
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).view === 'overview');
  await page.goForward();
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).view === 'claims');

  // Editing the fragment by hand moves the app too.
  await page.evaluate(() => { location.hash = '#view=timeline&report=ft-2025-01-21'; });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).view === 'timeline');
  assert.equal((await state(page)).selection.report, 'ft-2025-01-21');
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing in a search box replaces the history entry instead of adding one', async () => {
  const { context, page } = await openApp(env.browser, env.url + '#view=findings');
  await settle(page);  // the Findings tab is showing before Ctrl+F
  const before = await page.evaluate(() => history.length);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Nvidia', { delay: 20 });
  await page.waitForFunction(() => location.hash.includes('q=Nvidia'));
  assert.equal(await page.evaluate(() => history.length), before);
  await context.close();
});

test('a garbage fragment keeps the defaults, draws, and says what it could not restore', async () => {
  const junk = '#view=%FF%FE&claim=' + 'x'.repeat(5000) + '&source=nope&cur=%00&from=9999-99-99&to=&at=-1&%%%&=&&q=%E2%82';
  const { context, page, errors } = await openApp(env.browser, env.url + junk);
  const s = await state(page);
  assert.equal(s.view, 'overview');
  assert.equal(s.selection.claim, null);
  assert.equal(s.selection.source, null);
  assert.equal(s.currency, 'USD');
  assert.match(s.notice, /could not be restored/);
  const shot = await screenshot(page, 'link-garbage');
  assert.ok(shot.differing > shot.width * shot.height * 0.05);
  // The address now describes what is shown.
  assert.equal(new URL(page.url()).hash, '');
  assert.deepEqual(errors, []);

  for (const frag of ['#' + '%'.repeat(20000), '#view=claims&claim=capex-2025&claim=nope', '#\u0000\u202e<script>']) {
    await page.evaluate((f) => { location.hash = f; }, frag);
    await settle(page);
    const st = await state(page);
    assert.ok(['overview', 'claims'].includes(st.view));
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('Copy link puts the current link on the clipboard and says so', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url + '#view=findings&claim=capex-2025');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
  await page.keyboard.press('Control+Shift+C');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).notice.includes('copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  assert.match(copied, /#view=findings&claim=capex-2025$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a finding copies a link to the words in the original article when the source has a URL', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
  const story = { format: 'factlens-corpus', version: 1, id: 'urls', title: 'With URLs',
    sources: [{ id: 'a', url: 'https://example.com/a', text: 'Acme will spend up to $7 billion on chips.' },
              { id: 'b', url: 'https://example.com/b', text: 'Acme will spend $7 billion on chips.' }],
    claims: [{ id: 'plan', kind: 'money', subject: 'Acme', measure: 'chips', value: { amount: '7', scale: 'billion', unit: 'USD', qualifier: 'up_to' } }],
    mentions: [{ source: 'a', claim: 'plan', quote: { exact: 'up to $7 billion' }, value: { amount: '7', scale: 'billion', unit: 'USD', qualifier: 'up_to' } },
               { source: 'b', claim: 'plan', quote: { exact: '$7 billion' }, value: { amount: '7', scale: 'billion', unit: 'USD' } }] };
  await page.setInputFiles('#open-story', { name: 'urls.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).corpus === 'urls');
  await showView(page, 'findings');
  await click(page, 'article-link/0');  // "copy article link" under source a's quote
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.includes(':~:text=')));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'https://example.com/a#:~:text=up%20to%20%247%20billion');
  assert.deepEqual(errors, []);
  await context.close();
});

test('views do not write the state while they draw: an opened link stays as it was', async () => {
  for (const frag of ['#view=compare', '#source=reuters-000', '#view=figures&claim=capex-2025']) {
    const { context, page, errors } = await openApp(env.browser, env.url + frag);
    await settle(page);
    // Draw a few more frames (the mouse wanders over the page) and look again.
    await hover(page, 'tab/claims');
    await hover(page, 'copy-link');
    await settle(page);
    assert.equal(new URL(page.url()).hash, frag, `${frag}: the address is unchanged`);
    const s = await state(page);
    if (frag.includes('compare')) assert.equal(s.selection.source, null, 'Compare shows its default pair without storing it');
    assert.deepEqual(errors, []);
    await context.close();
  }
});
