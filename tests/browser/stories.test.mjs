// Bring your own articles: files dropped or chosen become a draft story in every view;
// stories are saved, opened (with readable errors for bad files) and exported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, openApp, state, screenshot, settle, click, hover, showView, ROOT } from './harness.mjs';

const env = useBrowser();
const SEEDS = join(ROOT, 'assets', 'bytedance-ai-2025', 'sources');
const SEED_FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
const VIEWS = ['timeline', 'figures', 'sources', 'claims', 'findings', 'compare'];
const EXPORTS = ['claimreview', 'webannotation', 'timelinejs', 'csv'];

// Opens the Story menu and clicks one of its items (menu/<item>).
async function menu(page, item) {
  await click(page, 'menu/story');
  await hover(page, `menu/${item}`);
  await click(page, `menu/${item}`);
}

async function buildFromSeeds(page) {
  await page.setInputFiles('#add-files', SEED_FILES);
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).pending === 5);
  await settle(page);
  // The first article's date is not in its text: the dialog asks; type it.
  await click(page, 'add-sources/date/0');
  await page.keyboard.type('2025-01-23', { delay: 10 });
  await screenshot(page, 'stories-add-dialog');
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => {
    const s = JSON.parse(window.factlens.state());
    return !s.building && s.corpus === 'my-story';
  }, null, { timeout: 30000 });
  return state(page);
}

test('the five seed files, chosen in a fresh page, become a draft story in every view', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const s = await buildFromSeeds(page);
  assert.equal(s.counts.sources, 5);
  assert.ok(s.counts.claims >= 20, `claims ${s.counts.claims}`);
  assert.ok(s.counts.reports + s.counts.events >= 5, 'dated reports and events');
  assert.ok((s.finding_kinds.spelling ?? 0) >= 4, `spelling findings ${JSON.stringify(s.finding_kinds)}`);
  assert.ok((s.finding_kinds.conversion ?? 0) >= 3, 'conversions checked against the stated rate');
  assert.ok((s.finding_kinds.qualifier ?? 0) >= 2);
  assert.match(s.notice, /Built/);
  for (const name of VIEWS) {
    await showView(page, name);
    const shot = await screenshot(page, `draft-${name}`);
    assert.ok(shot.differing > shot.width * shot.height * 0.08, `${name} draws`);
  }
  // The link that carries this story (docs/links.md): its length, for the record.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
  await page.keyboard.press('Control+Shift+C');
  await page.waitForFunction(() => /Link copied/.test(JSON.parse(window.factlens.state()).notice), null, { timeout: 30000 });
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#story=[0-9a-f]{32}&data=1\./);
  console.log(`the five seed texts built as a story: a link of ${link.length} characters`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a story is saved as JSON, reopened, and a bad file is refused with its problems listed', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const built = await buildFromSeeds(page);
  const [download] = await Promise.all([page.waitForEvent('download'), menu(page, 'save')]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(download.suggestedFilename(), 'my-story.factlens.json');
  assert.equal(saved.format, 'factlens-corpus');
  assert.equal(saved.sources.length, 5);
  assert.ok(saved.sources.every((src) => typeof src.text === 'string' && src.text.length > 1000));

  // A broken story: the page keeps what it had and lists what is wrong.
  const broken = JSON.stringify({ ...saved, version: 7, sources: [{ id: 'x', text: 'hi' }], mentions: [{ source: 'nope', claim: 'c', quote: { exact: 'zz' } }] });
  await page.setInputFiles('#open-story', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).open_errors > 0);
  let s = await state(page);
  assert.equal(s.corpus, 'my-story');
  assert.equal(s.counts.claims, built.counts.claims);
  assert.equal(s.dialog, 'open-errors');
  await screenshot(page, 'stories-open-errors');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).open_errors === 0);

  // The default story is one click away, and the saved one opens again.
  await menu(page, 'default-story');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).corpus === 'bytedance-ai-2025');
  await page.setInputFiles('#open-story', { name: 'my-story.factlens.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).corpus === 'my-story');
  s = await state(page);
  assert.equal(s.counts.findings, built.counts.findings);
  assert.deepEqual(errors, []);
  await context.close();
});

test('each export downloads in its format', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const files = {};
  for (const format of EXPORTS) {
    await click(page, 'menu/story');
    await hover(page, 'menu/export');  // the submenu opens on hover
    await hover(page, `menu/export/${format}`);
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, `menu/export/${format}`)]);
    files[format] = { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  }
  const reviews = JSON.parse(files.claimreview.text);
  assert.equal(files.claimreview.name, 'factlens-claimreview.jsonld');
  assert.ok(reviews.length > 10 && reviews.every((r) => r['@type'] === 'ClaimReview' && r.itemReviewed['@type'] === 'Claim'));
  assert.ok(reviews.some((r) => /disagree/i.test(r.reviewRating.alternateName)));
  const annotations = JSON.parse(files.webannotation.text);
  assert.equal(annotations.type, 'AnnotationCollection');
  const first = annotations.first.items[0];
  assert.deepEqual(first.target.selector.map((x) => x.type), ['TextQuoteSelector', 'TextPositionSelector']);
  const timeline = JSON.parse(files.timelinejs.text);
  assert.ok(timeline.events.length >= 10 && timeline.events.every((e) => e.start_date.year));
  const csv = files.csv.text.split('\r\n');
  assert.match(csv[0], /^claim_id,claim_kind,subject,measure/);
  assert.ok(csv.length > 150);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasting an article (Ctrl+V) adds it as a source to build', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
  const article = 'On Tuesday, Acme said it would spend over $5 billion (about 36 billion yuan) on chips this year.';
  await page.evaluate((t) => navigator.clipboard.writeText(t), article);
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).pending === 1);
  assert.equal((await state(page)).dialog, 'add-sources');
  assert.deepEqual(errors, []);
  await context.close();
});

test('files dropped on the page: an article goes to Add sources, a binary file is refused by name', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  const text = readFileSync(SEED_FILES[1], 'utf8');
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'rewrite.txt', { type: 'text/plain' }));
    dt.items.add(new File([new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01])], 'picture.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
  }, text);
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).pending === 2);
  await settle(page);
  const shot = await screenshot(page, 'stories-dropped');
  assert.ok(shot.differing > 0);
  assert.equal(await page.locator('#drop-hint').isVisible(), false);
  // Only the readable one is built; the date comes from its own text ("On January 23, 2025").
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).corpus === 'my-story', null, { timeout: 30000 });
  const s = await state(page);
  assert.equal(s.counts.sources, 1);
  assert.ok(s.counts.claims > 5);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a story in euros draws its figures in euros, and cur= picks any currency the story has', async () => {
  // A held-out story (EUR, one article also in USD), built by the CLI as a user would.
  const dir = join(ROOT, 'tests', 'stories', 'halbrecht-maasveld-takeover');
  const gold = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
  const out = join(mkdtempSync(join(tmpdir(), 'factlens-eur-')), 'halbrecht.json');
  const cli = spawnSync(join(ROOT, 'build', 'native', 'factlens'),
    ['build', ...gold.articles.map((a) => `${join(dir, a.file)}@${a.date}`), '-o', out], { encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 1280, height: 800 });
  await page.setInputFiles('#open-story', out);
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).notice.startsWith('Opened'), null, { timeout: 30000 });
  await showView(page, 'figures');
  let s = await state(page);
  assert.equal(s.currency, 'EUR', 'the story\'s own currency by default');
  const ids = (await page.evaluate(() => window.factlens.items())).map((it) => it.id);
  assert.ok(ids.includes('currency/EUR') && ids.includes('currency/USD'), ids.filter((i) => i.startsWith('currency/')).join());
  assert.ok(!ids.includes('currency/CNY'), 'only the story\'s currencies are offered');
  assert.ok(ids.some((i) => i.startsWith('bar/')), 'euro figures are drawn as bars');
  await screenshot(page, 'figures-eur');
  await click(page, 'currency/USD');
  await page.waitForFunction(() => location.hash.includes('cur=USD'));
  // The link's currency: EUR (the default, so the link drops it), then one the story lacks.
  await page.evaluate(() => { location.hash = '#view=figures&cur=EUR'; });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).currency === 'EUR');
  await page.evaluate(() => { location.hash = '#view=figures&cur=KRW'; });
  await page.waitForFunction(() => /KRW/.test(JSON.parse(window.factlens.state()).notice));
  s = await state(page);
  assert.equal(s.currency, 'EUR');
  assert.deepEqual(errors, []);
  await context.close();
});
