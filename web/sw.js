// The factlens service worker: precaches everything the page needs at install, serves
// from that cache first, so after one visit the page (and any deep link) works offline.
// The story builder (DEFERRED: the worker's wasm and glue, which the first view does not
// use) and the PNG icons (for installing the app) are cached a little later, when the page
// is idle and asks for them, or as soon as the page fetches one itself, so a first visit
// does not download them before the story is read.
// tools/build-sw.mjs stamps BUILD (a content hash), PRECACHE and DEFERRED at build time.
'use strict';

const BUILD = '__FACTLENS_BUILD__';
const CACHE = 'factlens-' + BUILD;
const PRECACHE = __FACTLENS_PRECACHE__;
const DEFERRED = __FACTLENS_DEFERRED__;

self.addEventListener('install', (event) => {
  // The page registers us once its first frame is drawn, so it has just fetched most of
  // these. 'no-cache' revalidates each with the server: an unchanged file (the one the
  // page fetched) comes from the HTTP cache for a 304, so nothing is downloaded twice; a
  // changed one (a new build) is fetched, so the new cache never holds an old file.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((p) => new Request(p, { cache: 'no-cache' })))));
  // No skipWaiting here: a new build waits until the page's user says to reload.
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('factlens-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// The deferred files, each fetched unless the cache has it (the page may have fetched it
// meanwhile): true once all are there.
async function cacheDeferred() {
  const cache = await caches.open(CACHE);
  for (const p of DEFERRED) {
    if (await cache.match(p)) continue;
    const response = await fetch(new Request(p, { cache: 'no-cache' }));
    if (!response.ok) return false;
    await cache.put(p, response);
  }
  return true;
}

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
  if (event.data === 'build' && event.source) event.source.postMessage({ build: BUILD });
  // The page is idle with its story on screen: make the builder work offline too.
  if (event.data === 'cache-deferred') {
    event.waitUntil(cacheDeferred().catch(() => false).then((ok) => event.source?.postMessage({ deferred: ok })));
  }
});

// What we answer: the app's own page (the folder it is deployed in, or its index.html,
// whatever the fragment: a deep link's fragment never reaches us) and the files we
// precached, each at its exact address. Every other address of the origin (another
// page, another app, a 404, a file with a query string) goes to the network untouched.
const SCOPE = new URL(self.registration.scope);
const PAGES = new Set([SCOPE.pathname, SCOPE.pathname + 'index.html']);
const FILES = new Set([...PRECACHE, ...DEFERRED].map((p) => new URL(p, SCOPE).pathname));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== SCOPE.origin) return;
  const page = request.mode === 'navigate' && PAGES.has(url.pathname) && url.search === '';
  const file = !page && FILES.has(url.pathname) && url.search === '';
  // Font slices are not precached (a story fetches the few it needs): kept once fetched,
  // so a story that needed them still draws offline.
  const slice = url.pathname.startsWith(SCOPE.pathname + 'fonts/') && url.search === '';
  if (slice) {
    event.respondWith((async () => {
      const fonts = await caches.open('factlens-fonts');
      const hit = await fonts.match(request);
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok) event.waitUntil(fonts.put(request, response.clone()).catch(() => {}));  // a full storage costs only the keeping
      return response;
    })());
    return;
  }
  if (!page && !file) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = page ? await cache.match('./') : await cache.match(request);
    if (hit) return hit;
    const response = await fetch(request);
    // A deferred file the page fetched before we cached it: kept now, not fetched again.
    // A full storage must not cost the page the file: the answer does not wait for it.
    if (response.ok && DEFERRED.some((p) => new URL(p, SCOPE).pathname === url.pathname))
      event.waitUntil(cache.put(request, response.clone()).catch(() => {}));
    return response;
  })());
});
