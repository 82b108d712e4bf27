// Offline after the first load, clean updates to a new build, and a dist/ that works from
// any sub-path of a static host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, appendFileSync, copyFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, openApp, state, screenshot, startServer, DIST, ROOT } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function waitForController(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

function stop(server) {
  server.closeAllConnections?.();
  return new Promise((ok) => server.close(ok));
}

test('after one visit, a deep link opens with the network off', async () => {
  const { server, url } = await startServer();
  const { context, page, errors } = await openApp(browser, url);
  await waitForController(page);
  // The story builder is cached once the page has been idle a moment (sw.js, DEFERRED).
  await page.waitForFunction(() => window.factlensOfflineReady === true, null, { timeout: 60000 });
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys[0]);
    return { keys, entries: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.equal(cached.keys.length, 1);
  // The page is cached once, as '/' (index.html is answered with it).
  assert.ok(!cached.entries.includes('/index.html'), 'index.html is not downloaded twice');
  for (const f of ['/', '/factlens.js', '/factlens.wasm', '/factlens.data', '/shell.js', '/style.css',
    '/build-worker.js', '/factlens-worker.js', '/factlens-worker.wasm'])
    assert.ok(cached.entries.includes(f), `${f} is precached`);

  await stop(server);
  await context.setOffline(true);
  const deep = await context.newPage();
  const deepErrors = [];
  deep.on('pageerror', (e) => deepErrors.push(String(e)));
  await deep.goto(url + '#view=claims&claim=capex-2025&cur=CNY');
  await deep.waitForFunction(() => window.factlensReady === true, null, { timeout: 60000 });
  const s = await state(deep);
  assert.equal(s.view, 'claims');
  assert.equal(s.selection.claim, 'capex-2025');
  assert.equal(s.currency, 'CNY');
  assert.equal(s.counts.sources, 5);
  const shot = await screenshot(deep, 'offline-deep-link');
  assert.ok(shot.differing > shot.width * shot.height * 0.05);
  // And a reload of it, still offline.
  await deep.reload();
  await deep.waitForFunction(() => window.factlensReady === true, null, { timeout: 60000 });
  assert.equal((await state(deep)).view, 'claims');
  // The page by its file name, offline too.
  const named = await context.newPage();
  await named.goto(url + 'index.html#view=findings');
  await named.waitForFunction(() => window.factlensReady === true, null, { timeout: 60000 });
  assert.equal((await state(named)).view, 'findings');
  await named.close();
  // A story file opened offline: the worker that reads it comes from the cache.
  const story = { format: 'factlens-corpus', version: 1, id: 'offline-story', title: 'Read offline',
    sources: [{ id: 'a', outlet: 'Wire', title: 'Acme', text: 'Acme said on Tuesday it would spend $5 billion on chips.' }],
    claims: [], mentions: [] };
  await deep.setInputFiles('#open-story', { name: 'offline.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
  await deep.waitForFunction(() => JSON.parse(window.factlens.state()).corpus === 'offline-story', null, { timeout: 30000 });
  assert.deepEqual(deepErrors, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new build is detected, offered, and replaces the old cache on the user\'s word', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factlens-dist-'));
  cpSync(DIST, dir, { recursive: true });
  const { server, url } = await startServer(dir);
  const { context, page, errors } = await openApp(browser, url);
  await waitForController(page);
  const firstBuild = JSON.parse(readFileSync(join(dir, 'build.json'), 'utf8')).build;
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`factlens-${firstBuild}`]);

  // The second build: a changed file, and sw.js stamped again from its template.
  appendFileSync(join(dir, 'style.css'), '\n/* second build */\n');
  copyFileSync(join(ROOT, 'web', 'sw.js'), join(dir, 'sw.js'));
  execFileSync(process.execPath, [join(ROOT, 'tools', 'build-sw.mjs'), dir]);
  const secondBuild = JSON.parse(readFileSync(join(dir, 'build.json'), 'utf8')).build;
  assert.notEqual(secondBuild, firstBuild);

  await page.evaluate(() => window.factlensServiceWorker.update());
  await page.waitForFunction(() => window.factlensUpdateReady === true, null, { timeout: 30000 });
  assert.equal(await page.locator('#update').isVisible(), true);
  await screenshot(page, 'update-offered');
  // The old build keeps serving until the user says so.
  assert.deepEqual((await page.evaluate(() => caches.keys())).sort(), [`factlens-${firstBuild}`, `factlens-${secondBuild}`].sort());

  await Promise.all([page.waitForEvent('load'), page.click('#update-reload')]);
  await page.waitForFunction(() => window.factlensReady === true, null, { timeout: 60000 });
  await page.waitForFunction((b) => caches.keys().then((k) => k.length === 1 && k[0] === `factlens-${b}`), secondBuild);
  assert.equal(await page.locator('#update').isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
  await stop(server);
  rmSync(dir, { recursive: true, force: true });
});

test('dist/ works from a sub-path, with an installable manifest', async () => {
  const { server, url } = await startServer(DIST, '/news/tools/factlens/');
  const { context, page, errors } = await openApp(browser, url + '#view=timeline');
  assert.equal((await state(page)).view, 'timeline');
  assert.equal((await state(page)).counts.sources, 5);
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel=manifest]').href;
    const m = await (await fetch(href)).json();
    const icons = [];
    for (const icon of m.icons) {
      const r = await fetch(new URL(icon.src, href));
      icons.push({ src: icon.src, ok: r.ok, type: r.headers.get('content-type'), bytes: (await r.arrayBuffer()).byteLength });
    }
    return { m, icons, href };
  });
  assert.match(manifest.href, /\/news\/tools\/factlens\/manifest\.webmanifest$/);
  assert.equal(manifest.m.display, 'standalone');
  assert.equal(manifest.m.start_url, './');
  assert.ok(manifest.m.theme_color);
  assert.ok(manifest.icons.length >= 3);
  for (const icon of manifest.icons) assert.ok(icon.ok && icon.bytes > 200, `${icon.src}: ${JSON.stringify(icon)}`);
  assert.ok(manifest.icons.some((i) => i.type === 'image/png'));
  assert.deepEqual(errors, []);
  await context.close();
  await stop(server);
});
