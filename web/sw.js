// The factlens service worker: precaches everything the page needs at install, serves
// from that cache first, so after one visit the page (and any deep link) works offline.
// tools/build-sw.mjs stamps BUILD (a content hash) and PRECACHE at build time.
'use strict';

const BUILD = '__FACTLENS_BUILD__';
const CACHE = 'factlens-' + BUILD;
const PRECACHE = __FACTLENS_PRECACHE__;

self.addEventListener('install', (event) => {
  // 'reload' skips the HTTP cache, so the new cache holds this build's files.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((p) => new Request(p, { cache: 'reload' })))));
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

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
  if (event.data === 'build' && event.source) event.source.postMessage({ build: BUILD });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // A navigation is the page itself, whatever its fragment (a deep link never reaches us).
    if (request.mode === 'navigate') {
      const page = (await cache.match('index.html')) || (await cache.match('./'));
      if (page) return page;
    }
    const hit = await cache.match(request, { ignoreSearch: true });
    return hit || fetch(request);
  })());
});
